package vn.neuguong.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.neuguong.DemoFixtures;
import vn.neuguong.IntegrationTest;

/**
 * Paper ballots: the counts and their rules, each valid paper's answers entered like an electronic ballot and never
 * more than the valid papers, the results over both channels, and who received a paper.
 */
@IntegrationTest
class PaperBallotsIntegrationTests {

    static final String STAFF = "vanmieu.vanphong";

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
    Receipts receipts;

    @Autowired
    Clock clock;

    @Autowired
    DemoFixtures demo;

    BallotFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new BallotFixtures(jdbc, drafts, slips, rounds, clock);
    }

    private ResultActions counts(long roundId, String version, int issued, int returned, int invalid) throws Exception {
        var request = put("/api/v1/ballot-rounds/{id}/paper", roundId)
                .with(demo.signedIn(STAFF))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"issued\": %d, \"returned\": %d, \"invalid\": %d}".formatted(issued, returned, invalid));
        return mvc.perform(version == null ? request : request.header("If-Match", version));
    }

    private ResultActions enter(long roundId, int rating, String text) throws Exception {
        String body = fixtures.body(roundId, "x", rating, text);
        body = body.substring(body.indexOf("\"answers\": ") + "\"answers\": ".length(), body.length() - 1);
        return mvc.perform(post("/api/v1/ballot-rounds/{id}/paper/ballots", roundId)
                .with(demo.signedIn(STAFF))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private int version(long roundId) {
        return rounds.find(roundId).orElseThrow().version();
    }

    @Test
    void countsNameTheBrokenRuleAndNeedTheVersion() throws Exception {
        var round = fixtures.openRound(1);
        String etag = "\"" + version(round.id()) + "\"";
        counts(round.id(), null, 10, 9, 1).andExpect(status().isPreconditionRequired());
        counts(round.id(), etag, 10, 11, 1)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("returned"));
        counts(round.id(), etag, 10, 9, 10)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("invalid"));
        counts(round.id(), etag, -1, 0, 0)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("issued"));
        assertThat(version(round.id())).isEqualTo(round.version());

        counts(round.id(), etag, 10, 9, 1)
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"" + (round.version() + 1) + "\""))
                .andExpect(jsonPath("$.returned").value(9))
                .andExpect(jsonPath("$.remaining").value(8));
        counts(round.id(), etag, 10, 9, 2).andExpect(status().isConflict());
        mvc.perform(get("/api/v1/ballot-rounds/{id}/paper", round.id()).with(demo.signedIn("bode.vanphong")))
                .andExpect(status().isNotFound());
    }

    @Test
    void validPapersAreEnteredLikeBallotsAndCountedWithTheElectronicOnes() throws Exception {
        var round = fixtures.openRound(1);
        counts(round.id(), "\"" + round.version() + "\"", 4, 3, 1).andExpect(status().isOk());
        var slip = fixtures.credentials(round, 1).get(0);
        mvc.perform(post("/api/v1/ballot-rounds/{id}/ballots", round.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(fixtures.body(round.id(), slip, 2, "Điện tử")))
                .andExpect(status().isNoContent());

        String missing = "{\"ratings\": [], \"texts\": []}";
        mvc.perform(post("/api/v1/ballot-rounds/{id}/paper/ballots", round.id())
                        .with(demo.signedIn(STAFF))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(missing))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answers.ratings"));
        enter(round.id(), 5, "ngoài thang").andExpect(status().isBadRequest());
        enter(round.id(), 1, "x".repeat(201)).andExpect(status().isBadRequest());
        enter(round.id(), 1, "Gương mẫu")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.remaining").value(1));
        enter(round.id(), 1, "Gần dân")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.remaining").value(0));
        enter(round.id(), 1, "Thừa")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("Đã nhập đủ")));
        assertThat(fixtures.buffered(round.id())).isEqualTo(3);

        var open = rounds.find(round.id()).orElseThrow();
        closing.close(round.id(), open.version(), BallotFixtures.ADMIN, LocalDate.now(clock));
        assertThat(jdbc.sql("SELECT channel || ':' || count(*) FROM ballot_response WHERE round_id = :r"
                                + " GROUP BY channel ORDER BY channel")
                        .param("r", round.id())
                        .query(String.class)
                        .list())
                .containsExactly("ELECTRONIC:1", "PAPER:2");

        mvc.perform(get("/api/v1/ballot-rounds/{id}/results", round.id()).with(demo.signedIn(STAFF)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.responses").value(3))
                .andExpect(jsonPath("$.turnout.electronicIssued").value(1))
                .andExpect(jsonPath("$.turnout.electronicReturned").value(1))
                .andExpect(jsonPath("$.turnout.paperIssued").value(4))
                .andExpect(jsonPath("$.turnout.paperReturned").value(3))
                .andExpect(jsonPath("$.turnout.paperInvalid").value(1))
                .andExpect(jsonPath("$.turnout.paperEntered").value(2))
                .andExpect(jsonPath("$.turnout.paperPercent").value(75.0))
                .andExpect(jsonPath("$.turnout.totalIssued").value(5))
                .andExpect(jsonPath("$.turnout.totalReturned").value(4))
                .andExpect(jsonPath("$.turnout.totalPercent").value(80.0))
                .andExpect(jsonPath("$.leaders[0].criteria[0].answered").value(3))
                .andExpect(jsonPath("$.leaders[0].criteria[0].shares[0].count").value(2))
                .andExpect(jsonPath("$.leaders[0].criteria[0].shares[1].count").value(1));
    }

    @Test
    void papersCountedAfterClosingGoStraightToTheResults() throws Exception {
        var round = fixtures.openRound(2);
        closing.close(round.id(), round.version(), BallotFixtures.ADMIN, LocalDate.now(clock));
        counts(round.id(), "\"" + version(round.id()) + "\"", 2, 2, 0).andExpect(status().isOk());
        mvc.perform(get("/api/v1/ballot-rounds/{id}/results", round.id()).with(demo.signedIn(STAFF)))
                .andExpect(status().isConflict());
        enter(round.id(), 3, "Một").andExpect(status().isOk());
        enter(round.id(), 4, "Hai").andExpect(status().isOk());
        assertThat(fixtures.buffered(round.id())).isZero();
        assertThat(rounds.find(round.id()).orElseThrow().responses()).isEqualTo(2);
        mvc.perform(get("/api/v1/ballot-rounds/{id}/results", round.id()).with(demo.signedIn(STAFF)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.turnout.paperReturned").value(2))
                .andExpect(jsonPath("$.leaders[0].criteria[1].shares[2].count").value(1))
                .andExpect(jsonPath("$.leaders[0].criteria[1].shares[3].count").value(1));
    }

    @Test
    void aVoterGivenAPaperBallotCannotBeGivenASlipAndOneWithASlipCannotBeGivenAPaper() throws Exception {
        var round = fixtures.openRound(1);
        long paperVoter = fixtures.memberOf("dangvien.vanmieu1");
        long slipVoter = fixtures.memberOf("bithu.vanmieu1");
        receipts.tick(
                round.id(),
                new BallotInput.Receipts(java.util.List.of(slipVoter), true),
                Receipts.Handed.SLIP,
                BallotFixtures.ADMIN);

        mvc.perform(put("/api/v1/ballot-rounds/{id}/paper/receipts", round.id())
                        .with(demo.signedIn(STAFF))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"memberIds\": [%d, %d], \"received\": true}".formatted(paperVoter, slipVoter)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("memberIds[1]"));
        mvc.perform(put("/api/v1/ballot-rounds/{id}/paper/receipts", round.id())
                        .with(demo.signedIn(STAFF))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"memberIds\": [%d], \"received\": true}".formatted(paperVoter)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changed").value(1));

        var slipForPaperVoter = new BallotInput.Receipts(java.util.List.of(paperVoter), true);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> receipts.tick(round.id(), slipForPaperVoter, Receipts.Handed.SLIP, BallotFixtures.ADMIN))
                .isInstanceOf(vn.neuguong.shared.InvalidInputException.class);
        assertThat(jdbc.sql("SELECT status FROM ballot_voter WHERE round_id = :r AND member_id = :m")
                        .param("r", round.id())
                        .param("m", paperVoter)
                        .query(String.class)
                        .single())
                .isEqualTo("PAPER_RECEIVED");
        mvc.perform(get("/api/v1/ballot-rounds/{id}/paper/voters?size=500", round.id())
                        .with(demo.signedIn(STAFF)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.memberId == %d)].paperReceived".formatted(paperVoter))
                        .value(Matchers.contains(true)))
                .andExpect(jsonPath("$.items[?(@.memberId == %d)].electronic".formatted(slipVoter))
                        .value(Matchers.contains(true)));

        int electorate = mvc.perform(get("/api/v1/ballot-rounds/{id}/paper/voters", round.id())
                        .with(demo.signedIn(STAFF)))
                .andReturn()
                .getResponse()
                .getContentAsString()
                .replaceAll(".*\"total\":(\\d+).*", "$1")
                .transform(Integer::parseInt);
        mvc.perform(post("/ballot-rounds/{id}/paper/receipts/everyone", round.id())
                        .with(demo.signedIn(STAFF))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT status || ':' || count(*) FROM ballot_voter WHERE round_id = :r GROUP BY status"
                                + " ORDER BY status")
                        .param("r", round.id())
                        .query(String.class)
                        .list())
                .containsExactly("PAPER_RECEIVED:" + (electorate - 1), "SLIP_RECEIVED:1");
    }
}
