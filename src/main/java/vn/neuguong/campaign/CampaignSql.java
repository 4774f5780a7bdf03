package vn.neuguong.campaign;

/**
 * The SQL other modules use to reach campaigns in a statement of their own, so that no module but this one names the
 * campaign tables (docs/DESIGN.md, "Module seams"). Each method returns a subquery or an expression; the caller binds
 * the parameters it names.
 */
public final class CampaignSql {

    private CampaignSql() {}

    /**
     * A subquery of the organizations that owe members' submissions (a {@code MEMBER_SUBMISSIONS} line) in the
     * campaign {@code campaignExpression}, with the day they are due: columns {@code organization_id}, {@code due_on}
     * (the earliest, if several lines), one row per organization. A cascade's line that refines its parent's is left
     * out: the parent campaign already counts that organization.
     */
    public static String memberSubmissionsOwed(String campaignExpression) {
        return "SELECT campaign_ms.organization_id, min(campaign_ms.due_on) AS due_on FROM obligation campaign_ms"
                + " WHERE campaign_ms.campaign_id = " + campaignExpression
                + " AND campaign_ms.kind = 'MEMBER_SUBMISSIONS' AND campaign_ms.refines_obligation_id IS NULL"
                + " GROUP BY campaign_ms.organization_id";
    }

    /**
     * A subquery of the launched campaigns that owe members' submissions somewhere: columns {@code campaign_id},
     * {@code launched_on}. Asked of the campaign's requirements, a few rows: asked of its obligations, the database
     * scanned every campaign's obligations on each board (56 ms at national scale).
     */
    public static String launchedWithMemberSubmissions() {
        return "SELECT campaign_l.id AS campaign_id, campaign_l.launched_on FROM campaign campaign_l"
                + " WHERE campaign_l.status = 'LAUNCHED' AND EXISTS (SELECT 1 FROM campaign_requirement campaign_lr"
                + " WHERE campaign_lr.campaign_id = campaign_l.id AND campaign_lr.kind = 'MEMBER_SUBMISSIONS')";
    }

    /** The title of the campaign {@code campaignExpression}. */
    public static String title(String campaignExpression) {
        return "(SELECT campaign_t.title FROM campaign campaign_t WHERE campaign_t.id = " + campaignExpression + ")";
    }

    /**
     * A subquery of the open campaigns' periodic-report obligations of the campaign {@code campaignExpression}:
     * columns {@code obligation_id}, {@code organization_id}, {@code due_on}, {@code period_starts_on} (null for a
     * one-off line), {@code fulfilled_on}, {@code applies_to} (the line's {@link AppliesTo}). A cascade's line that refines its parent's is left out, as for the members'
     * submissions.
     */
    public static String periodicReportsOwed(String campaignExpression) {
        return "SELECT campaign_pr.id AS obligation_id, campaign_pr.organization_id, campaign_pr.due_on,"
                + " campaign_pr.period_starts_on, campaign_pr.fulfilled_on, campaign_prr.applies_to"
                + " FROM obligation campaign_pr"
                + " JOIN campaign campaign_prc ON campaign_prc.id = campaign_pr.campaign_id"
                + " JOIN campaign_requirement campaign_prr ON campaign_prr.id = campaign_pr.requirement_id"
                + " WHERE campaign_pr.campaign_id = " + campaignExpression
                + " AND campaign_prc.status = 'LAUNCHED'"
                + " AND campaign_pr.kind = 'PERIODIC_REPORT' AND campaign_pr.refines_obligation_id IS NULL";
    }

    /** True when the campaign {@code campaignExpression} exists. */
    public static String exists(String campaignExpression) {
        return "EXISTS (SELECT 1 FROM campaign campaign_e WHERE campaign_e.id = " + campaignExpression + ")";
    }

    /** The first day of the campaign {@code campaignExpression}. */
    public static String startsOn(String campaignExpression) {
        return "(SELECT campaign_s.starts_on FROM campaign campaign_s WHERE campaign_s.id = " + campaignExpression
                + ")";
    }

    /** The last day of the campaign {@code campaignExpression}. */
    public static String endsOn(String campaignExpression) {
        return "(SELECT campaign_d.ends_on FROM campaign campaign_d WHERE campaign_d.id = " + campaignExpression + ")";
    }

    /** The document that directs the campaign {@code campaignExpression}, the basis its plans and reviews cite. */
    public static String directingDocument(String campaignExpression) {
        return "(SELECT campaign_dd.directing_document_id FROM campaign campaign_dd WHERE campaign_dd.id = "
                + campaignExpression + ")";
    }

    /** The id of the top campaign (not a cascade) titled {@code titleExpression}; null when there is none. */
    public static String topNamed(String titleExpression) {
        return "(SELECT min(campaign_n.id) FROM campaign campaign_n WHERE campaign_n.parent_id IS NULL"
                + " AND campaign_n.title = " + titleExpression + ")";
    }
}
