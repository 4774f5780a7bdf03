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

    /** True when {@code memberExpression} is the id of a member. */
    public static String exists(String memberExpression) {
        return "EXISTS (SELECT 1 FROM member member_e WHERE member_e.id = " + memberExpression + ")";
    }

    /**
     * Members as pickers show them: a select of {@code id} and {@code label} ("name · party card · cell"), in
     * Vietnamese alphabetical order. {@code condition} is one of {@link #nameContains}, {@link #designatedBy} or
     * {@link #hasId}.
     */
    public static String choices(String condition) {
        return "SELECT member_p.id, member_p.full_name || ' · ' || member_p.party_card_no || ' · ' || "
                + TreeSql.label("member_p.cell_id") + " AS label FROM member member_p WHERE " + condition
                + " ORDER BY member_p.full_name COLLATE vi_icu, member_p.id";
    }

    /** For {@link #choices}: the name or party card number contains {@code textParameter}, diacritics ignored. */
    public static String nameContains(String textParameter) {
        return "member_p.search_text LIKE '%' || fold_vi(" + textParameter + ") || '%'";
    }

    /** For {@link #choices}: the full name (diacritics and case ignored) or the party card number is the text. */
    public static String designatedBy(String textParameter) {
        return "(fold_vi(member_p.full_name) = fold_vi(" + textParameter + ") OR member_p.party_card_no = "
                + textParameter + ")";
    }

    /** For {@link #choices}: the member with the id. */
    public static String hasId(String idParameter) {
        return "member_p.id = " + idParameter;
    }

    /** The ids of the members of the cell in {@code cellExpression}, oldest record first: a subquery. */
    public static String idsInCell(String cellExpression) {
        return "SELECT member_i.id FROM member member_i WHERE member_i.cell_id = " + cellExpression
                + " ORDER BY member_i.id";
    }

    /** The member's full name, for a list of readers or signers. */
    public static String fullName(String memberExpression) {
        return "(SELECT member_f.full_name FROM member member_f WHERE member_f.id = " + memberExpression + ")";
    }

    /** The number of active members in the cells of the organization {@code organizationExpression} and below it. */
    public static String activeCountWithin(String organizationExpression) {
        return "(SELECT count(*) FROM member member_w WHERE member_w.status = 'ACTIVE' AND member_w.cell_id IN "
                + TreeSql.subtreeIds(organizationExpression) + ")";
    }

    /** True when the member in {@code memberExpression} is active in a cell of the organization or below it. */
    public static String isActiveWithin(String memberExpression, String organizationExpression) {
        return "EXISTS (SELECT 1 FROM member member_a WHERE member_a.id = " + memberExpression
                + " AND member_a.status = 'ACTIVE' AND member_a.cell_id IN "
                + TreeSql.subtreeIds(organizationExpression) + ")";
    }
}
