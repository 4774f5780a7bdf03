package vn.neuguong.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.member.MemberSql;
import vn.neuguong.organization.TreeSql;

/**
 * What a member's calendar feed lists, read in the same terms as the attendance checklist ({@link Attendance}): the
 * meetings that invite him by name, by a post he holds on the day, or that his cell hosts or is invited to, where he
 * is expected on the day; and his own dated duties, the preparations assigned to him and the follow-up tasks of the
 * latest approved minutes that he owns.
 */
@Component
class CalendarEntries {

    /** How far back the feed reaches; what is older has left the calendars that read it. */
    static final Period HISTORY = Period.ofYears(1);

    private static final String DAY = "CAST((m.starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh') AS date)";
    private static final String ME = "CAST(:me AS bigint)";

    private final JdbcClient jdbc;
    private final Clock clock;

    CalendarEntries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Event(
            long id,
            String title,
            String venue,
            String host,
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,
            Meeting.Status status,
            String cancelReason) {}

    enum DeadlineKind {
        PREPARATION,
        TASK
    }

    record Deadline(
            DeadlineKind kind, long id, String title, LocalDate dueOn, boolean done, long meetingId, String meeting) {}

    record Entries(List<Event> meetings, List<Deadline> deadlines) {

        /** The calendar of an account that is no member's. */
        static final Entries NONE = new Entries(List.of(), List.of());
    }

    @Transactional(readOnly = true)
    Entries of(long memberId) {
        var since = OffsetDateTime.now(clock).minus(HISTORY);
        var meetings = jdbc.sql("SELECT m.id, m.title, m.venue, " + TreeSql.label("m.host_id") + " AS host,"
                        + " m.starts_at, m.ends_at, m.status, m.cancel_reason FROM meeting m"
                        + " WHERE m.starts_at >= :since AND (" + invites() + ") ORDER BY m.starts_at, m.id")
                .param("me", memberId)
                .param("since", since)
                .query(Event.class)
                .list();
        var deadlines = jdbc.sql("SELECT 'PREPARATION' AS kind, p.id, p.title, p.due_on, p.submitted_at IS NOT NULL"
                        + " AS done, m.id AS meeting_id, m.title AS meeting FROM meeting_preparation p JOIN meeting m"
                        + " ON m.id = p.meeting_id WHERE p.member_id = :me AND m.status <> 'CANCELLED'"
                        + " AND p.due_on >= CAST(:since AS date)"
                        + " UNION ALL SELECT 'TASK', t.id, t.task, t.due_on, t.done, m.id, m.title"
                        + " FROM meeting_minutes_task t JOIN meeting_minutes r ON r.id = t.minutes_id"
                        + " JOIN meeting m ON m.id = r.meeting_id WHERE t.owner_member_id = :me AND t.due_on IS NOT"
                        + " NULL AND t.due_on >= CAST(:since AS date) AND r.status = 'APPROVED' AND r.revision ="
                        + " (SELECT max(l.revision) FROM meeting_minutes l WHERE l.meeting_id = r.meeting_id AND"
                        + " l.status = 'APPROVED') ORDER BY 4, 1, 2")
                .param("me", memberId)
                .param("since", since)
                .query(Deadline.class)
                .list();
        return new Entries(meetings, deadlines);
    }

    /** SQL: the meeting {@code m} expects the member {@code :me}, as {@link Attendance#expected} counts him. */
    private static String invites() {
        return "EXISTS (SELECT 1 FROM meeting_invitee i WHERE i.meeting_id = m.id AND i.kind = 'MEMBER'"
                + " AND i.member_id = " + ME + ")"
                + " OR EXISTS (SELECT 1 FROM meeting_invitee i WHERE i.meeting_id = m.id AND i.kind = 'POSITION'"
                + " AND " + ME + " IN (" + MemberSql.holdersOn("i.organization_id", "i.position_title", DAY) + "))"
                + " OR EXISTS (SELECT 1 FROM (SELECT m.host_id AS id UNION SELECT i.organization_id FROM"
                + " meeting_invitee i WHERE i.meeting_id = m.id AND i.kind = 'ORGANIZATION') c WHERE "
                + TreeSql.kind("c.id") + " = 'CELL' AND " + MemberSql.isExpectedIn(ME, "c.id", DAY) + ")";
    }
}
