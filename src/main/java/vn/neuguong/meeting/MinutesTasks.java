package vn.neuguong.meeting;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.member.MemberSql;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.NotFoundException;

/**
 * The follow-up tasks of approved minutes are marked done by the member who owns one or by the host's staff. A task
 * of another meeting, of a draft, or of a meeting the viewer neither sees nor owns a task of, is answered 404.
 */
@Component
class MinutesTasks {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    MinutesTasks(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    private record Found(long hostId, Long ownerMemberId, boolean done, boolean visible, boolean manages) {}

    @Transactional
    MinutesViews.Task markDone(long meetingId, long taskId, Viewer viewer) {
        var parameters = viewer.parameters();
        var found = jdbc.sql("SELECT m.host_id, t.owner_member_id, t.done, COALESCE(" + viewer.visible("m")
                        + ", false) AS visible, COALESCE(" + viewer.manages("m")
                        + ", false) AS manages FROM meeting_minutes_task t JOIN meeting_minutes r ON"
                        + " r.id = t.minutes_id JOIN meeting m ON m.id = r.meeting_id WHERE t.id = :task AND m.id ="
                        + " :meeting AND r.status = 'APPROVED' FOR UPDATE OF t")
                .params(parameters)
                .param("task", taskId)
                .param("meeting", meetingId)
                .query(Found.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("MeetingMinutesTask", taskId));
        boolean owner = found.ownerMemberId() != null && found.ownerMemberId().equals(viewer.memberId());
        if (!owner && !found.visible()) {
            throw new NotFoundException("MeetingMinutesTask", taskId);
        }
        if (!owner && !found.manages()) {
            throw new AccessDeniedException("meeting.minutes.task.notYours");
        }
        if (!found.done()) {
            jdbc.sql("UPDATE meeting_minutes_task SET done = true WHERE id = :task")
                    .param("task", taskId)
                    .update();
            audit.updated(
                    "MeetingMinutesTask",
                    taskId,
                    found.hostId(),
                    Map.of("meetingId", meetingId, "done", false),
                    Map.of("meetingId", meetingId, "done", true));
        }
        return task(taskId);
    }

    private MinutesViews.Task task(long taskId) {
        return jdbc.sql("SELECT t.id, t.position, t.task, t.owner_organization_id, "
                        + TreeSql.name("t.owner_organization_id") + " AS owner_organization_name, t.owner_member_id, "
                        + MemberSql.fullName("t.owner_member_id") + " AS owner_member_name, t.due_on, t.done"
                        + " FROM meeting_minutes_task t WHERE t.id = :id")
                .param("id", taskId)
                .query(MinutesViews.Task.class)
                .single();
    }
}
