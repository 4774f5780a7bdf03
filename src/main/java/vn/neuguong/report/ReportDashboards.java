package vn.neuguong.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.NotFoundException;

/**
 * Reads the dashboard of a template at a node ({@link ReportDashboard}) in one statement per part: the children, the
 * periods with their ratios, the overdue reports. Each statement starts from the same cells, one per period and
 * child expected in it, with the child's report if any and its due day: the report's own, else the matched campaign
 * obligation's, else the period's end plus the template's due days (as a report opened now would get).
 */
@Component
@Transactional(readOnly = true)
class ReportDashboards {

    /** At most this many periods are shown, the latest that have begun: two years of quarters. */
    static final int PERIODS = 8;

    private static final String CELLS = """
            span (starts_on, ends_on) AS (
              SELECT * FROM unnest(CAST(:starts AS date[]), CAST(:ends AS date[]))),
            expected AS (
              SELECT span.starts_on, span.ends_on, e.organization_id
              FROM span CROSS JOIN LATERAL (%s) e),
            matched AS (
              SELECT span.starts_on, m.organization_id, m.due_on
              FROM span CROSS JOIN LATERAL (%s) m),
            dated AS (
              SELECT x.starts_on, x.organization_id, r.id AS report_id, r.status, r.submitted_on,
                     coalesce(r.due_on, m.due_on,
                              x.ends_on + (SELECT rt.due_days FROM report_template rt WHERE rt.id = :template))
                       AS due_on
              FROM expected x
              LEFT JOIN matched m ON m.starts_on = x.starts_on AND m.organization_id = x.organization_id
              LEFT JOIN report r ON r.template_id = :template AND r.organization_id = x.organization_id
                                AND r.period_starts_on = x.starts_on),
            cells AS (
              SELECT d.*, CASE WHEN d.status IN ('SUBMITTED', 'ACCEPTED')
                                 THEN CASE WHEN d.submitted_on > d.due_on THEN 'LATE' ELSE 'ON_TIME' END
                               WHEN d.due_on < :today THEN 'MISSING'
                               ELSE 'NOT_DUE' END AS standing
              FROM dated d)
            """.formatted(
                    ReportSql.expectedChildren("span.starts_on", "span.ends_on"),
                    ReportSql.matchedObligations("span.starts_on", "span.ends_on"));

    private static final String COUNTS = """
            count(*)::int AS expected,
            count(*) FILTER (WHERE c.standing = 'ON_TIME')::int AS on_time,
            count(*) FILTER (WHERE c.standing = 'LATE')::int AS late,
            count(*) FILTER (WHERE c.standing = 'MISSING')::int AS missing,
            count(*) FILTER (WHERE c.standing = 'NOT_DUE')::int AS not_due
            """;

    private final JdbcClient jdbc;
    private final ReportTemplates templates;
    private final ReportOptions options;
    private final Reports reports;

    ReportDashboards(JdbcClient jdbc, ReportTemplates templates, ReportOptions options, Reports reports) {
        this.jdbc = jdbc;
        this.templates = templates;
        this.options = options;
        this.reports = reports;
    }

    /**
     * The dashboard at the node: the scope must read the template and cover the node, which must lie in the asking
     * committee's subtree; anything else is answered as not found.
     */
    ReportDashboard of(long templateId, long organizationId, LocalDate today, Scope scope) {
        var template = templates.get(templateId, scope);
        var parameters = new HashMap<String, Object>();
        parameters.put("parent", organizationId);
        parameters.put("committee", template.organizationId());
        String name = reports.nameInside(organizationId, template.organizationId(), scope)
                .orElseThrow(() -> new NotFoundException("Organization", organizationId));
        Locale locale = LocaleContextHolder.getLocale();
        var starts = options.periods(template, today, locale).stream()
                .limit(PERIODS)
                .map(choice -> LocalDate.parse(choice.value()))
                .sorted()
                .toList();
        var bound = Map.<String, Object>of(
                "template", templateId,
                "parent", organizationId,
                "today", today,
                "starts", array(starts),
                "ends", array(starts.stream().map(template.period()::endOf).toList()));
        return new ReportDashboard(
                templateId,
                template.title(),
                organizationId,
                name,
                today,
                periods(template, bound, locale),
                children(bound),
                overdue(template, bound, locale));
    }

    private List<ReportDashboard.Child> children(Map<String, Object> bound) {
        return jdbc.sql("WITH " + CELLS + " SELECT c.organization_id, " + TreeSql.name("c.organization_id")
                        + " AS name, " + COUNTS + " FROM cells c GROUP BY c.organization_id"
                        + " ORDER BY name, c.organization_id")
                .params(bound)
                .query((rs, n) -> new ReportDashboard.Child(
                        rs.getLong("organization_id"),
                        rs.getString("name"),
                        rs.getInt("expected"),
                        rs.getInt("on_time"),
                        rs.getInt("late"),
                        rs.getInt("missing"),
                        rs.getInt("not_due")))
                .list();
    }

    /** One row per period and ratio indicator (or one per period when the template has none), in order. */
    private List<ReportDashboard.Period> periods(ReportTemplate template, Map<String, Object> bound, Locale locale) {
        var labels = template.indicators().stream()
                .collect(Collectors.toMap(ReportTemplate.Indicator::id, ReportTemplate.Indicator::label));
        var rows = new LinkedHashMap<LocalDate, List<PeriodRow>>();
        jdbc.sql("WITH " + CELLS + ", counts AS (SELECT c.starts_on, " + COUNTS
                        + " FROM cells c GROUP BY c.starts_on),"
                        + " sums AS (SELECT c.starts_on, v.indicator_id, sum(v.value)::bigint AS numerator,"
                        + " sum(v.denominator)::bigint AS denominator FROM cells c"
                        + " JOIN report_value v ON v.report_id = c.report_id"
                        + " WHERE c.standing IN ('ON_TIME', 'LATE') GROUP BY c.starts_on, v.indicator_id)"
                        + " SELECT span.starts_on, span.ends_on, coalesce(k.expected, 0) AS expected,"
                        + " coalesce(k.on_time, 0) AS on_time, coalesce(k.late, 0) AS late,"
                        + " coalesce(k.missing, 0) AS missing, coalesce(k.not_due, 0) AS not_due,"
                        + " i.id AS indicator_id, s.numerator, s.denominator"
                        + " FROM span LEFT JOIN counts k ON k.starts_on = span.starts_on"
                        + " LEFT JOIN report_indicator i ON i.template_id = :template AND i.kind = 'RATIO'"
                        + " LEFT JOIN sums s ON s.starts_on = span.starts_on AND s.indicator_id = i.id"
                        + " ORDER BY span.starts_on, i.position")
                .params(bound)
                .query((rs, n) -> new PeriodRow(
                        rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class),
                        rs.getInt("expected"),
                        rs.getInt("on_time"),
                        rs.getInt("late"),
                        rs.getInt("missing"),
                        rs.getInt("not_due"),
                        (Long) rs.getObject("indicator_id"),
                        (Long) rs.getObject("numerator"),
                        (Long) rs.getObject("denominator")))
                .list()
                .forEach(row -> rows.computeIfAbsent(row.start(), day -> new ArrayList<>())
                        .add(row));
        return rows.values().stream()
                .map(group -> {
                    var p = group.get(0);
                    var ratios = group.stream()
                            .filter(row -> row.indicator() != null)
                            .map(row -> new ReportDashboard.Ratio(
                                    row.indicator(),
                                    labels.get(row.indicator()),
                                    row.numerator(),
                                    row.denominator(),
                                    percent(row.numerator(), row.denominator())))
                            .toList();
                    return new ReportDashboard.Period(
                            p.start(),
                            p.end(),
                            template.period().label(p.start(), locale),
                            p.expected(),
                            p.onTime(),
                            p.late(),
                            p.missing(),
                            p.notDue(),
                            percent((long) p.onTime() + p.late(), (long) p.expected()),
                            ratios);
                })
                .toList();
    }

    /** A period's counts with one of its ratio indicators' sums, as the periods' statement answers them. */
    private record PeriodRow(
            LocalDate start,
            LocalDate end,
            int expected,
            int onTime,
            int late,
            int missing,
            int notDue,
            Long indicator,
            Long numerator,
            Long denominator) {}

    private List<ReportDashboard.Overdue> overdue(ReportTemplate template, Map<String, Object> bound, Locale locale) {
        return jdbc.sql("WITH " + CELLS + " SELECT c.organization_id, " + TreeSql.name("c.organization_id")
                        + " AS name, c.starts_on, c.due_on, (:today - c.due_on) AS days, c.report_id, c.status"
                        + " FROM cells c WHERE c.standing = 'MISSING' ORDER BY c.due_on, name, c.organization_id")
                .params(bound)
                .query((rs, n) -> {
                    var start = rs.getObject("starts_on", LocalDate.class);
                    String status = rs.getString("status");
                    return new ReportDashboard.Overdue(
                            rs.getLong("organization_id"),
                            rs.getString("name"),
                            start,
                            template.period().label(start, locale),
                            rs.getObject("due_on", LocalDate.class),
                            rs.getInt("days"),
                            (Long) rs.getObject("report_id"),
                            status == null ? null : Report.Status.valueOf(status));
                })
                .list();
    }

    /** A part of a whole in percent, one decimal, as the aggregation rounds it; null without a whole. */
    private static Double percent(Long part, Long whole) {
        return part == null || whole == null || whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
    }

    /** Days as a PostgreSQL array literal, cast to {@code date[]} in the statement. */
    private static String array(List<LocalDate> days) {
        return days.stream().map(LocalDate::toString).collect(Collectors.joining(",", "{", "}"));
    }
}
