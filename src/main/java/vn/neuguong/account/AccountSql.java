package vn.neuguong.account;

/**
 * The SQL other modules use to pick accounts in a statement of their own, so that no module but this one names the
 * {@code account} tables (docs/DESIGN.md, "Module seams"). Each method returns a condition or a subquery; the
 * caller binds the parameters it names.
 */
public final class AccountSql {

    private AccountSql() {}

    /**
     * The ids of the accounts that act for the organizations in {@code organizationIdsExpression} (a list
     * parameter or a subquery): their staff, and the secretaries of cells. A subquery with one column,
     * {@code account_id}, an account listed once.
     */
    public static String actingFor(String organizationIdsExpression) {
        return "SELECT DISTINCT account_r.account_id FROM account_role account_r"
                + " WHERE account_r.role IN ('STAFF', 'SECRETARY') AND account_r.organization_id IN ("
                + organizationIdsExpression + ")";
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
