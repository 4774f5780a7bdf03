package vn.neuguong.ballot;

/**
 * The SQL other modules use to cite a ballot round in a statement of their own, so that no module but this one names
 * the ballot tables (docs/DESIGN.md, "Module seams"). Turnout only: nothing here reads an answer or who voted.
 */
public final class BallotSql {

    private BallotSql() {}

    /**
     * A table of the rounds with their turnout as {@link Turnouts} counts it, for a news article; give it an alias.
     * Columns: {@code id}, {@code organization_id}, {@code title}, {@code period_label}, {@code status},
     * {@code closes_at}, {@code closed_on}, {@code convened}, {@code present}, {@code issued} (slips, remote
     * credentials and paper ballots) and {@code returned} (electronic ballots cast and paper ballots returned).
     */
    public static String turnouts() {
        return "(SELECT ballot_t.id, ballot_t.organization_id, ballot_t.title, ballot_t.period_label, ballot_t.status,"
                + " ballot_t.closes_at, ballot_t.closed_on, ballot_t.convened, ballot_t.present, ballot_t.slips_issued + "
                + Turnouts.credentialsIssued("ballot_t.id") + " + ballot_t.paper_issued AS issued, "
                + Turnouts.electronicCast("ballot_t.id") + " + ballot_t.paper_returned AS returned"
                + " FROM ballot_round ballot_t)";
    }
}
