package vn.neuguong.report;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.FieldErrors;
import vn.neuguong.shared.NotFoundException;

/** Adds up the reports handed over to a parent for one period of a template, in one statement per part. */
@Component
@Transactional(readOnly = true)
class Aggregations {

    private final JdbcClient jdbc;
    private final ReportTemplates templates;
    private final Proposals proposals;
    private final Reports reports;

    Aggregations(JdbcClient jdbc, ReportTemplates templates, Proposals proposals, Reports reports) {
        this.jdbc = jdbc;
        this.templates = templates;
        this.proposals = proposals;
        this.reports = reports;
    }

    /** The parent's aggregation; the scope must cover the parent, and the day must start a period of the template. */
    Aggregation of(long templateId, long parentId, LocalDate start, Scope scope) {
        var template = templates.get(templateId, scope);
        var parameters = new HashMap<String, Object>();
        parameters.put("parent", parentId);
        String name = reports.name(parentId, scope).orElseThrow(() -> new NotFoundException("Organization", parentId));
        if (!template.period().startsOn(start)) {
            new FieldErrors().add("periodStartsOn", "report.period.notAStart").throwIfAny();
        }
        var end = template.period().endOf(start);
        var children = jdbc.sql("""
                        SELECT e.organization_id, %s AS name, r.id, r.status, r.submitted_on,
                               coalesce(r.due_on, m.due_on) AS due_on,
                               (SELECT count(*) FROM report_value v WHERE v.report_id = r.id AND v.reason IS NOT NULL
                                  AND v.value IS NOT NULL
                                  AND (v.value IS DISTINCT FROM v.proposed
                                       OR v.denominator IS DISTINCT FROM v.proposed_denominator))::int AS corrections
                        FROM (%s) e
                        LEFT JOIN report r ON r.template_id = :template AND r.organization_id = e.organization_id
                                          AND r.period_starts_on = :start
                        LEFT JOIN LATERAL (%s) m ON true
                        ORDER BY name, e.organization_id
                        """.formatted(
                                TreeSql.name("e.organization_id"),
                                ReportSql.expectedChildren(),
                                ReportSql.matchedObligation("e.organization_id")))
                .params(Map.of("template", templateId, "parent", parentId, "start", start, "end", end))
                .query((rs, n) -> {
                    String status = rs.getString("status");
                    var submitted = rs.getObject("submitted_on", LocalDate.class);
                    var due = rs.getObject("due_on", LocalDate.class);
                    boolean handedOver = "SUBMITTED".equals(status) || "ACCEPTED".equals(status);
                    return new Aggregation.Child(
                            rs.getLong("organization_id"),
                            rs.getString("name"),
                            (Long) rs.getObject("id"),
                            status == null ? null : Report.Status.valueOf(status),
                            submitted,
                            due,
                            submitted != null && due != null && submitted.isAfter(due),
                            handedOver,
                            rs.getInt("corrections"));
                })
                .list();
        var sums = proposals.children(templateId, parentId, start, end);
        var totals = template.indicators().stream()
                .map(indicator -> {
                    var sum = sums.get(indicator.id());
                    Long value = sum == null ? null : sum.value();
                    Long denominator = sum == null ? null : sum.denominator();
                    Double percent = indicator.kind() == ReportTemplate.Kind.RATIO
                                    && value != null
                                    && denominator != null
                                    && denominator > 0
                            ? Math.round(1000.0 * value / denominator) / 10.0
                            : null;
                    return new Aggregation.Total(
                            indicator.id(), indicator.label(), indicator.kind(), value, denominator, percent);
                })
                .toList();
        int handedOver =
                (int) children.stream().filter(Aggregation.Child::handedOver).count();
        Locale locale = LocaleContextHolder.getLocale();
        return new Aggregation(
                templateId,
                template.title(),
                parentId,
                name,
                start,
                end,
                template.period().label(start, locale),
                children.size(),
                handedOver,
                children.size() - handedOver,
                children,
                totals);
    }
}
