package vn.neuguong.meeting;

import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.neuguong.campaign.Campaigns;
import vn.neuguong.directive.DocumentSql;
import vn.neuguong.meeting.MeetingViews.AgendaItem;
import vn.neuguong.meeting.MeetingViews.CoHost;
import vn.neuguong.meeting.MeetingViews.Invitee;
import vn.neuguong.meeting.MeetingViews.Material;
import vn.neuguong.meeting.MeetingViews.MeetingDetail;
import vn.neuguong.meeting.MeetingViews.MeetingRow;
import vn.neuguong.member.MemberSql;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.NotFoundException;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.web.TimeConfiguration;

/** The meetings as they are read, each statement filtered by what the viewer may see ({@link Viewer}). */
@Repository
public class Meetings {

    static final String COLUMNS = "m.id, m.kind, m.format, m.title, m.host_id, m.host_body, m.venue, m.starts_at,"
            + " m.ends_at, m.campaign_id, m.requirement_id, m.capacity, m.status, m.cancel_reason, m.version";

    private final JdbcClient jdbc;
    private final Campaigns campaigns;
    private final Places places;

    Meetings(JdbcClient jdbc, Campaigns campaigns, Places places) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.places = places;
    }

    /** The meetings the viewer sees, latest start first. */
    Page<MeetingRow> list(MeetingFilter filter, Viewer viewer, PageRequest request) {
        var parameters = new HashMap<String, Object>(viewer.parameters());
        var where = new StringBuilder(viewer.visible("m"));
        if (filter.kind() != null) {
            where.append(" AND m.kind = :kind");
            parameters.put("kind", filter.kind().name());
        }
        if (filter.status() != null) {
            where.append(" AND m.status = :status");
            parameters.put("status", filter.status().name());
        }
        if (filter.from() != null) {
            where.append(" AND m.starts_at >= :from");
            parameters.put(
                    "from", filter.from().atStartOfDay(TimeConfiguration.ZONE).toOffsetDateTime());
        }
        if (filter.to() != null) {
            where.append(" AND m.starts_at < :to");
            parameters.put(
                    "to",
                    filter.to().plusDays(1).atStartOfDay(TimeConfiguration.ZONE).toOffsetDateTime());
        }
        if (filter.organizationId() != null) {
            where.append(" AND (m.host_id = :org OR EXISTS (SELECT 1 FROM meeting_cohost fc WHERE fc.meeting_id = m.id"
                    + " AND fc.organization_id = :org) OR EXISTS (SELECT 1 FROM meeting_bridge_point fb WHERE"
                    + " fb.meeting_id = m.id AND fb.organization_id = :org))");
            parameters.put("org", filter.organizationId());
        }
        long total = jdbc.sql("SELECT count(*) FROM meeting m WHERE " + where)
                .params(parameters)
                .query(Long.class)
                .single();
        var items = jdbc.sql("SELECT m.id, m.title, m.kind, m.format, m.host_id, " + TreeSql.name("m.host_id")
                        + " AS host_name, m.host_body, m.venue, m.starts_at, m.ends_at, m.status, m.cancel_reason,"
                        + " (SELECT count(*) FROM meeting_bridge_point b WHERE b.meeting_id = m.id) AS bridge_points,"
                        + " (SELECT CASE WHEN bool_or(mm.status = 'APPROVED') THEN 'APPROVED' WHEN count(*) > 0"
                        + " THEN 'DRAFT' ELSE 'NONE' END FROM meeting_minutes mm WHERE mm.meeting_id = m.id) AS minutes"
                        + " FROM meeting m WHERE " + where + " ORDER BY m.starts_at DESC, m.id DESC"
                        + request.limitOffset())
                .params(parameters)
                .query(MeetingRow.class)
                .list();
        return Page.of(items, request, total);
    }

    Optional<Meeting> find(long id, Viewer viewer) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM meeting m WHERE m.id = :id AND " + viewer.visible("m"))
                .param("id", id)
                .params(viewer.parameters())
                .query(Meeting.class)
                .optional();
    }

    /** The meeting, or 404 when it does not exist or the viewer may not see it. */
    Meeting get(long id, Viewer viewer) {
        return find(id, viewer).orElseThrow(() -> new NotFoundException("Meeting", id));
    }

    /** Whether the viewer's scope covers the meeting's host or a co-host. */
    boolean manages(long id, Viewer viewer) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM meeting m WHERE m.id = :id AND " + viewer.manages("m") + ")")
                .param("id", id)
                .params(viewer.parameters())
                .query(Boolean.class)
                .single();
    }

    MeetingDetail detail(long id, Viewer viewer) {
        var meeting = get(id, viewer);
        String hostName = jdbc.sql("SELECT " + TreeSql.name(":host"))
                .param("host", meeting.hostId())
                .query(String.class)
                .single();
        var coHosts = jdbc.sql("SELECT c.organization_id AS id, " + TreeSql.name("c.organization_id")
                        + " AS name FROM meeting_cohost c WHERE c.meeting_id = :id ORDER BY 2")
                .param("id", id)
                .query(CoHost.class)
                .list();
        String campaignTitle = null;
        String requirementKind = null;
        String requirementLabel = null;
        if (meeting.campaignId() != null) {
            campaignTitle = campaigns
                    .find(meeting.campaignId(), Scope.everything())
                    .map(c -> c.title())
                    .orElse(null);
            var requirement = campaigns.requirements(meeting.campaignId()).stream()
                    .filter(r -> Long.valueOf(r.id()).equals(meeting.requirementId()))
                    .findFirst();
            requirementKind = requirement.map(r -> r.kind().name()).orElse(null);
            requirementLabel = requirement.map(r -> r.label()).orElse(null);
        }
        var materials = jdbc.sql("SELECT d.id AS document_id, d.number, d.summary FROM meeting_material mm JOIN "
                        + DocumentSql.summaries()
                        + " d ON d.id = mm.document_id WHERE mm.meeting_id = :id ORDER BY d.issued_on, d.id")
                .param("id", id)
                .query(Material.class)
                .list();
        var points = places.bridgePoints(id);
        var hall = places.hall(id);
        return new MeetingDetail(
                meeting,
                hostName,
                coHosts,
                campaignTitle,
                requirementKind,
                requirementLabel,
                materials,
                agenda(id),
                invitees(id),
                points,
                hall,
                Places.table(meeting, hostName, hall, points),
                manages(id, viewer));
    }

    List<AgendaItem> agenda(long id) {
        return jdbc.sql("SELECT a.id, a.position, a.topic, a.presenter_member_id, COALESCE("
                        + MemberSql.fullName("a.presenter_member_id")
                        + ", a.presenter_name) AS presenter_name, a.presenter_title FROM meeting_agenda_item a"
                        + " WHERE a.meeting_id = :id ORDER BY a.position")
                .param("id", id)
                .query(AgendaItem.class)
                .list();
    }

    List<Invitee> invitees(long id) {
        return jdbc.sql("SELECT i.id, i.kind, i.organization_id, " + TreeSql.name("i.organization_id")
                        + " AS organization_name, i.position_title, i.member_id, " + MemberSql.fullName("i.member_id")
                        + " AS member_name, i.guest_name, i.guest_title, i.role, i.bridge_point_id"
                        + " FROM meeting_invitee i WHERE i.meeting_id = :id ORDER BY i.role DESC, i.id")
                .param("id", id)
                .query(Invitee.class)
                .list();
    }
}
