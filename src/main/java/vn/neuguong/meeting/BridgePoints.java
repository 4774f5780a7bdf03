package vn.neuguong.meeting;

import java.util.ArrayList;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.member.MemberSql;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.InvalidInputException.FieldError;
import vn.neuguong.shared.NotFoundException;

/**
 * The bridge points of an online or hybrid meeting. The host's staff add and remove them; the host's staff or the
 * point's own organization report its headcounts, on the version they read.
 */
@Component
class BridgePoints {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final MeetingPlans plans;
    private final MeetingRecords records;
    private final Meetings meetings;

    BridgePoints(JdbcClient jdbc, AuditLog audit, MeetingPlans plans, MeetingRecords records, Meetings meetings) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.plans = plans;
        this.records = records;
        this.meetings = meetings;
    }

    private record Stored(long id, long meetingId, Long parentId, long organizationId, int version) {}

    @Transactional
    long add(long meetingId, BridgePointForm form, Viewer viewer) {
        var meeting = plans.lockManaged(meetingId, viewer);
        requireOpen(meeting);
        var errors = check(meeting, form, null);
        if (form.organizationId() != null) {
            if (!jdbc.sql("SELECT " + TreeSql.isOpen(":org") + " AND " + TreeSql.within(":org", ":host"))
                    .param("org", form.organizationId())
                    .param("host", meeting.hostId())
                    .query(Boolean.class)
                    .single()) {
                errors.add(new FieldError("organizationId", "meeting.bridgePoint.outsideHost"));
            } else if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM meeting_bridge_point WHERE meeting_id = :m AND"
                            + " organization_id = :org)")
                    .param("m", meetingId)
                    .param("org", form.organizationId())
                    .query(Boolean.class)
                    .single()) {
                errors.add(new FieldError("organizationId", "meeting.bridgePoint.duplicate"));
            }
        }
        if (!meeting.format().remote()) {
            errors.add(new FieldError("format", "meeting.bridgePoint.inPerson"));
        }
        throwIfAny(errors);
        long id = jdbc.sql("INSERT INTO meeting_bridge_point (meeting_id, parent_id, organization_id, site,"
                        + " host_member_id, host_name, capacity, connection) VALUES (:m, :parent, :org, :site, :member,"
                        + " :name, :capacity, :connection) RETURNING id")
                .param("m", meetingId)
                .param("parent", form.parentId())
                .param("org", form.organizationId())
                .params(columns(form))
                .query(Long.class)
                .single();
        records.writeGroups(meetingId, id, form.groups());
        audit.created("BridgePoint", id, meeting.hostId(), form);
        return id;
    }

    /** Reports a point's site, host, connection and headcounts; its organization and parent stay as created. */
    @Transactional
    void update(long meetingId, long pointId, int version, BridgePointForm form, Viewer viewer) {
        var meeting = meetings.get(meetingId, viewer);
        var stored = lock(meetingId, pointId);
        boolean own = jdbc.sql("SELECT " + viewer.scope().coversOrganization(":org"))
                .param("org", stored.organizationId())
                .query(Boolean.class)
                .single();
        if (!own && !meetings.manages(meetingId, viewer)) {
            throw new AccessDeniedException("meeting.notManaged");
        }
        requireOpen(meeting);
        if (stored.version() != version) {
            throw new ConflictException("meeting.version.stale");
        }
        var errors = check(meeting, form, stored);
        if (form.organizationId() != null && form.organizationId() != stored.organizationId()) {
            errors.add(new FieldError("organizationId", "meeting.bridgePoint.fixed"));
        }
        throwIfAny(errors);
        jdbc.sql("UPDATE meeting_bridge_point SET site = :site, host_member_id = :member, host_name = :name,"
                        + " capacity = :capacity, connection = :connection, version = version + 1 WHERE id = :id")
                .param("id", pointId)
                .params(columns(form))
                .update();
        records.writeGroups(meetingId, pointId, form.groups());
        audit.updated("BridgePoint", pointId, meeting.hostId(), stored, form);
    }

    @Transactional
    void remove(long meetingId, long pointId, Viewer viewer) {
        var meeting = plans.lockManaged(meetingId, viewer);
        requireOpen(meeting);
        var stored = lock(meetingId, pointId);
        jdbc.sql("DELETE FROM meeting_bridge_point WHERE id = :id")
                .param("id", pointId)
                .update();
        audit.deleted("BridgePoint", pointId, meeting.hostId(), stored);
    }

    /** The id of the meeting's bridge point of the organization. */
    long idOf(long meetingId, long organizationId) {
        return jdbc.sql("SELECT id FROM meeting_bridge_point WHERE meeting_id = :m AND organization_id = :o")
                .param("m", meetingId)
                .param("o", organizationId)
                .query(Long.class)
                .single();
    }

    private static void requireOpen(Meeting meeting) {
        if (meeting.status() == Meeting.Status.CANCELLED) {
            throw new ConflictException("meeting.notPlanned.CANCELLED");
        }
    }

    private java.util.List<FieldError> check(Meeting meeting, BridgePointForm form, Stored stored) {
        var errors = new ArrayList<>(Headcount.check(form.groups(), form.capacity()));
        Long parent = stored == null ? form.parentId() : stored.parentId();
        if (stored != null && !Objects.equals(form.parentId(), stored.parentId())) {
            errors.add(new FieldError("parentId", "meeting.bridgePoint.fixed"));
        } else if (parent != null
                && !jdbc.sql("SELECT EXISTS (SELECT 1 FROM meeting_bridge_point WHERE id = :p AND meeting_id = :m)")
                        .param("p", parent)
                        .param("m", meeting.id())
                        .query(Boolean.class)
                        .single()) {
            errors.add(new FieldError("parentId", "meeting.bridgePoint.parentNotFound"));
        }
        if (form.hostMemberId() != null
                && !jdbc.sql("SELECT " + MemberSql.exists(":id"))
                        .param("id", form.hostMemberId())
                        .query(Boolean.class)
                        .single()) {
            errors.add(new FieldError("hostMemberId", "meeting.member.notFound"));
        }
        return errors;
    }

    private static void throwIfAny(java.util.List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static Map<String, Object> columns(BridgePointForm form) {
        var columns = new java.util.HashMap<String, Object>();
        columns.put("site", MeetingRecords.blankToNull(form.site()));
        columns.put("member", form.hostMemberId());
        columns.put("name", MeetingRecords.blankToNull(form.hostName()));
        columns.put("capacity", form.capacity());
        columns.put("connection", form.connectionOrDefault().name());
        return columns;
    }

    private Stored lock(long meetingId, long pointId) {
        return jdbc.sql("SELECT id, meeting_id, parent_id, organization_id, version FROM meeting_bridge_point"
                        + " WHERE id = :id AND meeting_id = :m FOR UPDATE")
                .param("id", pointId)
                .param("m", meetingId)
                .query(Stored.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("BridgePoint", pointId));
    }
}
