package vn.neuguong.member;

import vn.neuguong.organization.TreeSql;

/**
 * The SQL other modules use to reach members in a statement of their own, so that no module but this one names the
 * {@code member} tables (docs/DESIGN.md, "Module seams"). Each method returns an expression or condition; the caller
 * binds the parameters it names.
 */
public final class MemberSql {

    private MemberSql() {}

    /** The id of the cell the member in {@code memberExpression} belongs to now. */
    public static String cellOf(String memberExpression) {
        return "(SELECT member_c.cell_id FROM member member_c WHERE member_c.id = " + memberExpression + ")";
    }

    /** The number of active members of the cell in {@code cellExpression}. */
    public static String activeCount(String cellExpression) {
        return "(SELECT count(*) FROM member member_n WHERE member_n.cell_id = " + cellExpression
                + " AND member_n.status = 'ACTIVE')";
    }

    /** The member's full name, for a list of readers or signers. */
    public static String fullName(String memberExpression) {
        return "(SELECT member_f.full_name FROM member member_f WHERE member_f.id = " + memberExpression + ")";
    }

    /** The number of active members in the cells of the organization {@code organizationExpression} and below it. */
    public static String activeCountWithin(String organizationExpression) {
        return "(SELECT count(*) FROM member member_w WHERE member_w.status = 'ACTIVE' AND member_w.cell_id IN "
                + TreeSql.subtree(organizationExpression) + ")";
    }

    /** True when the member in {@code memberExpression} is active in a cell of the organization or below it. */
    public static String isActiveWithin(String memberExpression, String organizationExpression) {
        return "EXISTS (SELECT 1 FROM member member_a WHERE member_a.id = " + memberExpression
                + " AND member_a.status = 'ACTIVE' AND member_a.cell_id IN "
                + TreeSql.subtree(organizationExpression) + ")";
    }
}
