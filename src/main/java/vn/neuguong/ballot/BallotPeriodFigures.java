package vn.neuguong.ballot;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.PeriodFigures;

/**
 * The ballot rounds on the leaders of a subtree's organizations that closed in a period, for the periodic report, with
 * their turnout as {@link Turnouts} counts it: electronic ballots issued (slips printed, remote credentials handed
 * out) and cast, paper ballots issued and returned as the counting officers recorded them. Only sums over closed
 * rounds: nothing here reads who received what, and no answer is read at all.
 */
@Component
class BallotPeriodFigures implements PeriodFigures {

    static final List<String> KEYS = List.of("ballot.roundsClosed", "ballot.ballotsIssued", "ballot.ballotsReturned");

    private static final String SQL = "SELECT count(*) AS \"ballot.roundsClosed\", COALESCE(sum(r.slips_issued + "
            + Turnouts.credentialsIssued("r.id") + " + r.paper_issued), 0) AS \"ballot.ballotsIssued\", COALESCE(sum("
            + Turnouts.electronicCast("r.id") + " + r.paper_returned), 0) AS \"ballot.ballotsReturned\""
            + " FROM ballot_round r WHERE r.status = 'CLOSED' AND r.organization_id IN "
            + TreeSql.subtreeIds(":organizationId") + " AND r.closed_on BETWEEN :from AND :to";

    private final JdbcClient jdbc;

    BallotPeriodFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * {@code roundsClosed}: rounds assessing the leaders of an organization of the subtree (whoever ordered them),
     * dated by their closing day. {@code ballotsIssued}: their slips, remote credentials and paper ballots issued.
     * {@code ballotsReturned}: their electronic ballots cast and paper ballots returned, invalid papers included.
     */
    @Override
    public List<String> keys() {
        return KEYS;
    }

    @Override
    public Map<String, Long> count(long organizationId, LocalDate from, LocalDate to) {
        return PeriodFigures.counted(jdbc, SQL, KEYS, organizationId, from, to);
    }
}
