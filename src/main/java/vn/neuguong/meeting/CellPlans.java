package vn.neuguong.meeting;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.member.MemberSql;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.InvalidInputException.FieldError;
import vn.neuguong.shared.NotFoundException;
import vn.neuguong.web.TimeConfiguration;

/**
 * Posts a cell's plan for a month and changes it. A plan becomes a planned cell meeting hosted by the cell (made and
 * changed through {@link MeetingPlans}, so its rules hold); the posting records when, the due day then in force
 * (the nearest committee's, {@link PlanRules}) and whether it came late. A cell outside the scope answers 404.
 */
@Component
class CellPlans {

    /** How far ahead a month may be planned. */
    static final int MONTHS_AHEAD = 12;

    private final JdbcClient jdbc;
    private final MeetingPlans meetings;
    private final CellPlanReads reads;
    private final AuditLog audit;
    private final Clock clock;

    CellPlans(JdbcClient jdbc, MeetingPlans meetings, CellPlanReads reads, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.reads = reads;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    CellPlan post(CellPlanForm form, Actor actor) {
        return post(form, actor, OffsetDateTime.now(clock));
    }

    /** Posts the plan at {@code now}: late when that day comes after the due day. */
    @Transactional
    CellPlan post(CellPlanForm form, Actor actor, OffsetDateTime now) {
        var scope = Scope.of(actor);
        if (form.cellId() == null) {
            throw new InvalidInputException("cellId", "validation.required");
        }
        requireCell(form.cellId(), scope);
        var errors = new ArrayList<FieldError>();
        var month = form.month();
        if (month == null) {
            errors.add(new FieldError("month", "validation.required"));
        } else {
            var current = YearMonth.from(now.atZoneSameInstant(TimeConfiguration.ZONE));
            if (month.isBefore(current)) {
                errors.add(new FieldError("month", "meeting.plan.month.past", null, month.toString()));
            } else if (month.isAfter(current.plusMonths(MONTHS_AHEAD))) {
                errors.add(new FieldError("month", "meeting.plan.month.tooFar", null, month.toString()));
            }
        }
        errors.addAll(check(form, form.cellId(), month));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        jdbc.sql("SELECT pg_advisory_xact_lock(9098, CAST(:cell AS int))")
                .param("cell", form.cellId())
                .query()
                .singleRow();
        if (reads.of(form.cellId(), month, Scope.everything()).isPresent()) {
            throw new ConflictException("meeting.plan.exists");
        }
        var meeting = remapped(() -> meetings.create(meetingForm(form, form.cellId()), Viewer.of(actor)));
        int dueDay = jdbc.sql("SELECT " + PlanRules.dueDay(":cell"))
                .param("cell", form.cellId())
                .query(Integer.class)
                .single();
        var dueOn = CellPlan.dueOn(month, dueDay);
        long id = jdbc.sql("INSERT INTO meeting_plan (cell_id, month, kind, meeting_id, due_on, posted_at, late,"
                        + " posted_by) VALUES (:cell, :month, :kind, :meeting, :due, :at, :late, :by) RETURNING id")
                .param("cell", form.cellId())
                .param("month", month.atDay(1))
                .param("kind", form.kind().name())
                .param("meeting", meeting.id())
                .param("due", dueOn)
                .param("at", now)
                .param("late", CellPlan.late(now, dueOn))
                .param("by", actor.username())
                .query(Long.class)
                .single();
        var created = reads.get(id, Scope.everything());
        audit.created("MeetingPlan", id, form.cellId(), created);
        return created;
    }

    /** Changes the plan as read at {@code version}; the posting (when, late or not) stays as it was. */
    @Transactional
    CellPlan change(long id, int version, CellPlanForm form, Actor actor) {
        var scope = Scope.of(actor);
        reads.get(id, scope);
        jdbc.sql("SELECT id FROM meeting_plan WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query(Long.class)
                .single();
        var before = reads.get(id, scope);
        if (before.version() != version) {
            throw new ConflictException("meeting.plan.version.stale");
        }
        var errors = check(form, before.cellId(), before.month());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        int meetingVersion = jdbc.sql("SELECT version FROM meeting WHERE id = :id")
                .param("id", before.meetingId())
                .query(Integer.class)
                .single();
        long meetingId = before.meetingId();
        remapped(
                () -> meetings.update(meetingId, meetingVersion, meetingForm(form, before.cellId()), Viewer.of(actor)));
        jdbc.sql("UPDATE meeting_plan SET kind = :kind, version = version + 1 WHERE id = :id")
                .param("kind", form.kind().name())
                .param("id", id)
                .update();
        var after = reads.get(id, Scope.everything());
        audit.updated("MeetingPlan", id, before.cellId(), before, after);
        return after;
    }

    /** 404 unless the organization is an open cell inside the scope. */
    void requireCell(long cellId, Scope scope) {
        boolean cell = jdbc.sql("SELECT EXISTS (SELECT 1 FROM " + TreeSql.organizations()
                        + " o WHERE o.id = :id AND o.open AND o.kind = 'CELL' AND " + scope.covers("o.path") + ")")
                .param("id", cellId)
                .query(Boolean.class)
                .single();
        if (!cell) {
            throw new NotFoundException("Organization", cellId);
        }
    }

    private List<FieldError> check(CellPlanForm form, long cellId, YearMonth month) {
        var errors = new ArrayList<>(form.check(month));
        if (form.presenterMemberId() != null
                && !jdbc.sql("SELECT CAST(:member AS bigint) IN (" + MemberSql.idsInCell(":cell") + ")")
                        .param("member", form.presenterMemberId())
                        .param("cell", cellId)
                        .query(Boolean.class)
                        .single()) {
            errors.add(new FieldError("presenterMemberId", "meeting.plan.presenter.notInCell"));
        }
        return errors;
    }

    private static MeetingForm meetingForm(CellPlanForm form, long cellId) {
        var starts = form.meetsOn().atTime(form.time());
        var agenda = new MeetingForm.AgendaRow(
                form.topic().strip(),
                form.presenterMemberId(),
                form.presenterMemberId() == null ? form.presenterName() : null,
                null);
        return new MeetingForm(
                form.topic().strip(),
                form.kind(),
                Meeting.Format.IN_PERSON,
                cellId,
                null,
                List.of(),
                null,
                starts,
                starts.plusHours(2),
                null,
                null,
                null,
                List.of(),
                List.of(agenda),
                List.of(),
                null);
    }

    /** The meeting's own field errors named as the plan's fields. */
    private static Meeting remapped(java.util.function.Supplier<Meeting> command) {
        try {
            return command.get();
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.errors().stream()
                    .map(error -> new FieldError(
                            FIELDS.getOrDefault(error.field(), error.field()),
                            error.message(),
                            error.row(),
                            error.rejectedValue()))
                    .toList());
        }
    }

    private static final Map<String, String> FIELDS = Map.of(
            "startsAt", "meetsOn",
            "endsAt", "startsAt",
            "title", "topic",
            "hostId", "cellId",
            "agenda[0].topic", "topic",
            "agenda[0].presenterMemberId", "presenterMemberId",
            "agenda[0].presenterName", "presenterName");
}
