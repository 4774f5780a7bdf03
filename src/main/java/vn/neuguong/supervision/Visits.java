package vn.neuguong.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.member.MemberSql;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.FieldErrors;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.NotFoundException;

/**
 * Inspection and supervision visits and their recommendations. A visit is seen by the staff of the visited subtree,
 * of the committee that made it, and of any organization it asks to act; a recommendation is closed by the staff of
 * its owner or of the visiting committee.
 */
@Component
public class Visits {

    /** The status of the recommendation {@code r} on the day {@code :today}. */
    static final String STATUS = "CASE WHEN r.done_on IS NULL THEN CASE WHEN r.due_on < :today THEN 'OVERDUE'"
            + " ELSE 'OPEN' END WHEN r.done_on <= r.due_on THEN 'DONE_ON_TIME' ELSE 'DONE_LATE' END";

    static final String RECOMMENDATION = "r.id, r.visit_id, r.position, r.text, r.owner_id, "
            + TreeSql.name("r.owner_id") + " AS owner_name, r.due_on, r.done_on, r.done_note, " + STATUS
            + " AS status, r.version";

    private final JdbcClient jdbc;
    private final Committees committees;
    private final AuditLog audit;
    private final Clock clock;

    Visits(JdbcClient jdbc, Committees committees, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.committees = committees;
        this.audit = audit;
        this.clock = clock;
    }

    /** A condition on the visit {@code v}: the scope covers it (see the class). */
    static String visible(Scope scope) {
        return "(" + scope.coversOrganization("v.organization_id") + " OR " + scope.coversOrganization("v.committee_id")
                + " OR EXISTS (SELECT 1 FROM supervision_recommendation r_s WHERE r_s.visit_id = v.id AND "
                + scope.coversOrganization("r_s.owner_id") + "))";
    }

    public Visit get(long id, Scope scope) {
        var visit = jdbc.sql("SELECT v.id, v.committee_id, " + TreeSql.name("v.committee_id")
                        + " AS committee_name, v.by_commission, v.organization_id, " + TreeSql.name("v.organization_id")
                        + " AS organization_name, v.kind, v.visited_on, v.subject, v.findings"
                        + " FROM supervision_visit v WHERE v.id = :id AND " + visible(scope))
                .param("id", id)
                .query((rs, n) -> new Visit(
                        rs.getLong("id"),
                        rs.getLong("committee_id"),
                        rs.getString("committee_name"),
                        rs.getBoolean("by_commission"),
                        rs.getLong("organization_id"),
                        rs.getString("organization_name"),
                        VisitKind.valueOf(rs.getString("kind")),
                        rs.getObject("visited_on", LocalDate.class),
                        rs.getString("subject"),
                        rs.getString("findings"),
                        List.of(),
                        List.of()))
                .optional()
                .orElseThrow(() -> new NotFoundException("Visit", id));
        var members = jdbc.sql("SELECT vm.member_id, " + MemberSql.fullName("vm.member_id")
                        + " AS full_name FROM supervision_visit_member vm WHERE vm.visit_id = :id ORDER BY 2, 1")
                .param("id", id)
                .query(Visit.Participant.class)
                .list();
        var recommendations = jdbc.sql("SELECT " + RECOMMENDATION
                        + " FROM supervision_recommendation r WHERE r.visit_id = :id ORDER BY r.position")
                .param("id", id)
                .param("today", LocalDate.now(clock))
                .query(Visit.Recommendation.class)
                .list();
        return new Visit(
                visit.id(),
                visit.committeeId(),
                visit.committeeName(),
                visit.byCommission(),
                visit.organizationId(),
                visit.organizationName(),
                visit.kind(),
                visit.visitedOn(),
                visit.subject(),
                visit.findings(),
                members,
                recommendations);
    }

    /** Records a visit with its members and recommendations, all or nothing. */
    @Transactional
    public Visit record(Visit.Input input, Scope scope) {
        committees.committee(input.committeeId(), scope);
        check(input);
        var rows = input.recommendations().stream().filter(row -> !row.blank()).toList();
        long id = jdbc.sql("INSERT INTO supervision_visit (committee_id, by_commission, organization_id, kind,"
                        + " visited_on, subject, findings) VALUES (:committee, :byCommission, :organization, :kind,"
                        + " :visitedOn, :subject, :findings) RETURNING id")
                .param("committee", input.committeeId())
                .param("byCommission", input.byCommission())
                .param("organization", input.organizationId())
                .param("kind", input.kind().name())
                .param("visitedOn", input.visitedOn())
                .param("subject", input.subject().strip())
                .param("findings", input.findings().strip())
                .query(Long.class)
                .single();
        for (long member : input.memberIds().stream().distinct().toList()) {
            jdbc.sql("INSERT INTO supervision_visit_member (visit_id, member_id) VALUES (:visit, :member)")
                    .param("visit", id)
                    .param("member", member)
                    .update();
        }
        for (int i = 0; i < rows.size(); i++) {
            jdbc.sql("INSERT INTO supervision_recommendation (visit_id, position, text, owner_id, due_on)"
                            + " VALUES (:visit, :position, :text, :owner, :due)")
                    .param("visit", id)
                    .param("position", i + 1)
                    .param("text", rows.get(i).text().strip())
                    .param("owner", rows.get(i).ownerId())
                    .param("due", rows.get(i).dueOn())
                    .update();
        }
        var created = get(id, Scope.everything());
        audit.created("SupervisionVisit", id, input.organizationId(), created);
        return created;
    }

    /**
     * The rules of a visit that need the database or cross fields, all reported at once; a page runs them beside
     * Bean Validation's, so they skip what that already finds missing.
     */
    void check(Visit.Input input) {
        var errors = new FieldErrors();
        boolean inside = input.organizationId() != null
                && input.committeeId() != null
                && committees.within(input.organizationId(), input.committeeId());
        if (!inside && input.organizationId() != null && input.committeeId() != null) {
            errors.add("organizationId", "supervision.visit.outside");
        }
        if (input.visitedOn() != null && input.visitedOn().isAfter(LocalDate.now(clock))) {
            errors.add("visitedOn", "supervision.date.future");
        }
        for (long member : input.memberIds()) {
            if (!jdbc.sql("SELECT " + MemberSql.exists(":member"))
                    .param("member", member)
                    .query(Boolean.class)
                    .single()) {
                errors.add("memberIds", "supervision.visit.member");
            }
        }
        for (int i = 0; i < input.recommendations().size(); i++) {
            var row = input.recommendations().get(i);
            String at = "recommendations[" + i + "].";
            if (row.blank()) {
                continue;
            }
            errors.requireText(at + "text", row.text(), 2000);
            if (row.ownerId() == null) {
                errors.add(at + "ownerId", "validation.required");
            } else if (inside && !committees.within(row.ownerId(), input.organizationId())) {
                errors.add(at + "ownerId", "supervision.recommendation.owner");
            }
            if (row.dueOn() == null) {
                errors.add(at + "dueOn", "validation.required");
            } else if (input.visitedOn() != null && row.dueOn().isBefore(input.visitedOn())) {
                errors.add(at + "dueOn", "supervision.recommendation.dueOn");
            }
        }
        errors.throwIfAny();
    }

    /** Marks a recommendation done, as read at {@code version}, no earlier than the visit and not in the future. */
    @Transactional
    public Visit.Recommendation markDone(long id, int version, Visit.Done done, Scope scope) {
        var before = recommendation(id, scope);
        var visit = get(before.visitId(), Scope.everything());
        if (before.doneOn() != null) {
            throw new ConflictException("supervision.recommendation.alreadyDone");
        }
        if (done.doneOn().isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("doneOn", "supervision.date.future");
        }
        if (done.doneOn().isBefore(visit.visitedOn())) {
            throw new InvalidInputException("doneOn", "supervision.recommendation.doneBeforeVisit");
        }
        int changed = jdbc.sql("UPDATE supervision_recommendation SET done_on = :on, done_note = :note,"
                        + " version = version + 1 WHERE id = :id AND version = :version AND done_on IS NULL")
                .param("on", done.doneOn())
                .param("note", done.note().strip())
                .param("id", id)
                .param("version", version)
                .update();
        if (changed == 0) {
            throw new ConflictException("supervision.version.stale");
        }
        var after = recommendation(id, Scope.everything());
        audit.updated("SupervisionRecommendation", id, before.ownerId(), before, after);
        return after;
    }

    public Visit.Recommendation recommendation(long id, Scope scope) {
        return jdbc.sql("SELECT " + RECOMMENDATION + " FROM supervision_recommendation r JOIN supervision_visit v"
                        + " ON v.id = r.visit_id WHERE r.id = :id AND (" + scope.coversOrganization("r.owner_id")
                        + " OR " + scope.coversOrganization("v.committee_id") + ")")
                .param("id", id)
                .param("today", LocalDate.now(clock))
                .query(Visit.Recommendation.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Recommendation", id));
    }

    /** True when the scope may close the recommendation (its owner's or the visiting committee's staff). */
    public boolean canClose(long id, Scope scope) {
        try {
            recommendation(id, scope);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    static List<Visit.RecommendationInput> spareRows(List<Visit.RecommendationInput> rows, int count) {
        var all = new ArrayList<>(rows);
        while (all.size() < count) {
            all.add(new Visit.RecommendationInput(null, null, null));
        }
        return all;
    }
}
