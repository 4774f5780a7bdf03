package vn.neuguong.meeting;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.campaign.MeetingHeld;
import vn.neuguong.campaign.ObligationKind;
import vn.neuguong.meeting.MinutesViews.Minutes;
import vn.neuguong.meeting.MinutesViews.Revision;
import vn.neuguong.meeting.MinutesViews.Task;
import vn.neuguong.member.MemberSql;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.CurrentActor;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.InvalidInputException.FieldError;
import vn.neuguong.shared.NotFoundException;
import vn.neuguong.web.TimeConfiguration;

/**
 * The minutes of held meetings: the host drafts (one draft at a time, a new revision once the last is approved), the
 * chair named on the draft approves, and the approved revision is locked (the database refuses to change it). An
 * approval of a meeting serving a campaign tells the campaign module ({@link MeetingHeld}), in the same transaction.
 */
@Component
class MinutesBook {

    private static final String COLUMNS = "mm.id, mm.meeting_id, mm.revision, mm.status, mm.chair_member_id, "
            + MemberSql.fullName("mm.chair_member_id") + " AS chair_name, mm.body, mm.conclusions, mm.drafted_by,"
            + " mm.approved_by, mm.approved_at, mm.version";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Meetings meetings;
    private final MeetingPlans plans;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MinutesBook(
            JdbcClient jdbc,
            AuditLog audit,
            Meetings meetings,
            MeetingPlans plans,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.meetings = meetings;
        this.plans = plans;
        this.events = events;
        this.clock = clock;
    }

    /** Every revision of the meeting's minutes, newest first; 404 unless the viewer sees the meeting. */
    Minutes read(long meetingId, Viewer viewer) {
        meetings.get(meetingId, viewer);
        var revisions = jdbc.sql("SELECT " + COLUMNS + ", NULL AS tasks FROM meeting_minutes mm"
                        + " WHERE mm.meeting_id = :id ORDER BY mm.revision DESC")
                .param("id", meetingId)
                .query(Revision.class)
                .list();
        return Minutes.of(
                meetingId,
                revisions.stream().map(r -> r.withTasks(tasks(r.id()))).toList());
    }

    private List<Task> tasks(long minutesId) {
        return jdbc.sql("SELECT t.id, t.position, t.task, t.owner_organization_id, "
                        + TreeSql.name("t.owner_organization_id") + " AS owner_organization_name, t.owner_member_id, "
                        + MemberSql.fullName("t.owner_member_id") + " AS owner_member_name, t.due_on, t.done"
                        + " FROM meeting_minutes_task t WHERE t.minutes_id = :id ORDER BY t.position")
                .param("id", minutesId)
                .query(Task.class)
                .list();
    }

    /**
     * Starts a draft of a held meeting the viewer manages: the first revision, or the change of approved minutes as
     * the next one. 409 while a draft is open.
     */
    @Transactional
    Revision draft(long meetingId, MinutesForm form, Viewer viewer) {
        var meeting = heldAndManaged(meetingId, viewer);
        check(form);
        if (openDraft(meetingId) != null) {
            throw new ConflictException("meeting.minutes.draftOpen");
        }
        long id = jdbc.sql("INSERT INTO meeting_minutes (meeting_id, revision, chair_member_id, body, conclusions,"
                        + " drafted_by) SELECT :meeting, COALESCE(max(revision), 0) + 1, :chair, :body, :conclusions, :by"
                        + " FROM meeting_minutes WHERE meeting_id = :meeting RETURNING id")
                .param("meeting", meetingId)
                .param("chair", form.chairMemberId())
                .param("body", sanitize(form.body()))
                .param("conclusions", MeetingRecords.blankToNull(form.conclusions()))
                .param("by", CurrentActor.name())
                .query(Long.class)
                .single();
        writeTasks(id, form);
        var created = revision(id);
        audit.created("MeetingMinutes", id, meeting.hostId(), created);
        return created;
    }

    /** Changes the open draft as read at {@code version}; 409 when it changed since or there is none. */
    @Transactional
    Revision change(long meetingId, int version, MinutesForm form, Viewer viewer) {
        var meeting = heldAndManaged(meetingId, viewer);
        var before = lockedDraft(meetingId, version);
        check(form);
        jdbc.sql("UPDATE meeting_minutes SET chair_member_id = :chair, body = :body, conclusions = :conclusions,"
                        + " drafted_by = :by, version = version + 1 WHERE id = :id")
                .param("chair", form.chairMemberId())
                .param("body", sanitize(form.body()))
                .param("conclusions", MeetingRecords.blankToNull(form.conclusions()))
                .param("by", CurrentActor.name())
                .param("id", before.id())
                .update();
        jdbc.sql("DELETE FROM meeting_minutes_task WHERE minutes_id = :id")
                .param("id", before.id())
                .update();
        writeTasks(before.id(), form);
        var after = revision(before.id());
        audit.updated("MeetingMinutes", before.id(), meeting.hostId(), before, after);
        return after;
    }

    /**
     * The chair approves the open draft as read at {@code version}: it is locked, and a meeting serving a campaign
     * fulfils its obligations as of the meeting day. 404 unless the viewer sees the meeting or chairs it; 403 unless
     * the viewer is the chair.
     */
    @Transactional
    Revision approve(long meetingId, int version, Viewer viewer) {
        var meeting = meetings.find(meetingId, viewer)
                .or(() -> meetings.find(meetingId, Viewer.everything())
                        .filter(m ->
                                viewer.memberId() != null && viewer.memberId().equals(chairOf(meetingId))))
                .orElseThrow(() -> new NotFoundException("Meeting", meetingId));
        var before = lockedDraft(meetingId, version);
        if (viewer.memberId() == null || viewer.memberId() != before.chairMemberId()) {
            throw new AccessDeniedException("meeting.minutes.notChair");
        }
        var now = OffsetDateTime.now(clock);
        jdbc.sql("UPDATE meeting_minutes SET status = 'APPROVED', approved_by = :by, approved_at = :at,"
                        + " version = version + 1 WHERE id = :id")
                .param("by", CurrentActor.name())
                .param("at", now)
                .param("id", before.id())
                .update();
        var after = revision(before.id());
        audit.updated("MeetingMinutes", before.id(), meeting.hostId(), before, after);
        if (meeting.campaignId() != null) {
            events.publishEvent(new MeetingHeld(
                    meeting.id(),
                    meeting.title(),
                    meeting.startsAt().atZoneSameInstant(TimeConfiguration.ZONE).toLocalDate(),
                    meeting.hostId(),
                    bridgePointOrganizations(meeting.id()),
                    meeting.campaignId(),
                    meeting.requirementId(),
                    counts(meeting.kind()),
                    after.chairName() == null ? CurrentActor.name() : after.chairName()));
        }
        return after;
    }

    /** What a meeting of the kind counts as when it names no line of its campaign. */
    static ObligationKind counts(Meeting.Kind kind) {
        return switch (kind) {
            case STUDY_CONFERENCE -> ObligationKind.HOLD_CONFERENCE;
            case CELL_REGULAR, CELL_THEMATIC -> ObligationKind.CELL_MEETINGS;
            case INTERIM_REVIEW -> ObligationKind.INTERIM_REVIEW;
            default -> null;
        };
    }

    private Meeting heldAndManaged(long meetingId, Viewer viewer) {
        var meeting = plans.lockManaged(meetingId, viewer);
        if (meeting.status() != Meeting.Status.HELD) {
            throw new ConflictException("meeting.minutes.notHeld");
        }
        return meeting;
    }

    private Long chairOf(long meetingId) {
        var draft = openDraft(meetingId);
        return draft == null ? null : draft.chairMemberId();
    }

    private Revision openDraft(long meetingId) {
        return jdbc.sql("SELECT " + COLUMNS + ", NULL AS tasks FROM meeting_minutes mm WHERE mm.meeting_id = :id"
                        + " AND mm.status = 'DRAFT'")
                .param("id", meetingId)
                .query(Revision.class)
                .optional()
                .orElse(null);
    }

    private Revision lockedDraft(long meetingId, int version) {
        var draft = jdbc.sql("SELECT mm.id FROM meeting_minutes mm WHERE mm.meeting_id = :id AND mm.status = 'DRAFT'"
                        + " FOR UPDATE")
                .param("id", meetingId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new ConflictException("meeting.minutes.noDraft"));
        var before = revision(draft);
        if (before.version() != version) {
            throw new ConflictException("meeting.minutes.stale");
        }
        return before;
    }

    private Revision revision(long id) {
        var row = jdbc.sql("SELECT " + COLUMNS + ", NULL AS tasks FROM meeting_minutes mm WHERE mm.id = :id")
                .param("id", id)
                .query(Revision.class)
                .single();
        return row.withTasks(tasks(id));
    }

    private List<Long> bridgePointOrganizations(long meetingId) {
        return jdbc.sql("SELECT organization_id FROM meeting_bridge_point WHERE meeting_id = :id ORDER BY id")
                .param("id", meetingId)
                .query(Long.class)
                .list();
    }

    /** The rules the database answers, with the form's own, thrown together. */
    private void check(MinutesForm form) {
        var errors = new ArrayList<>(form.check());
        if (!exists(MemberSql.exists(":id"), form.chairMemberId())) {
            errors.add(new FieldError("chairMemberId", "meeting.member.notFound"));
        }
        var rows = form.tasks() == null ? List.<MinutesForm.TaskRow>of() : form.tasks();
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            if (row == null || !row.filled()) {
                continue;
            }
            if (row.ownerOrganizationId() != null && !exists(TreeSql.isOpen(":id"), row.ownerOrganizationId())) {
                errors.add(new FieldError("tasks[" + i + "].ownerOrganizationId", "meeting.organization.notFound"));
            }
            if (row.ownerMemberId() != null && !exists(MemberSql.exists(":id"), row.ownerMemberId())) {
                errors.add(new FieldError("tasks[" + i + "].ownerMemberId", "meeting.member.notFound"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private boolean exists(String condition, long id) {
        return jdbc.sql("SELECT " + condition)
                .param("id", id)
                .query(Boolean.class)
                .single();
    }

    private void writeTasks(long minutesId, MinutesForm form) {
        var rows = form.filledTasks();
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            jdbc.sql("INSERT INTO meeting_minutes_task (minutes_id, position, task, owner_organization_id,"
                            + " owner_member_id, due_on) VALUES (:m, :p, :task, :org, :member, :due)")
                    .param("m", minutesId)
                    .param("p", i)
                    .param("task", row.task().strip())
                    .param("org", row.ownerOrganizationId())
                    .param("member", row.ownerMemberId())
                    .param("due", row.dueOn())
                    .update();
        }
    }

    /** The rich text kept as the project keeps documents' bodies: only the tags and attributes of the safelist. */
    static String sanitize(String html) {
        return Jsoup.clean(html, Safelist.relaxed());
    }
}
