package vn.neuguong.meeting;

import java.util.Collection;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.AuditSubjects;

/**
 * Names meetings in the audit log by their title; their attendance, invitees and minutes (with the revision) by the
 * meeting's.
 */
@Component
class MeetingAuditSubjects implements AuditSubjects {

    private final JdbcClient jdbc;

    MeetingAuditSubjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String entityType() {
        return "Meeting";
    }

    @Override
    public Map<String, Subject> subjects(Collection<String> ids) {
        return AuditSubjects.select(jdbc, "SELECT m.id, m.title FROM meeting m WHERE m.id IN (:ids)", ids);
    }

    /** The attendance rows of a meeting, audited under the meeting's id. */
    @Component
    static class AttendanceSubjects extends MeetingAuditSubjects {

        AttendanceSubjects(JdbcClient jdbc) {
            super(jdbc);
        }

        @Override
        public String entityType() {
            return "MeetingAttendance";
        }
    }

    /** An invitee, named by its meeting's title. */
    @Component
    static class Invitees implements AuditSubjects {

        private final JdbcClient jdbc;

        Invitees(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String entityType() {
            return "MeetingInvitee";
        }

        @Override
        public Map<String, Subject> subjects(Collection<String> ids) {
            return AuditSubjects.select(
                    jdbc,
                    "SELECT i.id, m.title FROM meeting_invitee i JOIN meeting m ON m.id ="
                            + " i.meeting_id WHERE i.id IN (:ids)",
                    ids);
        }
    }

    /** A bridge point, named by its organization and its meeting. */
    @Component
    static class BridgePoints implements AuditSubjects {

        private final JdbcClient jdbc;

        BridgePoints(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String entityType() {
            return "BridgePoint";
        }

        @Override
        public Map<String, Subject> subjects(Collection<String> ids) {
            return AuditSubjects.select(
                    jdbc,
                    "SELECT b.id, " + TreeSql.name("b.organization_id")
                            + " || ' · ' || m.title FROM meeting_bridge_point b JOIN meeting m ON m.id = b.meeting_id"
                            + " WHERE b.id IN (:ids)",
                    ids);
        }
    }

    /** A revision of the minutes, named by its meeting's title and its revision number. */
    @Component
    static class Minutes implements AuditSubjects {

        private final JdbcClient jdbc;

        Minutes(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String entityType() {
            return "MeetingMinutes";
        }

        @Override
        public Map<String, Subject> subjects(Collection<String> ids) {
            return AuditSubjects.select(
                    jdbc,
                    "SELECT mm.id, m.title || ' #' || mm.revision FROM meeting_minutes mm JOIN meeting m ON m.id ="
                            + " mm.meeting_id WHERE mm.id IN (:ids)",
                    ids);
        }
    }
}
