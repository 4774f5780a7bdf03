package vn.neuguong.meeting;

import java.util.ArrayList;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.member.MemberSql;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.InvalidInputException.FieldError;
import vn.neuguong.shared.NotFoundException;

/** Who a meeting invites, added and removed by the staff who manage it. */
@Component
class Invitees {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final MeetingPlans plans;

    Invitees(JdbcClient jdbc, AuditLog audit, MeetingPlans plans) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.plans = plans;
    }

    @Transactional
    long add(long meetingId, InviteeForm form, Viewer viewer) {
        var meeting = plans.lockManaged(meetingId, viewer);
        if (meeting.status() == Meeting.Status.CANCELLED) {
            throw new ConflictException("meeting.notPlanned.CANCELLED");
        }
        var errors = new ArrayList<>(form.check());
        boolean withOrganization =
                form.kind() == InviteeForm.Kind.ORGANIZATION || form.kind() == InviteeForm.Kind.POSITION;
        if (withOrganization && form.organizationId() != null && !holds(TreeSql.isOpen(":id"), form.organizationId())) {
            errors.add(new FieldError("organizationId", "meeting.organization.notFound"));
        }
        if (form.kind() == InviteeForm.Kind.MEMBER
                && form.memberId() != null
                && !holds(MemberSql.exists(":id"), form.memberId())) {
            errors.add(new FieldError("memberId", "meeting.member.notFound"));
        }
        if (form.bridgePointId() != null
                && !holds(
                        "EXISTS (SELECT 1 FROM meeting_bridge_point WHERE id = :id AND meeting_id = " + meetingId + ")",
                        form.bridgePointId())) {
            errors.add(new FieldError("bridgePointId", "meeting.bridgePoint.notFound"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        boolean guest = form.kind() == InviteeForm.Kind.GUEST;
        long id = jdbc.sql("INSERT INTO meeting_invitee (meeting_id, kind, organization_id, position_title, member_id,"
                        + " guest_name, guest_title, role, bridge_point_id) VALUES (:m, :kind, :org, :title, :member,"
                        + " :guest, :guestTitle, :role, :point) RETURNING id")
                .param("m", meetingId)
                .param("kind", form.kind().name())
                .param("org", withOrganization ? form.organizationId() : null)
                .param(
                        "title",
                        form.kind() == InviteeForm.Kind.POSITION
                                ? form.positionTitle().name()
                                : null)
                .param("member", form.kind() == InviteeForm.Kind.MEMBER ? form.memberId() : null)
                .param("guest", guest ? form.guestName().strip() : null)
                .param("guestTitle", guest ? MeetingRecords.blankToNull(form.guestTitle()) : null)
                .param("role", form.roleOrDefault().name())
                .param("point", form.bridgePointId())
                .query(Long.class)
                .single();
        audit.created("MeetingInvitee", id, meeting.hostId(), form);
        return id;
    }

    @Transactional
    void remove(long meetingId, long inviteeId, Viewer viewer) {
        var meeting = plans.lockManaged(meetingId, viewer);
        int removed = jdbc.sql("DELETE FROM meeting_invitee WHERE id = :id AND meeting_id = :m")
                .param("id", inviteeId)
                .param("m", meetingId)
                .update();
        if (removed == 0) {
            throw new NotFoundException("MeetingInvitee", inviteeId);
        }
        audit.deleted("MeetingInvitee", inviteeId, meeting.hostId(), java.util.Map.of("meetingId", meetingId));
    }

    private boolean holds(String condition, long id) {
        return jdbc.sql("SELECT " + condition)
                .param("id", id)
                .query(Boolean.class)
                .single();
    }
}
