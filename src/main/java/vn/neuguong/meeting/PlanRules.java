package vn.neuguong.meeting;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.NotFoundException;

/**
 * The committees' due days for the cells' monthly plans: read as they hold at a committee, set by the staff whose
 * scope covers it. The nearest committee up the tree with a setting wins, so a ward may set its own day under the
 * city's.
 */
@Component
class PlanRules {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    PlanRules(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** SQL: the id of the organization whose setting holds for the one in {@code idColumn} (itself or above). */
    static String ruleHolder(String idColumn) {
        return "(SELECT r.organization_id FROM meeting_plan_rule r WHERE "
                + TreeSql.above("r.organization_id", idColumn) + " ORDER BY nlevel(" + TreeSql.path("r.organization_id")
                + ") DESC LIMIT 1)";
    }

    /** SQL: the due day in force for the organization (a cell) in {@code idColumn}. */
    static String dueDay(String idColumn) {
        return "COALESCE((SELECT r.due_day FROM meeting_plan_rule r WHERE "
                + TreeSql.above("r.organization_id", idColumn)
                + " ORDER BY nlevel(" + TreeSql.path("r.organization_id") + ") DESC LIMIT 1), " + PlanRule.DEFAULT_DAY
                + ")";
    }

    /** The rule as it holds at the committee; 404 outside the scope or when it is not a committee. */
    PlanRule read(long organizationId, Scope scope) {
        return jdbc.sql("SELECT o.id AS organization_id, o.name AS organization_name, " + dueDay("o.id")
                        + " AS due_day, own.due_day AS own_due_day, h.id AS set_by_id, h.name AS set_by_name,"
                        + " COALESCE(own.version, 0) AS version FROM " + TreeSql.organizations() + " o"
                        + " LEFT JOIN meeting_plan_rule own ON own.organization_id = o.id"
                        + " LEFT JOIN " + TreeSql.organizations() + " h ON h.id = " + ruleHolder("o.id")
                        + " WHERE o.id = :id AND o.open AND o.kind IN ('COMMITTEE', 'GRASSROOTS_COMMITTEE') AND "
                        + scope.covers("o.path"))
                .param("id", organizationId)
                .query(PlanRule.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Organization", organizationId));
    }

    /** Sets the committee's own due day as read at {@code version} (0 before it had one); 409 when it changed since. */
    @Transactional
    PlanRule set(long organizationId, int version, int dueDay, Actor actor) {
        if (dueDay < 1 || dueDay > 28) {
            throw new InvalidInputException("dueDay", "meeting.planRule.dueDay.range");
        }
        var scope = Scope.of(actor);
        read(organizationId, scope);
        jdbc.sql("SELECT pg_advisory_xact_lock(9097, CAST(:id AS int))")
                .param("id", organizationId)
                .query()
                .singleRow();
        var before = read(organizationId, scope);
        if (before.version() != version) {
            throw new ConflictException("meeting.planRule.version.stale");
        }
        jdbc.sql("INSERT INTO meeting_plan_rule (organization_id, due_day, set_by, version) VALUES (:id, :day, :by, 1)"
                        + " ON CONFLICT (organization_id) DO UPDATE SET due_day = EXCLUDED.due_day,"
                        + " set_by = EXCLUDED.set_by, set_at = now(), version = meeting_plan_rule.version + 1")
                .param("id", organizationId)
                .param("day", dueDay)
                .param("by", actor.username())
                .update();
        var after = read(organizationId, scope);
        audit.updated("MeetingPlanRule", organizationId, organizationId, before, Map.of("dueDay", dueDay));
        return after;
    }
}
