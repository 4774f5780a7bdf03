package vn.neuguong.campaign;

import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.campaign.CampaignForm.RequirementForm;
import vn.neuguong.organization.TreeSql;

/** The rows a new campaign is written as, and the obligations its launch puts on the targets' subtrees. */
@Component
class CampaignRecords {

    /**
     * Launching: every open organization of every target subtree, as the tree stands that day, owes each requirement
     * that applies to its kind. The owner does not owe its own campaign; departments owe nothing. A cascade's line
     * that tightens a parent's line refines the parent's obligation of the same organization, and starts done if
     * that one is (one act answers both).
     */
    static final String LAUNCH_SQL = """
            INSERT INTO obligation (campaign_id, requirement_id, organization_id, kind, due_on, refines_obligation_id,
                                    fulfilled_on, evidence_document_id, note, attachment_key, attachment_name,
                                    fulfilled_by)
            SELECT r.campaign_id, r.id, o.id, r.kind, r.due_on, p.id, p.fulfilled_on, p.evidence_document_id, p.note,
                   p.attachment_key, p.attachment_name, p.fulfilled_by
            FROM campaign c
            JOIN campaign_requirement r ON r.campaign_id = c.id
            JOIN campaign_target t ON t.campaign_id = c.id
            CROSS JOIN LATERAL %s o
            LEFT JOIN obligation p ON p.requirement_id = r.parent_requirement_id AND p.organization_id = o.id
            WHERE c.id = :id AND o.open AND o.id <> c.owner_id AND %s
            ON CONFLICT ON CONSTRAINT obligation_once_per_period DO NOTHING
            """.formatted(
                    TreeSql.subtree(TreeSql.path("t.organization_id")), AppliesTo.matches("o.kind", "r.applies_to"));

    /**
     * The parent's obligations that launching a cascade refines, locked so that an act recorded on one of them
     * meanwhile is either seen and copied, or waits and then finds the refining line.
     */
    static final String LOCK_REFINED_SQL = """
            WITH refined AS (
                SELECT p.id FROM campaign_requirement r
                JOIN obligation p ON p.requirement_id = r.parent_requirement_id
                JOIN campaign_target t ON t.campaign_id = r.campaign_id AND %s
                WHERE r.campaign_id = :id
                FOR SHARE OF p
            )
            SELECT count(*) FROM refined
            """.formatted(TreeSql.within("p.organization_id", "t.organization_id"));

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    CampaignRecords(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * The obligations of a campaign just launched, in one statement; how many it created. Tells the other modules
     * ({@link CampaignLaunched}) in the same transaction.
     */
    int createObligations(long campaignId) {
        jdbc.sql(LOCK_REFINED_SQL).param("id", campaignId).query(Long.class).single();
        int created = jdbc.sql(LAUNCH_SQL).param("id", campaignId).update();
        var launchedOn = jdbc.sql("SELECT launched_on FROM campaign WHERE id = :id")
                .param("id", campaignId)
                .query(LocalDate.class)
                .single();
        events.publishEvent(new CampaignLaunched(campaignId, launchedOn));
        return created;
    }

    long insert(
            String title,
            String theme,
            long directingDocumentId,
            long ownerId,
            Long parentId,
            LocalDate startsOn,
            LocalDate endsOn,
            LocalDate launchedOn) {
        return jdbc.sql("""
                        INSERT INTO campaign (title, theme, directing_document_id, owner_id, parent_id, starts_on, ends_on,
                                              status, launched_on)
                        VALUES (:title, :theme, :doc, :owner, :parent, :starts, :ends, :status, :launched) RETURNING id
                        """)
                .param("title", title)
                .param("theme", theme)
                .param("doc", directingDocumentId)
                .param("owner", ownerId)
                .param("parent", parentId)
                .param("starts", startsOn)
                .param("ends", endsOn)
                .param("status", launchedOn == null ? Campaign.Status.DRAFT.name() : Campaign.Status.LAUNCHED.name())
                .param("launched", launchedOn)
                .query(Long.class)
                .single();
    }

    void addTarget(long campaignId, long organizationId) {
        jdbc.sql("INSERT INTO campaign_target (campaign_id, organization_id) VALUES (:c, :o) ON CONFLICT DO NOTHING")
                .param("c", campaignId)
                .param("o", organizationId)
                .update();
    }

    void addRequirement(long campaignId, int position, RequirementForm row, Long parentRequirementId) {
        jdbc.sql("""
                        INSERT INTO campaign_requirement (campaign_id, position, kind, applies_to, due_on, label,
                                                          parent_requirement_id)
                        VALUES (:c, :pos, :kind, :applies, :due, :label, :parent)
                        """)
                .param("c", campaignId)
                .param("pos", position)
                .param("kind", row.kind().name())
                .param("applies", row.appliesTo().name())
                .param("due", row.dueOn())
                .param("label", blankToNull(row.label()))
                .param("parent", parentRequirementId)
                .update();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
