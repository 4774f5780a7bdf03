package vn.neuguong.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.member.MemberSql;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.NotFoundException;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;

/** The cells' plans as they are read, each statement filtered by the scope covering the cell. */
@Component
class CellPlanReads {

    static final String SELECT = "SELECT p.id, p.cell_id, " + TreeSql.name("p.cell_id") + " AS cell_name, p.month,"
            + " p.kind, p.meeting_id, m.status AS meeting_status, m.starts_at, m.title AS topic, a.presenter_member_id,"
            + " COALESCE(" + MemberSql.fullName("a.presenter_member_id") + ", a.presenter_name) AS presenter_name,"
            + " p.due_on, p.posted_at, p.late, p.posted_by, p.version FROM meeting_plan p"
            + " JOIN meeting m ON m.id = p.meeting_id"
            + " LEFT JOIN meeting_agenda_item a ON a.meeting_id = m.id AND a.position = 0";

    private final JdbcClient jdbc;

    CellPlanReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CellPlan> find(long id, Scope scope) {
        return jdbc.sql(SELECT + " WHERE p.id = :id AND " + scope.coversOrganization("p.cell_id"))
                .param("id", id)
                .query(CellPlanReads::plan)
                .optional();
    }

    /** The plan, or 404 when there is none or its cell lies outside the scope. */
    CellPlan get(long id, Scope scope) {
        return find(id, scope).orElseThrow(() -> new NotFoundException("MeetingPlan", id));
    }

    Optional<CellPlan> of(long cellId, YearMonth month, Scope scope) {
        return jdbc.sql(SELECT + " WHERE p.cell_id = :cell AND p.month = :month AND "
                        + scope.coversOrganization("p.cell_id"))
                .param("cell", cellId)
                .param("month", month.atDay(1))
                .query(CellPlanReads::plan)
                .optional();
    }

    /** The plans of a month in the scope (below {@code organizationId} when given), in the tree's order. */
    Page<CellPlan> list(YearMonth month, Long organizationId, Scope scope, PageRequest request) {
        var parameters = new HashMap<String, Object>();
        parameters.put("month", month.atDay(1));
        String where = " WHERE p.month = :month AND " + scope.coversOrganization("p.cell_id");
        if (organizationId != null) {
            where += " AND " + TreeSql.within("p.cell_id", ":org");
            parameters.put("org", organizationId);
        }
        long total = jdbc.sql("SELECT count(*) FROM meeting_plan p" + where)
                .params(parameters)
                .query(Long.class)
                .single();
        var items = jdbc.sql(
                        SELECT + where + " ORDER BY " + TreeSql.path("p.cell_id") + ", p.id" + request.limitOffset())
                .params(parameters)
                .query(CellPlanReads::plan)
                .list();
        return Page.of(items, request, total);
    }

    static CellPlan plan(ResultSet rs, int row) throws SQLException {
        return new CellPlan(
                rs.getLong("id"),
                rs.getLong("cell_id"),
                rs.getString("cell_name"),
                YearMonth.from(rs.getObject("month", java.time.LocalDate.class)),
                Meeting.Kind.valueOf(rs.getString("kind")),
                rs.getLong("meeting_id"),
                Meeting.Status.valueOf(rs.getString("meeting_status")),
                rs.getObject("starts_at", OffsetDateTime.class),
                rs.getString("topic"),
                (Long) rs.getObject("presenter_member_id"),
                rs.getString("presenter_name"),
                rs.getObject("due_on", java.time.LocalDate.class),
                rs.getObject("posted_at", OffsetDateTime.class),
                rs.getBoolean("late"),
                rs.getString("posted_by"),
                rs.getInt("version"));
    }
}
