package vn.neuguong.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.PeriodFigures;
import vn.neuguong.web.TimeConfiguration;

/**
 * The study conferences and cell meetings a subtree held over a period, with their attendance, for the periodic
 * report. A meeting counts where its host lies (a district's conference counts at the district, not at the wards that
 * were its bridge points), once it is marked held, on the day it started. A conference's attendance is its
 * headcounts, at the hall and at every bridge point, as reported: an approximate figure ("gần 180") counts at its
 * value, and a group that reported no expected figure adds to the attendees only. A cell meeting's attendance is its
 * checklist: the members {@link Attendance} expects, and those of them recorded present or late.
 */
@Component
class MeetingPeriodFigures implements PeriodFigures {

    static final List<String> KEYS = List.of(
            "meeting.conferencesHeld",
            "meeting.conferenceInvitees",
            "meeting.conferenceAttendees",
            "meeting.bridgePoints",
            "meeting.bridgePointAttendees",
            "meeting.cellMeetingsHeld",
            "meeting.cellMeetingInvitees",
            "meeting.cellMeetingAttendees");

    private static final String DAY =
            "CAST((m.starts_at AT TIME ZONE '" + TimeConfiguration.ZONE.getId() + "') AS date)";

    private static final String SQL = "WITH s(id) AS " + TreeSql.subtreeIds(":organizationId")
            + ", held AS (SELECT m.id, m.kind, m.host_id, " + DAY + " AS day FROM meeting m WHERE m.status = 'HELD'"
            + " AND m.kind IN ('STUDY_CONFERENCE', 'CELL_REGULAR', 'CELL_THEMATIC') AND m.host_id IN (SELECT id FROM s)"
            + " AND " + DAY + " BETWEEN :from AND :to)"
            + ", conference AS (SELECT h.id FROM held h WHERE h.kind = 'STUDY_CONFERENCE')"
            + ", headcount AS (SELECT sum(c.expected) AS expected, sum(c.actual) AS actual, sum(c.actual) FILTER"
            + " (WHERE c.bridge_point_id IS NOT NULL) AS at_points FROM meeting_headcount c"
            + " WHERE c.meeting_id IN (SELECT id FROM conference))"
            + ", cell_meeting AS (SELECT h.id, h.host_id, h.day FROM held h WHERE h.kind <> 'STUDY_CONFERENCE')"
            + ", expected AS (SELECT cm.id AS meeting_id, x.id AS member_id FROM cell_meeting cm CROSS JOIN LATERAL ("
            + Attendance.expectedAt("cm.id", "cm.host_id", "cm.day") + ") x)"
            + " SELECT (SELECT count(*) FROM conference) AS \"meeting.conferencesHeld\","
            + " (SELECT COALESCE(expected, 0) FROM headcount) AS \"meeting.conferenceInvitees\","
            + " (SELECT COALESCE(actual, 0) FROM headcount) AS \"meeting.conferenceAttendees\","
            + " (SELECT count(*) FROM meeting_bridge_point b WHERE b.meeting_id IN (SELECT id FROM conference))"
            + " AS \"meeting.bridgePoints\","
            + " (SELECT COALESCE(at_points, 0) FROM headcount) AS \"meeting.bridgePointAttendees\","
            + " (SELECT count(*) FROM cell_meeting) AS \"meeting.cellMeetingsHeld\","
            + " (SELECT count(*) FROM expected) AS \"meeting.cellMeetingInvitees\","
            + " (SELECT count(*) FROM expected e JOIN meeting_attendance a ON a.meeting_id = e.meeting_id"
            + " AND a.member_id = e.member_id WHERE a.status IN ('PRESENT', 'LATE')) AS \"meeting.cellMeetingAttendees\"";

    private final JdbcClient jdbc;

    MeetingPeriodFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * {@code conferencesHeld}: study conferences (kind {@code STUDY_CONFERENCE}; not seminars, reviews or ceremonies)
     * held. {@code conferenceInvitees} / {@code conferenceAttendees}: the sums of their headcounts' expected and
     * actual figures, hall and bridge points together; {@code bridgePointAttendees} the part at the bridge points, of
     * which {@code bridgePoints} counts the points. {@code cellMeetingsHeld}: regular and thematic cell meetings
     * held; {@code cellMeetingInvitees}: the members each expected (one per meeting and member); {@code
     * cellMeetingAttendees}: those recorded present or late.
     */
    @Override
    public List<String> keys() {
        return KEYS;
    }

    @Override
    public Map<String, Long> count(long organizationId, LocalDate from, LocalDate to) {
        return PeriodFigures.counted(jdbc, SQL, KEYS, organizationId, from, to);
    }
}
