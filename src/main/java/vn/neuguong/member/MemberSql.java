package vn.neuguong.member;

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
}
