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

    /**
     * The highest post ({@code member_position.title}) the member holds on the day, or NULL: for a signature sheet.
     */
    public static String postOn(String memberExpression, String dayExpression) {
        return "(SELECT member_p.title FROM member_position member_p WHERE member_p.member_id = " + memberExpression
                + " AND member_p.started_on <= " + dayExpression + " AND (member_p.ended_on IS NULL OR"
                + " member_p.ended_on >= " + dayExpression + ") ORDER BY array_position(ARRAY['SECRETARY',"
                + " 'STANDING_DEPUTY_SECRETARY', 'DEPUTY_SECRETARY', 'CHAIR_PEOPLES_COMMITTEE',"
                + " 'STANDING_COMMITTEE_MEMBER', 'COMMITTEE_MEMBER'], member_p.title) LIMIT 1)";
    }

    /**
     * A subquery of the ids (column {@code id}) of the active members who hold the post {@code titleExpression} (a
     * {@code member_position.title}) in the organization {@code organizationExpression} on the day in
     * {@code dayExpression} (a {@code date}): the holders a meeting invites when it invites a position, and a ballot
     * round's electorate of a post.
     */
    public static String holdersOn(String organizationExpression, String titleExpression, String dayExpression) {
        return "SELECT member_h.member_id AS id FROM member_position member_h JOIN member member_hm ON member_hm.id ="
                + " member_h.member_id WHERE member_hm.status = 'ACTIVE' AND member_h.organization_id = "
                + organizationExpression + " AND member_h.title = " + titleExpression + " AND member_h.started_on <= "
                + dayExpression + " AND (member_h.ended_on IS NULL OR member_h.ended_on >= " + dayExpression + ")";
    }

    /** The number of active members in the cells of the organization {@code organizationExpression} and below it. */
    public static String activeCountWithin(String organizationExpression) {
        return "(SELECT count(*) FROM member member_w WHERE member_w.status = 'ACTIVE' AND member_w.cell_id IN "
                + TreeSql.subtreeIds(organizationExpression) + ")";
    }

    /** A subquery of the ids of the active members in the cells of the organization or below it: an electorate. */
    public static String activeIdsWithin(String organizationExpression) {
        return "SELECT member_v.id FROM member member_v WHERE member_v.status = 'ACTIVE' AND member_v.cell_id IN "
                + TreeSql.subtreeIds(organizationExpression);
    }

    /** True when the member in {@code memberExpression} is active in a cell of the organization or below it. */
    public static String isActiveWithin(String memberExpression, String organizationExpression) {
        return "EXISTS (SELECT 1 FROM member member_a WHERE member_a.id = " + memberExpression
                + " AND member_a.status = 'ACTIVE' AND member_a.cell_id IN "
                + TreeSql.subtreeIds(organizationExpression) + ")";
    }

    /**
     * A subquery of the ids of the members on the roll of the cell in {@code cellExpression} on the day in
     * {@code dayExpression} (a {@code date}): active members whose stay in that cell covers the day. Members exempt
     * from activity or in temporary activity elsewhere stay on their home roll ({@link MemberCounting}).
     */
    public static String onRoll(String cellExpression, String dayExpression) {
        return "SELECT member_r.id FROM member member_r WHERE member_r.status = 'ACTIVE' AND EXISTS (SELECT 1 FROM"
                + " member_cell_history member_rh WHERE member_rh.member_id = member_r.id AND member_rh.cell_id = "
                + cellExpression + " AND member_rh.joined_on <= " + dayExpression
                + " AND (member_rh.left_on IS NULL OR member_rh.left_on > " + dayExpression + "))";
    }

    /**
     * A subquery of the ids of the members expected at a meeting of the cell in {@code cellExpression} on the day in
     * {@code dayExpression}, who also owe that cell a reflection or a study report due that day: the roll less those
     * exempt from activity or in temporary activity elsewhere, plus the members hosted here by a temporary activity
     * (unless exempt from activity). The rule is {@link MemberCounting}'s.
     */
    public static String expectedIn(String cellExpression, String dayExpression) {
        return "SELECT member_x.id FROM member member_x WHERE (member_x.id IN (" + onRoll(cellExpression, dayExpression)
                + ") AND NOT " + hasStanding("member_x.id", "'TEMPORARY_ELSEWHERE'", dayExpression) + " OR "
                + "member_x.status = 'ACTIVE' AND EXISTS (SELECT 1 FROM member_standing member_xh WHERE"
                + " member_xh.member_id = member_x.id AND member_xh.kind = 'TEMPORARY_ELSEWHERE' AND"
                + " member_xh.host_cell_id = " + cellExpression + " AND " + standingCovers("member_xh", dayExpression)
                + ")) AND NOT " + hasStanding("member_x.id", "'EXEMPT_ACTIVITY'", dayExpression);
    }

    /** The number of members on the roll of the cell on the day ({@link #onRoll}). */
    public static String onRollCount(String cellExpression, String dayExpression) {
        return "(SELECT count(*) FROM (" + onRoll(cellExpression, dayExpression) + ") member_rc)";
    }

    /** The number of members expected at the cell on the day ({@link #expectedIn}). */
    public static String expectedCount(String cellExpression, String dayExpression) {
        return "(SELECT count(*) FROM (" + expectedIn(cellExpression, dayExpression) + ") member_xc)";
    }

    /** True when the member in {@code memberExpression} is expected at the cell on the day ({@link #expectedIn}). */
    public static String isExpectedIn(String memberExpression, String cellExpression, String dayExpression) {
        return memberExpression + " IN (" + expectedIn(cellExpression, dayExpression) + ")";
    }

    /**
     * A table of who counts in which cell on the day in {@code dayExpression}, for a count grouped over many cells in
     * one statement: a row {@code (cell_id, on_roll, expected)} per member on a cell's roll ({@code on_roll} true;
     * {@code expected} unless exempt from activity or in temporary activity elsewhere) and per member hosted by a
     * cell in temporary activity ({@code on_roll} false; {@code expected} unless exempt from activity), for the
     * cells whose ids the subquery {@code cellIds} selects (or a column of an outer row, for a lateral join: one
     * cell at a time, from the index on its stays). Counting {@code on_roll} of a cell gives {@link #onRollCount},
     * counting {@code expected} {@link #expectedCount}. Give it an alias. The compliance board's roll-up restates
     * this rule in SQL (V146__board_members.sql), tested equal to it.
     */
    public static String countedInCells(String cellIds, String dayExpression) {
        return "(SELECT member_qh.cell_id, true AS on_roll, NOT "
                + hasStanding("member_q.id", "'TEMPORARY_ELSEWHERE'", dayExpression) + " AND NOT "
                + hasStanding("member_q.id", "'EXEMPT_ACTIVITY'", dayExpression) + " AS expected"
                + " FROM member member_q JOIN member_cell_history member_qh ON member_qh.member_id = member_q.id"
                + " AND member_qh.joined_on <= " + dayExpression + " AND (member_qh.left_on IS NULL OR"
                + " member_qh.left_on > " + dayExpression
                + ") WHERE member_q.status = 'ACTIVE' AND member_qh.cell_id IN ("
                + cellIds + ")"
                + " UNION ALL SELECT member_qs.host_cell_id, false, true FROM member member_qt JOIN member_standing"
                + " member_qs ON member_qs.member_id = member_qt.id AND member_qs.kind = 'TEMPORARY_ELSEWHERE' AND "
                + standingCovers("member_qs", dayExpression) + " WHERE member_qs.host_cell_id IN (" + cellIds + ")"
                + " AND member_qt.status = 'ACTIVE' AND NOT "
                + hasStanding("member_qt.id", "'EXEMPT_ACTIVITY'", dayExpression) + ")";
    }

    /**
     * The id of the member holding the head position {@code titleLiteral} (an SQL text literal, one of {@link
     * PostRules#HEADS}) of the organization on the day, or NULL.
     */
    public static String headHolder(String organizationExpression, String titleLiteral, String dayExpression) {
        return "(SELECT member_hh.member_id FROM member_position member_hh WHERE member_hh.organization_id = "
                + organizationExpression + " AND member_hh.title = " + titleLiteral + " AND member_hh.started_on <= "
                + dayExpression + " AND (member_hh.ended_on IS NULL OR member_hh.ended_on > " + dayExpression
                + ") ORDER BY member_hh.started_on DESC LIMIT 1)";
    }

    /**
     * A row source of the head posts the member in {@code memberExpression} holds on the day, each as {@code
     * (organization_id, post)}: a head position of a party organization ({@link PostRules#HEADS}: Bí thư, Chủ tịch
     * UBND or HĐND, Trưởng ban), or a head post ({@link PostTitle#head()}) the member holds as a person, in a unit
     * (then the organization is the committee that leads the unit: the Chủ tịch UBND phường leads for the ward) or in
     * a committee's office. {@code post} is the wording of the post. Give it an alias.
     */
    public static String headPosts(String memberExpression, String dayExpression) {
        return "(SELECT member_hd.organization_id, coalesce(member_hd.note, CASE member_hd.title WHEN 'SECRETARY'"
                + " THEN 'Bí thư' WHEN 'CHAIR_PEOPLES_COMMITTEE' THEN 'Chủ tịch UBND' WHEN 'CHAIR_PEOPLES_COUNCIL'"
                + " THEN 'Chủ tịch HĐND' ELSE 'Trưởng ban' END || ' ' || " + TreeSql.name("member_hd.organization_id")
                + ") AS post FROM member_position member_hd WHERE member_hd.member_id = " + memberExpression
                + " AND member_hd.title IN ('SECRETARY', 'CHAIR_PEOPLES_COMMITTEE', 'CHAIR_PEOPLES_COUNCIL',"
                + " 'HEAD_OF_DEPARTMENT') AND member_hd.started_on <= " + dayExpression
                + " AND (member_hd.ended_on IS NULL OR member_hd.ended_on > " + dayExpression + ")"
                + " UNION ALL SELECT CASE WHEN " + TreeSql.partyKind("member_ho.kind")
                + " THEN member_ho.id ELSE member_ho.parent_id END, member_hpp.title_text FROM person member_hp"
                + " JOIN person_post member_hpp ON member_hpp.person_id = member_hp.id JOIN "
                + TreeSql.organizations() + " member_ho ON member_ho.id = member_hpp.organization_id"
                + " WHERE member_hp.member_id = " + memberExpression + " AND member_hpp.title IN ('CHAIR',"
                + " 'SECRETARY', 'HEAD') AND member_hpp.started_on <= " + dayExpression
                + " AND (member_hpp.ended_on IS NULL OR member_hpp.ended_on >= " + dayExpression + "))";
    }

    /** True when the member has a standing period of the kind (an SQL text literal) covering the day. */
    static String hasStanding(String memberExpression, String kindLiteral, String dayExpression) {
        return "EXISTS (SELECT 1 FROM member_standing member_s WHERE member_s.member_id = " + memberExpression
                + " AND member_s.kind = " + kindLiteral + " AND " + standingCovers("member_s", dayExpression) + ")";
    }

    /** True when the standing period in {@code alias} covers the day, both ends included. */
    static String standingCovers(String alias, String dayExpression) {
        return alias + ".starts_on <= " + dayExpression + " AND (" + alias + ".ends_on IS NULL OR " + alias
                + ".ends_on >= " + dayExpression + ")";
    }
}
