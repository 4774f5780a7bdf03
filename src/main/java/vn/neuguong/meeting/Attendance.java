package vn.neuguong.meeting;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.member.MemberSql;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.web.Formats;
import vn.neuguong.web.TimeConfiguration;

/**
 * Attendance per expected member: the members invited by name, the holders of an invited position on the day
 * ({@link MemberSql#holdersOn}), and those expected at the meetings of an invited or hosting cell on the day
 * ({@link MemberSql#expectedIn}). The secretary enters it from the checklist; a member
 * checks himself in from an hour before the start to the end, present until a quarter of an hour after the start
 * and late after that.
 */
@Component
class Attendance {

    static final Duration OPENS_BEFORE = Duration.ofHours(1);
    static final Duration LATE_AFTER = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Meetings meetings;
    private final MeetingPlans plans;
    private final Clock clock;

    Attendance(JdbcClient jdbc, AuditLog audit, Meetings meetings, MeetingPlans plans, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.meetings = meetings;
        this.plans = plans;
        this.clock = clock;
    }

    /** One expected member and what was recorded (nothing yet: null status). */
    public record AttendanceEntry(
            long memberId,
            String fullName,
            @Schema(nullable = true) AttendanceForm.Status status,
            @Schema(nullable = true) AttendanceForm.Reason absenceReason,
            @Schema(nullable = true) String note,
            @Schema(nullable = true) String source) {}

    /** The checklist with its counts. */
    public record Checklist(
            long meetingId, List<AttendanceEntry> entries, long present, long late, long absent, long open) {}

    Checklist checklist(long meetingId, Viewer viewer) {
        var meeting = meetings.get(meetingId, viewer);
        var entries = jdbc.sql("SELECT x.id AS member_id, " + MemberSql.fullName("x.id") + " AS full_name, a.status,"
                        + " a.absence_reason, a.note, a.source FROM (" + expected(meeting)
                        + ") x LEFT JOIN meeting_attendance a ON a.meeting_id = :m AND a.member_id = x.id ORDER BY "
                        + MemberSql.fullName("x.id") + " COLLATE vi_icu, x.id")
                .param("m", meetingId)
                .param("day", day(meeting))
                .query(AttendanceEntry.class)
                .list();
        return new Checklist(
                meetingId,
                entries,
                count(entries, AttendanceForm.Status.PRESENT),
                count(entries, AttendanceForm.Status.LATE),
                count(entries, AttendanceForm.Status.ABSENT),
                count(entries, null));
    }

    private static long count(List<AttendanceEntry> entries, AttendanceForm.Status status) {
        return entries.stream().filter(e -> e.status() == status).count();
    }

    /** The secretary's entry for one expected member; absent needs a reason. */
    @Transactional
    void record(long meetingId, AttendanceForm form, Viewer viewer) {
        var meeting = plans.lockManaged(meetingId, viewer);
        requireNotCancelled(meeting);
        var errors = new ArrayList<InvalidInputException.FieldError>();
        if (form.status() == AttendanceForm.Status.ABSENT && form.absenceReason() == null) {
            errors.add(new InvalidInputException.FieldError("absenceReason", "meeting.attendance.reasonRequired"));
        }
        if (!isExpected(meeting, form.memberId())) {
            errors.add(new InvalidInputException.FieldError("memberId", "meeting.attendance.notExpected"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        write(meeting, form.memberId(), form.status(), form.absenceReason(), form.note(), "SECRETARY", false);
    }

    /** The signed-in member checks in now: only inside the window, and only when expected. */
    @Transactional
    AttendanceForm.Status checkIn(long meetingId, Viewer viewer, Formats formats) {
        var meeting = meetings.get(meetingId, viewer);
        var status = selfStatus(meeting, viewer, formats);
        write(meeting, viewer.memberId(), status, null, null, "SELF", false);
        return status;
    }

    /**
     * A scan of the meeting's code: as {@link #checkIn}, but once. Empty when the member was already recorded
     * present or late (the scan changes nothing); a member recorded absent who comes after all is checked in.
     */
    @Transactional
    java.util.Optional<AttendanceForm.Status> checkInOnce(Meeting meeting, Viewer viewer, Formats formats) {
        var status = selfStatus(meeting, viewer, formats);
        return write(meeting, viewer.memberId(), status, null, null, "SELF", true)
                ? java.util.Optional.of(status)
                : java.util.Optional.empty();
    }

    /** Present or late now; an error outside the window, or for a member not expected there. */
    private AttendanceForm.Status selfStatus(Meeting meeting, Viewer viewer, Formats formats) {
        requireNotCancelled(meeting);
        if (viewer.memberId() == null || !isExpected(meeting, viewer.memberId())) {
            throw new AccessDeniedException("meeting.attendance.notExpected");
        }
        var now = OffsetDateTime.now(clock);
        var opens = meeting.startsAt().minus(OPENS_BEFORE);
        if (now.isBefore(opens) || now.isAfter(meeting.endsAt())) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldError(
                    "checkIn",
                    "meeting.checkIn.outsideWindow",
                    null,
                    formats.dateTime(opens) + " – " + formats.dateTime(meeting.endsAt()))));
        }
        return now.isAfter(meeting.startsAt().plus(LATE_AFTER))
                ? AttendanceForm.Status.LATE
                : AttendanceForm.Status.PRESENT;
    }

    /** Writes the entry; with {@code once}, a member already present or late is left as he is (false). */
    private boolean write(
            Meeting meeting,
            long memberId,
            AttendanceForm.Status status,
            AttendanceForm.Reason reason,
            String note,
            String source,
            boolean once) {
        var row = new java.util.HashMap<String, Object>();
        row.put("m", meeting.id());
        row.put("member", memberId);
        row.put("status", status.name());
        row.put("reason", status == AttendanceForm.Status.ABSENT ? reason.name() : null);
        row.put("note", MeetingRecords.blankToNull(note));
        row.put("source", source);
        int written = jdbc.sql("INSERT INTO meeting_attendance (meeting_id, member_id, status, absence_reason, note,"
                        + " source) VALUES (:m, :member, :status, :reason, :note, :source) ON CONFLICT (meeting_id,"
                        + " member_id) DO UPDATE SET status = EXCLUDED.status, absence_reason = EXCLUDED.absence_reason,"
                        + " note = EXCLUDED.note, source = EXCLUDED.source, recorded_at = now()"
                        + (once ? " WHERE meeting_attendance.status = 'ABSENT'" : ""))
                .params(row)
                .update();
        if (written > 0) {
            audit.updated("MeetingAttendance", meeting.id(), meeting.hostId(), null, row);
        }
        return written > 0;
    }

    private static void requireNotCancelled(Meeting meeting) {
        if (meeting.status() == Meeting.Status.CANCELLED) {
            throw new ConflictException("meeting.notPlanned.CANCELLED");
        }
    }

    private boolean isExpected(Meeting meeting, long memberId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM (" + expected(meeting) + ") x WHERE x.id = :member)")
                .param("m", meeting.id())
                .param("day", day(meeting))
                .param("member", memberId)
                .query(Boolean.class)
                .single();
    }

    /** The ids of the expected members (column {@code id}); binds {@code :m} and {@code :day}. */
    String expected(Meeting meeting) {
        var parts = new ArrayList<String>();
        parts.add("SELECT i.member_id AS id FROM meeting_invitee i WHERE i.meeting_id = :m AND i.kind = 'MEMBER'");
        parts.add("SELECT h.id FROM meeting_invitee i CROSS JOIN LATERAL ("
                + MemberSql.holdersOn("i.organization_id", "i.position_title", "CAST(:day AS date)")
                + ") h WHERE i.meeting_id = :m AND i.kind = 'POSITION'");
        var cells = jdbc.sql("SELECT c.id FROM (SELECT CAST(:host AS bigint) AS id UNION SELECT i.organization_id FROM"
                        + " meeting_invitee i WHERE i.meeting_id = :m AND i.kind = 'ORGANIZATION') c WHERE "
                        + TreeSql.kind("c.id") + " = 'CELL'")
                .param("host", meeting.hostId())
                .param("m", meeting.id())
                .query(Long.class)
                .list();
        cells.forEach(cell -> parts.add(MemberSql.expectedIn(String.valueOf(cell), "CAST(:day AS date)")));
        return String.join(" UNION ", parts);
    }

    /**
     * The same members as {@link #expected}, for the meeting whose id is in {@code meetingColumn}, hosted by the
     * organization in {@code hostColumn}, on the day {@code dayExpression} (a {@code date}): a subquery of ids
     * (column {@code id}) for a statement over many meetings, joined {@code LATERAL}.
     */
    static String expectedAt(String meetingColumn, String hostColumn, String dayExpression) {
        return "SELECT expected_i.member_id AS id FROM meeting_invitee expected_i WHERE expected_i.meeting_id = "
                + meetingColumn + " AND expected_i.kind = 'MEMBER' UNION SELECT expected_h.id FROM meeting_invitee"
                + " expected_p CROSS JOIN LATERAL ("
                + MemberSql.holdersOn("expected_p.organization_id", "expected_p.position_title", dayExpression)
                + ") expected_h WHERE expected_p.meeting_id = " + meetingColumn + " AND expected_p.kind = 'POSITION'"
                + " UNION SELECT expected_m.id FROM (SELECT " + hostColumn + " AS id UNION SELECT"
                + " expected_o.organization_id FROM meeting_invitee expected_o WHERE expected_o.meeting_id = "
                + meetingColumn + " AND expected_o.kind = 'ORGANIZATION') expected_c CROSS JOIN LATERAL ("
                + MemberSql.expectedIn("expected_c.id", dayExpression) + ") expected_m WHERE "
                + TreeSql.kind("expected_c.id") + " = 'CELL'";
    }

    static LocalDate day(Meeting meeting) {
        return meeting.startsAt().atZoneSameInstant(TimeConfiguration.ZONE).toLocalDate();
    }
}
