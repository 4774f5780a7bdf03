package vn.neuguong.ballot;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.ballot.Results.Turnout;

/**
 * The turnout of a round per channel: electronic ballots issued are the slips printed and the remote credentials
 * handed out, returned those cast; paper ballots issued and returned are the counting officers' counts. Together,
 * the sum of both.
 */
@Component
class Turnouts {

    private final JdbcClient jdbc;
    private final PaperBallots paper;

    Turnouts(JdbcClient jdbc, PaperBallots paper) {
        this.jdbc = jdbc;
        this.paper = paper;
    }

    /** SQL: the remote credentials handed out for the round in {@code roundExpression}. */
    static String credentialsIssued(String roundExpression) {
        return "(SELECT count(*) FROM ballot_voter turnout_v WHERE turnout_v.round_id = " + roundExpression
                + " AND turnout_v.status = 'CREDENTIAL_ISSUED')";
    }

    /** SQL: the electronic ballots cast in the round, in its buffer while it is open and its responses after. */
    static String electronicCast(String roundExpression) {
        return "((SELECT count(*) FROM ballot_buffer turnout_b WHERE turnout_b.round_id = " + roundExpression
                + " AND turnout_b.channel = 'ELECTRONIC') + (SELECT count(*) FROM ballot_response turnout_r WHERE"
                + " turnout_r.round_id = " + roundExpression + " AND turnout_r.channel = 'ELECTRONIC'))";
    }

    Turnout of(BallotRound round) {
        record Electronic(int credentials, int cast) {}
        var electronic = jdbc.sql(
                        "SELECT " + credentialsIssued(":r") + " AS credentials, " + electronicCast(":r") + " AS cast")
                .param("r", round.id())
                .query(Electronic.class)
                .single();
        var counts = paper.counts(round);
        int electronicIssued = round.slipsIssued() + electronic.credentials();
        int totalIssued = electronicIssued + counts.issued();
        int totalReturned = electronic.cast() + counts.returned();
        return new Turnout(
                electronicIssued,
                electronic.cast(),
                counts.issued(),
                counts.returned(),
                totalIssued,
                totalReturned,
                counts.invalid(),
                counts.entered(),
                Results.percent(electronic.cast(), electronicIssued),
                Results.percent(counts.returned(), counts.issued()),
                Results.percent(totalReturned, totalIssued));
    }
}
