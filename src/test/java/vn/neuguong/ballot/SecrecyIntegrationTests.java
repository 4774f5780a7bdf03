package vn.neuguong.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.neuguong.IntegrationTest;

/**
 * What an administrator who reads the whole database and every log finds after a round: nothing that ties a ballot
 * to a voter. Every ballot table and column is inspected, the system columns (xmin, ctid) and the order of storage
 * against the order of casting, the audit log and the application log.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SecrecyIntegrationTests {

    static final int BALLOTS = 30;

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
    Receipts receipts;

    @Autowired
    Closing closing;

    @Autowired
    Clock clock;

    record Run(BallotRound round, List<Credentials.Slip> slips, List<Long> voters) {}

    /** A round of 30 ballots, each with a text naming its place in the casting order; ten voters ticked first. */
    private Run vote(BallotFixtures fixtures, CapturedOutput output, List<String> duringVoting) throws Exception {
        var round = fixtures.openRound(5);
        var issued = fixtures.slips(round, BALLOTS);
        var voters =
                receipts
                        .voters(round.id(), BallotFixtures.ADMIN, vn.neuguong.shared.PageRequest.of(1, 10))
                        .items()
                        .stream()
                        .map(BallotViews.Voter::memberId)
                        .toList();
        receipts.tick(round.id(), new BallotInput.Receipts(voters, true), Receipts.Handed.SLIP, BallotFixtures.ADMIN);
        int out = output.getOut().length();
        int err = output.getErr().length();
        for (int i = 0; i < BALLOTS; i++) {
            var code = i % 2 == 0 ? issued.get(i).credential() : issued.get(i).shortCode();
            mvc.perform(post("/api/v1/ballot-rounds/" + round.id() + "/ballots")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(fixtures.body(round.id(), code, 1 + i % 4, "phieu-" + i)))
                    .andExpect(status().isNoContent());
        }
        duringVoting.add(output.getOut().substring(out) + output.getErr().substring(err));
        var current = rounds.find(round.id()).orElseThrow();
        closing.close(round.id(), current.version(), BallotFixtures.ADMIN, LocalDate.now(clock));
        return new Run(round, issued, voters);
    }

    @Test
    void noTableColumnOrSystemColumnTiesABallotToAVoter(CapturedOutput output) throws Exception {
        var fixtures = new BallotFixtures(jdbc, drafts, slips, rounds, clock);
        var run = vote(fixtures, output, new ArrayList<>());
        long roundId = run.round().id();

        record Column(String table, String column, String type) {}
        var columns = jdbc.sql("SELECT table_name AS \"table\", column_name AS \"column\", data_type AS type"
                        + " FROM information_schema.columns WHERE table_schema = current_schema()"
                        + " AND table_name LIKE 'ballot\\_%' ORDER BY 1, 2")
                .query(Column.class)
                .list();
        assertThat(columns).extracting(Column::table).contains("ballot_response", "ballot_buffer", "ballot_credential");
        // the only times are the round's own (its opening and closing time and its closing day) and the ordering
        // committee's follow-up after the results (the day it recorded its conclusions, a measure's dates)
        assertThat(columns)
                .filteredOn(c -> c.type().contains("time") || c.type().equals("date"))
                .extracting(c -> c.table() + "." + c.column())
                .containsExactlyInAnyOrder(
                        "ballot_round.opens_at",
                        "ballot_round.closes_at",
                        "ballot_round.closed_on",
                        "ballot_conclusion.recorded_on",
                        "ballot_measure.due_on",
                        "ballot_measure.done_on");
        // the ballots and the credentials: a key, the round, the answers or the hashes, and nothing else
        assertThat(columns)
                .filteredOn(c -> Set.of("ballot_response", "ballot_buffer").contains(c.table()))
                .extracting(Column::column)
                .containsOnly("id", "round_id", "answers", "channel");
        assertThat(columns)
                .filteredOn(c -> c.table().equals("ballot_credential"))
                .extracting(Column::column)
                .containsExactlyInAnyOrder("hash", "round_id", "short_hash", "consumed");
        assertThat(columns)
                .filteredOn(c -> c.table().equals("ballot_spent"))
                .extracting(Column::column)
                .containsExactlyInAnyOrder("round_id", "hash");
        // the tables that name people are the questionnaire's and the counting officer's, none the ballots'
        var referencing = jdbc.sql("SELECT DISTINCT conrelid::regclass::text FROM pg_constraint WHERE contype = 'f'"
                        + " AND confrelid::regclass::text IN ('member', 'person', 'account')"
                        + " AND conrelid::regclass::text LIKE 'ballot\\_%'")
                .query(String.class)
                .list();
        // (and a remedial measure's owner, after the results)
        assertThat(referencing)
                .containsExactlyInAnyOrder("ballot_leader", "ballot_electorate", "ballot_voter", "ballot_measure");
        assertThat(columns)
                .filteredOn(c -> c.column().matches(".*(account|address|voter|session|(^|_)ip(_|$)).*"))
                .isEmpty();

        // the buffer is empty, its dead rows vacuumed; the answers hold ratings and texts only
        assertThat(fixtures.buffered(roundId)).isZero();
        var keys = jdbc.sql("SELECT DISTINCT jsonb_object_keys(answers) FROM ballot_response WHERE round_id = :r")
                .param("r", roundId)
                .query(String.class)
                .list();
        assertThat(keys).containsExactlyInAnyOrder("ratings", "texts");

        // storage order (ctid) and key order are not the casting order
        var byCtid = order(roundId, "ctid");
        var byKey = order(roundId, "id");
        var cast = new ArrayList<Integer>();
        for (int i = 0; i < BALLOTS; i++) {
            cast.add(i);
        }
        assertThat(byCtid)
                .hasSize(BALLOTS)
                .containsExactlyInAnyOrderElementsOf(cast)
                .isNotEqualTo(cast);
        assertThat(byKey).isNotEqualTo(cast).isNotEqualTo(byCtid);

        // every ballot was written by the one closing transaction, which consumed no credential and ticked no one
        var responseXmins = jdbc.sql("SELECT DISTINCT xmin::text FROM ballot_response WHERE round_id = :r")
                .param("r", roundId)
                .query(String.class)
                .list();
        assertThat(responseXmins).hasSize(1);
        var credentialXmins = jdbc.sql("SELECT DISTINCT xmin::text FROM ballot_credential WHERE round_id = :r")
                .param("r", roundId)
                .query(String.class)
                .list();
        var voterXmins = jdbc.sql("SELECT DISTINCT xmin::text FROM ballot_voter WHERE round_id = :r")
                .param("r", roundId)
                .query(String.class)
                .list();
        assertThat(credentialXmins).doesNotContainAnyElementsOf(responseXmins);
        assertThat(voterXmins).doesNotContainAnyElementsOf(responseXmins).doesNotContainAnyElementsOf(credentialXmins);
        // the consumed slips are a set of hashes: no code, no person, no time
        var stored = jdbc.sql("SELECT encode(hash, 'hex') || encode(short_hash, 'hex') FROM ballot_credential"
                        + " WHERE round_id = :r")
                .param("r", roundId)
                .query(String.class)
                .list();
        assertThat(String.join(" ", stored))
                .doesNotContain(run.slips().get(0).credential().toLowerCase())
                .doesNotContain(run.slips().get(0).shortCode().toLowerCase());

        // the audit log holds the round's administrative acts: no code, no ballot
        var audited = jdbc.sql(
                        "SELECT coalesce(before_value::text, '') || coalesce(after_value::text, '') FROM audit_log"
                                + " WHERE entity_type = 'BallotRound' AND entity_id = :id")
                .param("id", String.valueOf(roundId))
                .query(String.class)
                .list();
        assertThat(audited).isNotEmpty();
        for (var slip : run.slips()) {
            assertThat(String.join(" ", audited))
                    .doesNotContain(slip.credential())
                    .doesNotContain(slip.shortCode());
        }
        assertThat(String.join(" ", audited)).doesNotContain("phieu-");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE after_value::text LIKE '%phieu-%'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theLogNamesNoCredentialNoVoterAndNoAnswerWhileVoting(CapturedOutput output) throws Exception {
        var fixtures = new BallotFixtures(jdbc, drafts, slips, rounds, clock);
        var during = new ArrayList<String>();
        var run = vote(fixtures, output, during);
        String log = during.get(0);
        for (var slip : run.slips()) {
            assertThat(log).doesNotContain(slip.credential()).doesNotContain(slip.shortCode());
        }
        assertThat(log).doesNotContain("phieu-").doesNotContainIgnoringCase("memberId");
        var names = jdbc.sql("SELECT full_name FROM member WHERE id IN (:ids)")
                .param("ids", run.voters())
                .query(String.class)
                .list();
        for (var name : names) {
            assertThat(log).doesNotContain(name);
        }
        for (long voter : run.voters()) {
            assertThat(log).doesNotContainPattern("\\b(member|voter|id)\\W{0,3}" + voter + "\\b");
        }
    }

    /** The casting places of the round's ballots in the order of {@code column}. */
    private List<Integer> order(long roundId, String column) {
        return jdbc.sql("SELECT substring(answers -> 'texts' -> 0 ->> 2 FROM 7)::int FROM ballot_response"
                        + " WHERE round_id = :r ORDER BY " + column)
                .param("r", roundId)
                .query(Integer.class)
                .list();
    }
}
