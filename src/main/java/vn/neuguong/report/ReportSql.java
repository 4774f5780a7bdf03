package vn.neuguong.report;

import vn.neuguong.campaign.CampaignSql;
import vn.neuguong.organization.TreeSql;

/**
 * Who reports to whom for a template's period, as SQL: the expected reporters of a parent, and the campaign
 * obligation a report answers. Parameters: {@code :template}, {@code :start}, {@code :end} (the period), {@code
 * :parent} or {@code :organization}; a statement over several periods passes its columns for the period instead.
 */
final class ReportSql {

    /** The campaign's periodic-report obligations, as the row source {@code owed}. */
    private static final String OWED = "(%s) owed"
            .formatted(CampaignSql.periodicReportsOwed(
                    "(SELECT rt.campaign_id FROM report_template rt WHERE rt.id = :template)"));

    private ReportSql() {}

    /**
     * The campaign's periodic-report obligations matched to the period, one per organization: a recurring line's
     * obligation of the same period; else a one-off line due after the middle of the period and at most 45 days
     * after its end ("Quý 1/2023" due 28/4 answers the first quarter, "Quý 2/2023" due 25/6 the second), the nearest
     * to the period's end; of the lines binding the template's kind of organizations, when it names one. Columns
     * {@code obligation_id}, {@code organization_id}, {@code due_on}, {@code fulfilled_on}.
     */
    static String matchedObligations() {
        return matchedObligations(":start", ":end");
    }

    /** {@link #matchedObligations()} for the period from {@code start} to {@code end} (SQL expressions). */
    static String matchedObligations(String start, String end) {
        return """
                SELECT DISTINCT ON (owed.organization_id) owed.obligation_id, owed.organization_id, owed.due_on,
                       owed.fulfilled_on
                FROM %s WHERE %s ORDER BY owed.organization_id, %s
                """.formatted(OWED, matching(start, end), preferred(end));
    }

    /**
     * The matched obligation ({@link #matchedObligations()}) of the one organization in {@code organizationColumn},
     * none when it owes none: for {@code LATERAL} and {@code EXISTS}, so that only that organization's obligations
     * are read, not the whole campaign's (at national scale 700–900 ms down to a few). Same columns.
     */
    static String matchedObligation(String organizationColumn) {
        return matchedObligation(organizationColumn, ":start", ":end");
    }

    static String matchedObligation(String organizationColumn, String start, String end) {
        return """
                SELECT owed.obligation_id, owed.organization_id, owed.due_on, owed.fulfilled_on
                FROM %s WHERE owed.organization_id = %s AND %s ORDER BY %s LIMIT 1
                """.formatted(OWED, organizationColumn, matching(start, end), preferred(end));
    }

    /**
     * The organizations expected to report to {@code :parent} for the template's period: for a campaign's template,
     * the parent's children that owe the matched obligation; for a template of its own, the asking committee's open
     * children. Column {@code organization_id}.
     */
    static String expectedChildren() {
        return expectedChildren(":start", ":end");
    }

    /** {@link #expectedChildren()} for the period from {@code start} to {@code end} (SQL expressions). */
    static String expectedChildren(String start, String end) {
        return """
                SELECT c.id AS organization_id FROM %s
                WHERE c.parent_id = :parent
                  AND CASE WHEN (SELECT rt.campaign_id FROM report_template rt WHERE rt.id = :template) IS NULL
                           THEN :parent = (SELECT rt.organization_id FROM report_template rt WHERE rt.id = :template)
                           ELSE EXISTS (%s) END
                """.formatted(TreeSql.open("c"), matchedObligation("c.id", start, end));
    }

    /** Which obligations answer the period, of the lines binding the template's kind of organizations. */
    private static String matching(String start, String end) {
        return """
                (owed.period_starts_on = %1$s
                 OR (owed.period_starts_on IS NULL AND owed.due_on > %1$s + (%2$s - %1$s) / 2
                     AND owed.due_on <= %2$s + 45))
                AND owed.applies_to = coalesce((SELECT rt.applies_to FROM report_template rt WHERE rt.id = :template),
                                               owed.applies_to)
                """.formatted(start, end);
    }

    /** Of an organization's matching obligations, the one answered: a recurring line's, else the nearest due. */
    private static String preferred(String end) {
        return "(owed.period_starts_on IS NOT NULL) DESC, abs(owed.due_on - %s), owed.obligation_id".formatted(end);
    }
}
