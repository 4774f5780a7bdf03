package vn.neuguong.account;

/**
 * The SQL other modules use to pick accounts in a statement of their own, so that no module but this one names the
 * {@code account} tables (docs/DESIGN.md, "Module seams"). Each method returns a condition or a subquery; the
 * caller binds the parameters it names.
 */
public final class AccountSql {

    private AccountSql() {}

    /**
     * The ids of the accounts that act for the one organization in {@code organizationIdExpression} (a column of
     * the caller's row, the subquery being joined {@code LATERAL}): its staff, and the secretary of a cell. A
     * subquery with one column, {@code account_id}; an account that is both staff and secretary of it is listed
     * twice. It has no {@code DISTINCT}, so the planner joins it like a table: one statement can tell a million
     * organizations' accounts with one hash join.
     */
    public static String actingForEach(String organizationIdExpression) {
        return "SELECT account_r.account_id FROM account_role account_r"
                + " WHERE account_r.role IN ('STAFF', 'SECRETARY') AND account_r.organization_id = "
                + organizationIdExpression;
    }

    /**
     * The ids of the accounts that belong to the members in {@code memberIdsExpression} (a list parameter or a
     * subquery): a subquery with one column, {@code account_id}.
     */
    public static String ofMembers(String memberIdsExpression) {
        return "SELECT DISTINCT account_o.id AS account_id FROM account account_o WHERE account_o.member_id IN ("
                + memberIdsExpression + ")";
    }

    /** True when the account in {@code accountIdExpression} may sign in. */
    public static String enabled(String accountIdExpression) {
        return "EXISTS (SELECT 1 FROM account account_e WHERE account_e.id = " + accountIdExpression
                + " AND account_e.enabled)";
    }

    /** True when the account in {@code accountIdExpression} may sign in and has an e-mail address. */
    public static String reachableByEmail(String accountIdExpression) {
        return "EXISTS (SELECT 1 FROM account account_m WHERE account_m.id = " + accountIdExpression
                + " AND account_m.enabled AND coalesce(account_m.email, '') <> '')";
    }

    /** The member the account in {@code accountIdExpression} belongs to while it may sign in, or NULL. */
    public static String enabledMemberOf(String accountIdExpression) {
        return "(SELECT account_b.member_id FROM account account_b WHERE account_b.id = " + accountIdExpression
                + " AND account_b.enabled)";
    }
}
