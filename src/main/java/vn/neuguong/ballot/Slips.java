package vn.neuguong.ballot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.ConflictException;

/**
 * Prints a batch of slips for a round: each a fresh credential whose hashes alone are kept (in a random order, with
 * no person and no time), so the PDF answered is the only place the codes exist. The slips are handed out at random
 * in the room, as paper ballots are; the counting officer ticks who received one ({@link Receipts}).
 */
@Component
class Slips {

    private final JdbcClient jdbc;
    private final BallotRounds rounds;
    private final SlipSheet sheet;
    private final AuditLog audit;
    private final JsonMapper json;

    Slips(JdbcClient jdbc, BallotRounds rounds, SlipSheet sheet, AuditLog audit, JsonMapper json) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.sheet = sheet;
        this.audit = audit;
        this.json = json;
    }

    /** Generates {@code count} slips and answers them as one PDF; {@code baseUrl} starts the address in the QR. */
    @Transactional
    byte[] print(long roundId, int count, String baseUrl, Actor actor, Locale locale) {
        var round = rounds.lock(roundId, BallotAccess.of(actor));
        return sheet.pdf(round, issue(round, count), baseUrl, locale);
    }

    /** Generates {@code count} slips and keeps their hashes; the codes answered are nowhere else. */
    @Transactional
    List<Credentials.Slip> issue(long roundId, int count, Actor actor) {
        return issue(rounds.lock(roundId, BallotAccess.of(actor)), count);
    }

    private List<Credentials.Slip> issue(BallotRound round, int count) {
        if (round.status() == BallotRound.Status.CLOSED) {
            throw new ConflictException("ballot.status.closed");
        }
        var slips = new ArrayList<Credentials.Slip>(count);
        var hashes = new ArrayList<List<String>>(count);
        for (int i = 0; i < count; i++) {
            var slip = Credentials.newSlip();
            slips.add(slip);
            hashes.add(List.of(
                    hex(Credentials.hash(slip.credential())),
                    hex(Credentials.hash(Credentials.normalize(slip.shortCode())))));
        }
        insert(round.id(), hashes);
        audit.updated(
                "BallotRound",
                round.id(),
                round.organizationId(),
                Map.of("slipsIssued", round.slipsIssued()),
                Map.of("slipsIssued", round.slipsIssued() + count));
        return slips;
    }

    /** Stores the hashes of slips, shuffled; for the demo's bulk rounds too. */
    void insert(long roundId, List<List<String>> hexHashes) {
        jdbc.sql("INSERT INTO ballot_credential (hash, round_id, short_hash) SELECT decode(x ->> 0, 'hex'), :r,"
                        + " decode(x ->> 1, 'hex') FROM jsonb_array_elements(CAST(:rows AS jsonb)) x ORDER BY random()")
                .param("r", roundId)
                .param("rows", json.writeValueAsString(hexHashes))
                .update();
        jdbc.sql("UPDATE ballot_round SET slips_issued = slips_issued + :n WHERE id = :r")
                .param("r", roundId)
                .param("n", hexHashes.size())
                .update();
    }

    static String hex(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(bytes);
    }
}
