package vn.neuguong.study;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.neuguong.campaign.CampaignSql;
import vn.neuguong.campaign.Campaigns;
import vn.neuguong.directive.DocumentSql;
import vn.neuguong.member.MemberSql;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.NotFoundException;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.study.ActionProgramme.Measure;
import vn.neuguong.study.ActionProgramme.Row;
import vn.neuguong.study.ActionProgramme.Update;

/** The action programmes as they are read, each through {@link ProgrammeAccess}; another's is answered as missing. */
@Repository
public class ActionProgrammes {

    static final int DEFAULT_PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 200;

    private static final String STATE =
            "CASE WHEN m.status <> 'DONE' AND m.due_on < :today THEN 'OVERDUE'" + " ELSE m.status END";

    private static final String HEAD = "SELECT p.id, p.campaign_id, " + CampaignSql.title("p.campaign_id")
            + " AS campaign_title, p.organization_id, " + TreeSql.name("p.organization_id")
            + " AS organization_name, p.title, p.status, p.adopted_on, p.adopted_by, p.document_id, "
            + DocumentSql.numberText("p.document_id") + " AS document_number, p.version FROM study_programme p";

    private static final String ROW = "SELECT p.id, p.campaign_id, " + CampaignSql.title("p.campaign_id")
            + " AS campaign_title, p.organization_id, " + TreeSql.name("p.organization_id")
            + " AS organization_name, p.title, p.status, p.adopted_on,"
            + " (SELECT count(*) FROM study_programme_measure m WHERE m.programme_id = p.id) AS measures,"
            + " (SELECT count(*) FROM study_programme_measure m WHERE m.programme_id = p.id AND m.status = 'DONE')"
            + " AS done, (SELECT count(*) FROM study_programme_measure m WHERE m.programme_id = p.id AND " + STATE
            + " = 'OVERDUE') AS overdue, p.version FROM study_programme p";

    private record Head(
            long id,
            long campaignId,
            String campaignTitle,
            long organizationId,
            String organizationName,
            String title,
            ActionProgramme.Status status,
            LocalDate adoptedOn,
            String adoptedBy,
            Long documentId,
            String documentNumber,
            int version) {}

    private record UpdateRow(
            long measureId,
            long id,
            ActionProgramme.Progress status,
            int percent,
            String note,
            LocalDate reportedOn,
            String reportedBy) {}

    private final JdbcClient jdbc;
    private final Campaigns campaigns;

    ActionProgrammes(JdbcClient jdbc, Campaigns campaigns) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
    }

    /** The programme, if the access reads it; 404 otherwise. */
    public ActionProgramme get(long id, ProgrammeAccess access, LocalDate today) {
        return find("p.id = :id AND " + access.readable("p.organization_id"), id, access.parameters(), today)
                .orElseThrow(() -> new NotFoundException("ActionProgramme", id));
    }

    /** Whether the access changes the programme's committee. */
    boolean edits(ActionProgramme programme, ProgrammeAccess access) {
        return jdbc.sql("SELECT " + access.editable(":org"))
                .param("org", programme.organizationId())
                .query(Boolean.class)
                .single();
    }

    /** The programme as it stands now, locked for a change. */
    ActionProgramme lock(long id, LocalDate today) {
        jdbc.sql("SELECT id FROM study_programme WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query(Long.class)
                .single();
        return find("p.id = :id", id, Map.of(), today).orElseThrow();
    }

    private Optional<ActionProgramme> find(String condition, long id, Map<String, ?> parameters, LocalDate today) {
        return jdbc.sql(HEAD + " WHERE " + condition)
                .param("id", id)
                .params(parameters)
                .query(Head.class)
                .optional()
                .map(h -> complete(h, today));
    }

    private ActionProgramme complete(Head h, LocalDate today) {
        var goals = jdbc.sql("SELECT text FROM study_programme_goal WHERE programme_id = :id ORDER BY position")
                .param("id", h.id())
                .query(String.class)
                .list();
        var updates = jdbc
                .sql("SELECT u.measure_id, u.id, u.status, u.percent, u.note, u.reported_on, u.reported_by"
                        + " FROM study_measure_progress u JOIN study_programme_measure m ON m.id = u.measure_id"
                        + " WHERE m.programme_id = :id ORDER BY u.reported_on, u.id")
                .param("id", h.id())
                .query(UpdateRow.class)
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        UpdateRow::measureId,
                        Collectors.mapping(
                                u -> new Update(
                                        u.id(), u.status(), u.percent(), u.note(), u.reportedOn(), u.reportedBy()),
                                Collectors.toList())));
        var measures = jdbc.sql("SELECT m.id, m.position, m.content, m.owner_member_id, "
                        + MemberSql.fullName("m.owner_member_id") + " AS owner_member_name, m.owner_text,"
                        + " m.starts_on, m.due_on, m.status, " + STATE + " AS state, m.percent, m.progress_on"
                        + " FROM study_programme_measure m WHERE m.programme_id = :id ORDER BY m.position")
                .param("id", h.id())
                .param("today", today)
                .query((rs, n) -> new Measure(
                        rs.getLong("id"),
                        rs.getInt("position"),
                        rs.getString("content"),
                        rs.getObject("owner_member_id", Long.class),
                        rs.getString("owner_member_name"),
                        rs.getString("owner_text"),
                        rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("due_on", LocalDate.class),
                        ActionProgramme.Progress.valueOf(rs.getString("status")),
                        ActionProgramme.State.valueOf(rs.getString("state")),
                        rs.getInt("percent"),
                        rs.getObject("progress_on", LocalDate.class),
                        updates.getOrDefault(rs.getLong("id"), List.of())))
                .list();
        var campaign = campaigns.get(h.campaignId(), Scope.everything());
        return new ActionProgramme(
                h.id(),
                h.campaignId(),
                h.campaignTitle(),
                campaign.startsOn(),
                campaign.endsOn(),
                h.organizationId(),
                h.organizationName(),
                h.title(),
                h.status(),
                h.adoptedOn(),
                h.adoptedBy(),
                h.documentId(),
                h.documentNumber(),
                goals,
                measures,
                h.version());
    }

    /** The programmes the access reads, of a campaign and a committee when given, the newest campaign first. */
    public Page<Row> list(
            Long campaignId, Long organizationId, ProgrammeAccess access, PageRequest request, LocalDate today) {
        String where = " WHERE " + access.readable("p.organization_id")
                + " AND (CAST(:campaign AS bigint) IS NULL OR p.campaign_id = :campaign)"
                + " AND (CAST(:org AS bigint) IS NULL OR p.organization_id = :org)";
        long total = jdbc.sql("SELECT count(*) FROM study_programme p" + where)
                .param("campaign", campaignId)
                .param("org", organizationId)
                .params(access.parameters())
                .query(Long.class)
                .single();
        var items = jdbc.sql(ROW + where + " ORDER BY p.campaign_id DESC, " + TreeSql.path("p.organization_id")
                        + ", p.id" + request.limitOffset())
                .param("campaign", campaignId)
                .param("org", organizationId)
                .param("today", today)
                .params(access.parameters())
                .query(Row.class)
                .list();
        return Page.of(items, request, total);
    }

    /** The id of the committee's programme for the campaign, if one is drafted. */
    Optional<Long> idOf(long campaignId, long organizationId) {
        return jdbc.sql("SELECT id FROM study_programme WHERE campaign_id = :c AND organization_id = :o")
                .param("c", campaignId)
                .param("o", organizationId)
                .query(Long.class)
                .optional();
    }
}
