package vn.neuguong.ballot;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.shared.Actor;

/**
 * The roll in table ballot_voter: a voter of the round's electorate is admitted once, while the round is open, by
 * inserting their CREDENTIAL_ISSUED row. A row already there (a slip received, a paper ballot, a credential) refuses
 * them; of parallel requests of one voter, the primary key lets exactly one insert.
 */
@Component
class JdbcCredentialRoll implements CredentialRoll {

    private final JdbcClient jdbc;
    private final BallotRounds rounds;

    JdbcCredentialRoll(JdbcClient jdbc, BallotRounds rounds) {
        this.jdbc = jdbc;
        this.rounds = rounds;
    }

    @Override
    public Admission admit(long roundId, Actor voter) {
        if (voter.memberId() == null) {
            return Admission.NOT_ON_ROLL;
        }
        // A share lock: the round cannot close while a credential of it is being issued.
        var status = jdbc.sql("SELECT status FROM ballot_round WHERE id = :r FOR SHARE")
                .param("r", roundId)
                .query(String.class)
                .optional();
        if (status.isEmpty() || !onRoll(roundId, voter.memberId())) {
            return Admission.NOT_ON_ROLL;
        }
        if (!BallotRound.Status.OPEN.name().equals(status.get())) {
            return Admission.NOT_ISSUING;
        }
        int inserted = jdbc.sql("INSERT INTO ballot_voter (round_id, member_id, status) VALUES (:r, :m,"
                        + " 'CREDENTIAL_ISSUED') ON CONFLICT (round_id, member_id) DO NOTHING")
                .param("r", roundId)
                .param("m", voter.memberId())
                .update();
        return inserted == 1 ? Admission.ADMITTED : Admission.ALREADY_ISSUED;
    }

    /** Whether the member is in the round's electorate: the pages answer a round they are not on as not found. */
    boolean onRoll(long roundId, long memberId) {
        var round = rounds.find(roundId);
        return round.isPresent()
                && jdbc.sql("SELECT EXISTS (SELECT 1 FROM (" + Electorates.members() + ") x WHERE x.id = :m)")
                        .param("r", roundId)
                        .param("day", Electorates.day(round.get()))
                        .param("m", memberId)
                        .query(Boolean.class)
                        .single();
    }

    /** Whether the member already received something of the round (a slip, a paper ballot or a credential). */
    boolean issued(long roundId, long memberId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM ballot_voter WHERE round_id = :r AND member_id = :m)")
                .param("r", roundId)
                .param("m", memberId)
                .query(Boolean.class)
                .single();
    }
}
