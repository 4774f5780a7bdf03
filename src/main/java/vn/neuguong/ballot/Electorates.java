package vn.neuguong.ballot;

import java.time.LocalDate;
import vn.neuguong.member.MemberSql;
import vn.neuguong.web.TimeConfiguration;

/**
 * The members a round's electorate names, as one subquery of member ids (binding {@code :r}, the round, and
 * {@code :day}, its opening day): the active members of each organization's subtree, the active holders of each post, and
 * the members named. Guests are counted, not named.
 */
final class Electorates {

    private Electorates() {}

    static String members() {
        return "SELECT e.member_id AS id FROM ballot_electorate e WHERE e.round_id = :r AND e.kind = 'MEMBER'"
                + " UNION SELECT w.id FROM ballot_electorate e CROSS JOIN LATERAL ("
                + MemberSql.activeIdsWithin("e.organization_id")
                + ") w WHERE e.round_id = :r AND e.kind = 'ORGANIZATION'"
                + " UNION SELECT h.id FROM ballot_electorate e CROSS JOIN LATERAL ("
                + MemberSql.holdersOn("e.organization_id", "e.position_title", "CAST(:day AS date)")
                + ") h WHERE e.round_id = :r AND e.kind = 'POSITION'";
    }

    static LocalDate day(BallotRound round) {
        return round.opensAt().atZoneSameInstant(TimeConfiguration.ZONE).toLocalDate();
    }
}
