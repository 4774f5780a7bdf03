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

    Turnout of(BallotRound round) {
        record Electronic(int credentials, int cast) {}
        var electronic = jdbc.sql("SELECT (SELECT count(*) FROM ballot_voter WHERE round_id = :r AND status ="
                        + " 'CREDENTIAL_ISSUED') AS credentials, (SELECT count(*) FROM ballot_buffer WHERE round_id = :r"
                        + " AND channel = 'ELECTRONIC') + (SELECT count(*) FROM ballot_response WHERE round_id = :r AND"
                        + " channel = 'ELECTRONIC') AS cast")
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
