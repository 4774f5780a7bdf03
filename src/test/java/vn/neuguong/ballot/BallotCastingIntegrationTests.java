package vn.neuguong.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.neuguong.IntegrationTest;

/** Casting a ballot without a session: one credential, one ballot, and a bad ballot keeps nothing. */
@IntegrationTest
class BallotCastingIntegrationTests {

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

    BallotFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new BallotFixtures(jdbc, drafts, slips, rounds, clock);
    }

    private ResultActions cast(long roundId, String body) throws Exception {
        return mvc.perform(post("/api/v1/ballot-rounds/" + roundId + "/ballots")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    @Test
    void aSlipCastsOneBallotWithoutSigningInAndTheShortCodeIsTheSameCredential() throws Exception {
        var round = fixtures.openRound(1);
        var slip = fixtures.slips(round, 2);
        cast(round.id(), fixtures.body(round.id(), slip.get(0).credential(), 1, "Gương mẫu"))
                .andExpect(status().isNoContent());
        cast(round.id(), fixtures.body(round.id(), slip.get(0).shortCode(), 2, "Lần hai"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("đã được dùng")));
        cast(round.id(), fixtures.body(round.id(), slip.get(1).shortCode().toLowerCase(), 2, "Mã ngắn"))
                .andExpect(status().isNoContent());
        assertThat(fixtures.buffered(round.id())).isEqualTo(2);
        assertThat(fixtures.consumed(round.id())).isEqualTo(2);
    }

    @Test
    void badAnswersNameEachFieldStoreNothingAndLeaveTheCredentialGood() throws Exception {
        var round = fixtures.openRound(1);
        String code = fixtures.credentials(round, 1).get(0);
        var q = fixtures.questionnaire(round.id());
        long leader = q.leaders().get(0).id();
        long criterion = q.criteria().get(0).id();
        long question = q.questions().get(0).id();
        String body = """
                {"credential": "%s", "answers": {
                  "ratings": [{"leaderId": %d, "criterionId": %d, "rating": 5}],
                  "texts": [{"leaderId": %d, "questionId": %d, "text": "%s"}]}}
                """.formatted(code, leader, criterion, leader, question, "x".repeat(201));
        cast(round.id(), body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(Matchers.containsInAnyOrder(
                                "answers.ratings[0].rating", "answers.ratings", "answers.texts[0].text")));
        assertThat(fixtures.buffered(round.id())).isZero();
        assertThat(fixtures.consumed(round.id())).isZero();
        cast(round.id(), fixtures.body(round.id(), code, 1, "Được")).andExpect(status().isNoContent());
    }

    @Test
    void aCredentialOfAnotherRoundOrAnUnknownOneIsRefusedByName() throws Exception {
        var round = fixtures.openRound(1);
        var other = fixtures.openRound(1);
        String foreign = fixtures.credentials(other, 1).get(0);
        cast(round.id(), fixtures.body(round.id(), foreign, 1, "x"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("credential"));
        cast(round.id(), fixtures.body(round.id(), "not a code at all", 1, "x"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("credential"));
        assertThat(fixtures.consumed(other.id())).isZero();
    }

    @Test
    void noBallotBeforeOpeningOrAfterClosing() throws Exception {
        var draft = drafts.create(fixtures.input(BallotRound.Kind.FEEDBACK, 1, null, null), BallotFixtures.ADMIN);
        String early = fixtures.credentials(draft, 1).get(0);
        cast(draft.id(), fixtures.body(draft.id(), early, 1, "x")).andExpect(status().isConflict());
        var round = fixtures.openRound(1);
        var codes = fixtures.credentials(round, 2);
        cast(round.id(), fixtures.body(round.id(), codes.get(0), 1, "x")).andExpect(status().isNoContent());
        closing.close(round.id(), round.version(), BallotFixtures.ADMIN, java.time.LocalDate.now(clock));
        cast(round.id(), fixtures.body(round.id(), codes.get(1), 1, "x"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("không nhận phiếu")));
        assertThat(fixtures.consumed(round.id())).isEqualTo(1);
        assertThat(fixtures.consumed(draft.id())).isZero();
    }

    @Test
    void oneCredentialFromTwentyThreadsCastsExactlyOneBallot() throws Exception {
        var round = fixtures.openRound(1);
        String code = fixtures.credentials(round, 1).get(0);
        String body = fixtures.body(round.id(), code, 2, "Song song");
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(20);
        try {
            var results = new ArrayList<Future<Integer>>();
            for (int i = 0; i < 20; i++) {
                Callable<Integer> task = () -> {
                    start.await();
                    return cast(round.id(), body).andReturn().getResponse().getStatus();
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            var statuses = new ArrayList<Integer>();
            for (var result : results) {
                statuses.add(result.get());
            }
            assertThat(statuses).filteredOn(s -> s == 204).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(19);
        } finally {
            pool.shutdown();
        }
        assertThat(fixtures.buffered(round.id())).isEqualTo(1);
    }

    @Test
    void theQuestionnaireIsPublicAndNamesNoVoter() throws Exception {
        var round = fixtures.openRound(1);
        mvc.perform(get("/api/v1/ballot-rounds/" + round.id() + "/questionnaire"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scale[0]").value("Tốt"))
                .andExpect(jsonPath("$.leaders[0].post").value("Bí thư Chi bộ"))
                .andExpect(jsonPath("$.electorate").doesNotExist());
    }
}
