package vn.neuguong.ballot;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.campaign.BallotRoundClosed;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.ConflictException;

/**
 * Closes a round. Under the round's lock (which waits for the ballots being cast), the buffer's ballots are written
 * to the round's responses in a random order with new random keys, all in this one transaction (one xmin, a
 * shuffled ctid order), and the buffer is emptied; then, outside the transaction, the buffer is vacuumed so the
 * dead rows in cast order are gone from its pages too. A round closed with at least its minimum of responses
 * fulfils the campaign line it answers.
 */
@Component
class Closing {

    private static final Logger log = LoggerFactory.getLogger(Closing.class);

    private final JdbcClient jdbc;
    private final BallotRounds rounds;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final DataSource dataSource;

    Closing(
            JdbcClient jdbc,
            BallotRounds rounds,
            AuditLog audit,
            ApplicationEventPublisher events,
            TransactionTemplate transaction,
            DataSource dataSource) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.audit = audit;
        this.events = events;
        this.transaction = transaction;
        this.dataSource = dataSource;
    }

    BallotViews.Closing close(long id, int version, Actor actor, LocalDate on) {
        var closing = transaction.execute(status -> closeInTransaction(id, version, actor, on));
        vacuum();
        return closing;
    }

    private BallotViews.Closing closeInTransaction(long id, int version, Actor actor, LocalDate on) {
        var round = rounds.lock(id, BallotAccess.of(actor));
        RoundDrafts.checkVersion(round, version);
        if (round.status() != BallotRound.Status.OPEN) {
            throw new ConflictException("ballot.status.notOpen");
        }
        int moved = jdbc.sql(
                        "INSERT INTO ballot_response (id, round_id, answers, channel) SELECT gen_random_uuid(),"
                                + " b.round_id, b.answers, b.channel FROM ballot_buffer b WHERE b.round_id = :r ORDER BY random()")
                .param("r", id)
                .update();
        jdbc.sql("DELETE FROM ballot_buffer WHERE round_id = :r").param("r", id).update();
        // The round issues no more credentials: its private key goes, its public key stays to verify.
        jdbc.sql("UPDATE ballot_round_key SET sealed_private = NULL WHERE round_id = :r")
                .param("r", id)
                .update();
        int responses = jdbc.sql("SELECT count(*) FROM ballot_response WHERE round_id = :r")
                .param("r", id)
                .query(Integer.class)
                .single();
        jdbc.sql("UPDATE ballot_round SET status = 'CLOSED', closed_on = :on, responses = :n, version = version + 1"
                        + " WHERE id = :r")
                .param("on", on)
                .param("n", responses)
                .param("r", id)
                .update();
        audit.updated(
                "BallotRound",
                id,
                round.organizationId(),
                Map.of("status", "OPEN"),
                Map.of("status", "CLOSED", "closedOn", on, "responses", responses));
        boolean shown = responses >= round.minResponses();
        if (shown && round.campaignId() != null) {
            events.publishEvent(new BallotRoundClosed(
                    id, round.title(), on, round.organizationId(), round.campaignId(), actor.username()));
        }
        log.info("Ballot round {} closed: {} ballots moved", id, moved);
        return new BallotViews.Closing(id, responses, on, shown);
    }

    /** VACUUM cannot run inside a transaction: one short connection of its own, given back at once. */
    void vacuum() {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("VACUUM ballot_buffer");
        } catch (SQLException e) {
            log.warn("The ballot buffer could not be vacuumed after closing: {}", e.getMessage());
        }
    }
}
