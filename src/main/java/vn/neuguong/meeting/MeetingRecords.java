package vn.neuguong.meeting;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.shared.AuditLog;

/** The writes of a meeting's own rows, inside the transactions of {@link MeetingPlans} and the parts' commands. */
@Component
class MeetingRecords {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    MeetingRecords(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    long insert(MeetingForm form) {
        return bind(
                        jdbc.sql(
                                "INSERT INTO meeting (kind, format, title, host_id, host_body, venue, starts_at, ends_at,"
                                        + " campaign_id, requirement_id, capacity) VALUES (:kind, :format, :title, :host,"
                                        + " :hostBody, :venue, :starts, :ends, :campaign, :requirement, :capacity) RETURNING id"),
                        form)
                .query(Long.class)
                .single();
    }

    void update(long id, MeetingForm form) {
        bind(
                        jdbc.sql("UPDATE meeting SET kind = :kind, format = :format, title = :title, host_id = :host,"
                                + " host_body = :hostBody, venue = :venue, starts_at = :starts, ends_at = :ends,"
                                + " campaign_id = :campaign, requirement_id = :requirement, capacity = :capacity,"
                                + " version = version + 1 WHERE id = :id"),
                        form)
                .param("id", id)
                .update();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, MeetingForm form) {
        return statement
                .param("kind", form.kind().name())
                .param("format", form.format().name())
                .param("title", form.title().strip())
                .param("host", form.hostId())
                .param(
                        "hostBody",
                        form.hostBody() == null ? null : form.hostBody().name())
                .param("venue", blankToNull(form.venue()))
                .param("starts", MeetingPlans.at(form.startsAt()))
                .param("ends", MeetingPlans.at(form.endsAt()))
                .param("campaign", form.campaignId())
                .param("requirement", form.requirementId())
                .param("capacity", form.capacity());
    }

    /** Co-hosts, materials, agenda and the hall's headcounts as the form has them now. */
    void replaceParts(long id, MeetingForm form) {
        for (String table : List.of("meeting_cohost", "meeting_material", "meeting_agenda_item")) {
            jdbc.sql("DELETE FROM " + table + " WHERE meeting_id = :id")
                    .param("id", id)
                    .update();
        }
        form.coHosts()
                .forEach(org -> jdbc.sql("INSERT INTO meeting_cohost (meeting_id, organization_id) VALUES (:id, :org)")
                        .param("id", id)
                        .param("org", org)
                        .update());
        form.materials()
                .forEach(doc -> jdbc.sql("INSERT INTO meeting_material (meeting_id, document_id) VALUES (:id, :doc)")
                        .param("id", id)
                        .param("doc", doc)
                        .update());
        var agenda = form.filledAgenda();
        for (int i = 0; i < agenda.size(); i++) {
            var row = agenda.get(i);
            jdbc.sql(
                            "INSERT INTO meeting_agenda_item (meeting_id, position, topic, presenter_member_id,"
                                    + " presenter_name, presenter_title) VALUES (:id, :position, :topic, :member, :name, :title)")
                    .param("id", id)
                    .param("position", i)
                    .param("topic", row.topic().strip())
                    .param("member", row.presenterMemberId())
                    .param("name", blankToNull(row.presenterName()))
                    .param("title", blankToNull(row.presenterTitle()))
                    .update();
        }
        writeGroups(id, null, form.groups());
    }

    /** Replaces the headcount groups of the hall ({@code bridgePointId} null) or of one bridge point. */
    void writeGroups(long meetingId, Long bridgePointId, List<Headcount> groups) {
        jdbc.sql("DELETE FROM meeting_headcount WHERE meeting_id = :id AND bridge_point_id IS NOT DISTINCT FROM"
                        + " CAST(:point AS bigint)")
                .param("id", meetingId)
                .param("point", bridgePointId)
                .update();
        var filled = Headcount.filled(groups);
        for (int i = 0; i < filled.size(); i++) {
            var group = filled.get(i);
            jdbc.sql("INSERT INTO meeting_headcount (meeting_id, bridge_point_id, position, label, expected, actual,"
                            + " approximation) VALUES (:id, :point, :position, :label, :expected, :actual, :approx)")
                    .param("id", meetingId)
                    .param("point", bridgePointId)
                    .param("position", i)
                    .param("label", group.label().strip())
                    .param("expected", group.expected())
                    .param("actual", group.actual())
                    .param("approx", group.reported().name())
                    .update();
        }
    }

    Meeting lock(long id) {
        return jdbc.sql("SELECT " + Meetings.COLUMNS + " FROM meeting m WHERE m.id = :id FOR UPDATE")
                .param("id", id)
                .query(Meeting.class)
                .single();
    }

    /** Writes a new status (held, cancelled with its reason) and its audit row. */
    Meeting changeStatus(Meeting before, Meeting after) {
        jdbc.sql("UPDATE meeting SET status = :status, cancel_reason = :reason, version = :version WHERE id = :id")
                .param("status", after.status().name())
                .param("reason", after.cancelReason())
                .param("version", after.version())
                .param("id", after.id())
                .update();
        audit.updated("Meeting", after.id(), after.hostId(), before, after);
        return after;
    }

    boolean hasBridgePoints(long meetingId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM meeting_bridge_point WHERE meeting_id = :id)")
                .param("id", meetingId)
                .query(Boolean.class)
                .single();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
