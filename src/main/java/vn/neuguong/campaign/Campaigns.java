package vn.neuguong.campaign;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.neuguong.campaign.CampaignViews.CampaignDetail;
import vn.neuguong.campaign.CampaignViews.CampaignRow;
import vn.neuguong.directive.DocumentSql;
import vn.neuguong.directive.DocumentSummary;
import vn.neuguong.directive.Documents;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.NotFoundException;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;

/**
 * The campaigns as they are read. A staff member sees those owned inside the scope and those aimed at a subtree that
 * overlaps it; only the owner's staff change a campaign ({@link CampaignDrafts}, {@link Cascades}).
 */
@Repository
public class Campaigns {

    static final String COLUMNS = "c.id, c.title, c.theme, c.directing_document_id, c.owner_id, c.parent_id, "
            + "c.starts_on, c.ends_on, c.status, c.launched_on, c.version, c.term_campaign_id";

    static final String ROW_COLUMNS = "c.id, c.title, c.owner_id, " + TreeSql.name("c.owner_id") + " AS owner_name, "
            + "c.parent_id, " + DocumentSql.numberText("c.directing_document_id") + " AS directing_number, "
            + "c.starts_on, c.ends_on, c.status";

    /** How many documents the campaign forms offer to pick from; the form says so when there are more. */
    static final int DOCUMENT_PICKER_SIZE = 200;

    private final JdbcClient jdbc;
    private final Documents documents;
    private final CampaignOrganizations organizations;

    Campaigns(JdbcClient jdbc, Documents documents, CampaignOrganizations organizations) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.organizations = organizations;
    }

    /**
     * SQL: the campaign {@code c} is owned inside the scope or aimed at a subtree that overlaps it (a target inside
     * the scope, or above its top).
     */
    static String visible(Scope scope) {
        if (scope.unrestricted()) {
            return "TRUE";
        }
        return "(" + scope.coversOrganization("c.owner_id")
                + " OR EXISTS (SELECT 1 FROM campaign_target vt WHERE vt.campaign_id = c.id AND "
                + scope.coversOrAbove("vt.organization_id") + "))";
    }

    /**
     * The campaigns {@link #visible} is true for, for a list: their ids from the owners' and the targets' indexes,
     * where the OR tested every campaign's targets against the tree (1.4 s for a ward at 3,860 campaigns; 2 ms so).
     */
    static String listed(Scope scope) {
        if (scope.unrestricted()) {
            return "TRUE";
        }
        return "c.id IN (SELECT vc.id FROM campaign vc WHERE " + scope.coversOrganization("vc.owner_id")
                + " UNION SELECT vt.campaign_id FROM campaign_target vt WHERE vt.organization_id IN (SELECT unnest(ARRAY("
                + scope.organizationsOrAbove() + "))))";
    }

    /** The campaigns the scope sees, newest first. */
    public Page<CampaignRow> list(Scope scope, PageRequest request) {
        long total = jdbc.sql("SELECT count(*) FROM campaign c WHERE " + listed(scope))
                .query(Long.class)
                .single();
        var items = jdbc.sql("SELECT " + ROW_COLUMNS + " FROM campaign c WHERE " + listed(scope)
                        + " ORDER BY c.starts_on DESC, c.id DESC" + request.limitOffset())
                .query(CampaignRow.class)
                .list();
        return Page.of(items, request, total);
    }

    public Optional<Campaign> find(long id, Scope scope) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM campaign c WHERE c.id = :id AND " + visible(scope))
                .param("id", id)
                .query(Campaign.class)
                .optional();
    }

    public Campaign get(long id, Scope scope) {
        return find(id, scope).orElseThrow(() -> new NotFoundException("Campaign", id));
    }

    /** Whether the scope covers the owner, which is what changing a campaign takes. */
    boolean manages(Campaign campaign, Scope scope) {
        return organizations.find(campaign.ownerId(), scope).isPresent();
    }

    public CampaignDetail detail(long id, Scope scope) {
        var campaign = get(id, scope);
        var owner = organizations.find(campaign.ownerId(), Scope.everything()).orElseThrow();
        var cascades = jdbc.sql("SELECT " + ROW_COLUMNS + " FROM campaign c WHERE c.parent_id = :id AND "
                        + visible(scope) + " ORDER BY " + TreeSql.name("c.owner_id") + " COLLATE vi_icu")
                .param("id", id)
                .query(CampaignRow.class)
                .list();
        long count = jdbc.sql("SELECT count(*) FROM obligation WHERE campaign_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
        return new CampaignDetail(
                campaign,
                owner.name(),
                documents
                        .find(campaign.directingDocumentId(), Scope.everything())
                        .orElseThrow(),
                organizations.targets(id),
                requirements(id),
                cascades,
                manages(campaign, scope),
                count,
                campaign.termCampaignId() == null
                        ? null
                        : jdbc.sql("SELECT title FROM campaign WHERE id = :id")
                                .param("id", campaign.termCampaignId())
                                .query(String.class)
                                .single(),
                jdbc.sql("SELECT " + ROW_COLUMNS + " FROM campaign c WHERE c.term_campaign_id = :id AND "
                                + visible(scope) + " ORDER BY c.starts_on, c.id")
                        .param("id", id)
                        .query(CampaignRow.class)
                        .list(),
                PeriodOpenings.of(jdbc, id));
    }

    /**
     * The launched campaigns the scope sees that a new campaign could sit in as in a whole-term theme: its own
     * committee's or one above, of more than one year, newest first ({@link CampaignDrafts} checks the choice).
     */
    List<CampaignRow> termThemes(Scope scope) {
        return jdbc.sql("SELECT " + ROW_COLUMNS + " FROM campaign c WHERE c.status = 'LAUNCHED' AND c.parent_id IS NULL"
                        + " AND c.term_campaign_id IS NULL AND c.ends_on > c.starts_on + interval '1 year' AND "
                        + visible(scope) + " ORDER BY c.starts_on DESC, c.id DESC LIMIT " + DOCUMENT_PICKER_SIZE)
                .query(CampaignRow.class)
                .list();
    }

    public List<Requirement> requirements(long campaignId) {
        return jdbc.sql("SELECT " + Requirement.COLUMNS
                        + " FROM campaign_requirement WHERE campaign_id = :id ORDER BY position")
                .param("id", campaignId)
                .query(Requirement.class)
                .list();
    }

    /**
     * Documents an organization in the scope issued, which could direct a campaign, newest first, for the forms'
     * picker: at most {@link #DOCUMENT_PICKER_SIZE}, narrowed by {@code query} (number or words of the summary).
     */
    List<DocumentSummary> documentsIssuedInScope(Scope scope, String query) {
        boolean search = query != null && !query.isBlank();
        return jdbc.sql("SELECT d.id, d.number, d.type_code, d.issuer_id, d.issuer_name, d.issued_on, d.summary FROM "
                        + DocumentSql.summaries() + " d WHERE d.issuer_id IS NOT NULL AND "
                        + scope.coversOrganization("d.issuer_id")
                        + (search ? " AND d.search_text LIKE '%' || fold_vi(:q) || '%'" : "")
                        + " ORDER BY d.issued_on DESC, d.id DESC LIMIT " + DOCUMENT_PICKER_SIZE)
                .params(search ? java.util.Map.of("q", query.strip()) : java.util.Map.of())
                .query(DocumentSummary.class)
                .list();
    }
}
