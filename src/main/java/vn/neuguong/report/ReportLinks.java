package vn.neuguong.report;

/**
 * The SQL other modules use to name a report in a statement of their own, so that no module but this one names the
 * {@code report} tables (docs/DESIGN.md, "Module seams"): a commendation cites the reports it rests on.
 */
public final class ReportLinks {

    private ReportLinks() {}

    /** The organization whose report is {@code idExpression}; null when there is no such report. */
    public static String organizationOf(String idExpression) {
        return "(SELECT report_o.organization_id FROM report report_o WHERE report_o.id = " + idExpression + ")";
    }

    /** The report's template title and period, "Báo cáo quý … (01/01/2023–31/03/2023)"; null when there is none. */
    public static String label(String idExpression) {
        return "(SELECT report_t.title || ' (' || to_char(report_l.period_starts_on, 'DD/MM/YYYY') || '–'"
                + " || to_char(report_l.period_ends_on, 'DD/MM/YYYY') || ')' FROM report report_l"
                + " JOIN report_template report_t ON report_t.id = report_l.template_id WHERE report_l.id = "
                + idExpression + ")";
    }

    /**
     * A table of the reports as other modules may list them, for a picker; give it an alias. Columns: {@code id},
     * {@code organization_id}, {@code period_ends_on}, {@code label} (the template's title and the period).
     */
    public static String reports() {
        return "(SELECT report_v.id, report_v.organization_id, report_v.period_ends_on, " + label("report_v.id")
                + " AS label FROM report report_v)";
    }
}
