package vn.neuguong.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.neuguong.DemoFixtures;
import vn.neuguong.IntegrationTest;

/**
 * The ballot rounds a ward and its district count for the last week: rounds closed in it with their slips and paper
 * ballots issued and their ballots cast or returned; a round still open, one closed before the week and one of a
 * neighbouring ward counting where they should; each figure the difference the test's own rounds make.
 */
@IntegrationTest
class BallotPeriodFiguresIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RoundDrafts drafts;

    @Autowired
    Slips slips;

    @Autowired
    BallotRounds rounds;

    @Autowired
    Closing closing;

    @Autowired
    Clock clock;

    @Autowired
    DemoFixtures demo;

    @Autowired
    MessageSource messages;

    @Autowired
    BallotPeriodFigures figures;

    BallotFixtures fixtures;
    long vanMieu;
    long dongDa;

    @BeforeEach
    void setUp() {
        fixtures = new BallotFixtures(jdbc, drafts, slips, rounds, clock);
        vanMieu = fixtures.vanMieu();
        dongDa = demo.organization("Quận ủy Đống Đa");
    }

    @Test
    void countsTheRoundsClosedInThePeriodWithTheirBallotsIssuedAndReturned() throws Exception {
        LocalDate today = LocalDate.now(clock);
        LocalDate from = today.minusDays(7);
        var ward = figures.count(vanMieu, from, today);
        var district = figures.count(dongDa, from, today);

        var round = fixtures.openRound(1);
        var codes = fixtures.credentials(round, 3);
        cast(round.id(), codes.get(0));
        cast(round.id(), codes.get(1));
        paper(round.id(), 4, 3, 1);
        close(round.id(), today);

        var neighbour = drafts.create(neighbourInput(), BallotFixtures.ADMIN);
        neighbour = drafts.open(neighbour.id(), neighbour.version(), BallotFixtures.ADMIN);
        cast(neighbour.id(), fixtures.credentials(neighbour, 2).get(0));
        close(neighbour.id(), today.minusDays(2));

        var earlier = fixtures.openRound(1);
        cast(earlier.id(), fixtures.credentials(earlier, 1).get(0));
        close(earlier.id(), from.minusDays(1));

        var open = fixtures.openRound(1);
        cast(open.id(), fixtures.credentials(open, 5).get(0));

        assertThat(difference(ward, figures.count(vanMieu, from, today))).containsExactly(1, 7, 5);
        assertThat(difference(district, figures.count(dongDa, from, today))).containsExactly(2, 9, 6);
    }

    @Test
    void answersEveryKeyInOrderWithALabelInBothLanguages() {
        var counted = figures.count(vanMieu, LocalDate.of(1900, 1, 1), LocalDate.of(1900, 12, 31));
        assertThat(counted.keySet()).containsExactlyElementsOf(figures.keys());
        assertThat(counted.values()).containsOnly(0L);
        for (String key : figures.keys()) {
            assertThat(key).startsWith("ballot.");
            assertThat(messages.getMessage("figure." + key, null, Locale.forLanguageTag("vi")))
                    .isNotEqualTo(messages.getMessage("figure." + key, null, Locale.ENGLISH));
        }
    }

    /** The fixtures' round, on the leaders of phường Văn Chương and ordered by it. */
    private BallotInput.Round neighbourInput() {
        var base = fixtures.input(BallotRound.Kind.FEEDBACK, 1, null, null);
        long ward = demo.organization("Đảng ủy phường Văn Chương");
        return new BallotInput.Round(
                base.title(),
                base.periodLabel(),
                base.kind(),
                ward,
                ward,
                null,
                null,
                base.scale(),
                base.textLimit(),
                base.opensAt(),
                base.closesAt(),
                base.minResponses(),
                null,
                null,
                base.leaders(),
                base.criteria(),
                base.questions(),
                base.electorate());
    }

    private void cast(long roundId, String credential) throws Exception {
        mvc.perform(post("/api/v1/ballot-rounds/{id}/ballots", roundId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(fixtures.body(roundId, credential, 2, "Gương mẫu")))
                .andExpect(status().isNoContent());
    }

    private void paper(long roundId, int issued, int returned, int invalid) throws Exception {
        mvc.perform(put("/api/v1/ballot-rounds/{id}/paper", roundId)
                        .with(demo.signedIn("vanmieu.vanphong"))
                        .with(csrf())
                        .header(
                                "If-Match",
                                "\"" + rounds.find(roundId).orElseThrow().version() + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"issued\": %d, \"returned\": %d, \"invalid\": %d}"
                                .formatted(issued, returned, invalid)))
                .andExpect(status().isOk());
    }

    private void close(long roundId, LocalDate on) {
        closing.close(roundId, rounds.find(roundId).orElseThrow().version(), BallotFixtures.ADMIN, on);
    }

    private static long[] difference(Map<String, Long> before, Map<String, Long> after) {
        return before.keySet().stream()
                .mapToLong(key -> after.get(key) - before.get(key))
                .toArray();
    }
}
