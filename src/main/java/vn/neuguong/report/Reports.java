package vn.neuguong.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.NotFoundException;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;

/**
 * Reads reports: one with its figures, the list the scope reads, and whether children report to an organization. A
 * report is read by the staff whose scope covers its organization (its own, and everyone above up to the asking
 * committee); anyone else is answered as if it did not exist.
 */
@Component
@Transactional(readOnly = true)
class Reports {

    static final int DEFAULT_PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 200;

    private static final String SELECT = """
            SELECT r.id, r.template_id, t.title AS template_title, t.period, r.organization_id,
                   %s AS organization_name, r.period_starts_on, r.period_ends_on, r.due_on, r.status, r.submitted_on,
                   r.signed_by, r.number_text, r.decided_on, r.decided_by, r.comment, r.obligation_id, r.version
            FROM report r JOIN report_template t ON t.id = r.template_id
            """.formatted(TreeSql.name("r.organization_id"));

    private final JdbcClient jdbc;

    Reports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Report> find(long id, Scope scope) {
        return jdbc.sql(SELECT + " WHERE r.id = :id AND " + scope.coversOrganization("r.organization_id"))
                .param("id", id)
                .query((rs, n) -> row(rs))
                .optional()
                .map(this::withFigures);
    }

    Report get(long id, Scope scope) {
        return find(id, scope).orElseThrow(() -> new NotFoundException("Report", id));
    }

    /** The reports of a template (or every template) the scope reads, newest period first. */
    Page<Report> list(Long templateId, Long organizationId, PageRequest request, Scope scope) {
        var parameters = new HashMap<String, Object>();
        parameters.put("template", templateId);
        parameters.put("organization", organizationId);
        String where = " WHERE " + scope.coversOrganization("r.organization_id")
                + " AND (CAST(:template AS bigint) IS NULL OR r.template_id = :template)"
                + " AND (CAST(:organization AS bigint) IS NULL OR r.organization_id = :organization)";
        long total = jdbc.sql("SELECT count(*) FROM report r" + where)
                .params(parameters)
                .query(Long.class)
                .single();
        parameters.put("limit", request.size());
        parameters.put("offset", request.offset());
        var items = jdbc
                .sql(SELECT + where
                        + " ORDER BY r.period_starts_on DESC, organization_name, r.id LIMIT :limit OFFSET :offset")
                .params(parameters)
                .query((rs, n) -> row(rs))
                .list()
                .stream()
                .map(this::withFigures)
                .toList();
        return Page.of(items, request, total);
    }

    /** Whether organizations are expected to report to {@code organizationId} for the template's period. */
    boolean aggregates(long templateId, long organizationId, LocalDate start, LocalDate end) {
        return jdbc.sql("SELECT EXISTS (" + ReportSql.expectedChildren() + ")")
                .params(Map.of("template", templateId, "parent", organizationId, "start", start, "end", end))
                .query(Boolean.class)
                .single();
    }

    /** The name of the organization when the scope covers it; empty otherwise. */
    Optional<String> name(long organizationId, Scope scope) {
        return nameWhere(organizationId, null, scope);
    }

    /**
     * The name of the organization when the scope covers it and it lies in the committee's subtree (who may report
     * by, or be added up for, that committee's template); empty otherwise.
     */
    Optional<String> nameInside(long organizationId, long committeeId, Scope scope) {
        return nameWhere(organizationId, committeeId, scope);
    }

    private Optional<String> nameWhere(long organizationId, Long committeeId, Scope scope) {
        var parameters = new HashMap<String, Object>();
        parameters.put("o", organizationId);
        parameters.put("committee", committeeId);
        String inside = committeeId == null ? "" : " AND " + TreeSql.within(":o", ":committee");
        return jdbc.sql("SELECT " + TreeSql.name(":o") + " WHERE " + scope.coversOrganization(":o") + inside)
                .params(parameters)
                .query(String.class)
                .optional();
    }

    /** The name of the organization's parent, to whom its report goes; null at the top. */
    String parentName(long organizationId) {
        return jdbc.sql("SELECT " + TreeSql.name("o.parent_id") + " FROM " + TreeSql.open("o") + " WHERE o.id = :id")
                .param("id", organizationId)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private Report withFigures(Report report) {
        var figures = jdbc.sql("""
                        SELECT i.id, i.position, i.label, i.kind, v.proposed, v.proposed_denominator, v.value,
                               v.denominator, v.text, v.reason
                        FROM report_indicator i
                        LEFT JOIN report_value v ON v.indicator_id = i.id AND v.report_id = :report
                        WHERE i.template_id = :template ORDER BY i.position
                        """)
                .param("report", report.id())
                .param("template", report.templateId())
                .query((rs, n) -> {
                    Long proposed = (Long) rs.getObject("proposed");
                    Long proposedDenominator = (Long) rs.getObject("proposed_denominator");
                    Long value = (Long) rs.getObject("value");
                    Long denominator = (Long) rs.getObject("denominator");
                    boolean corrected = rs.getString("reason") != null
                            && !(Objects.equals(value, proposed) && Objects.equals(denominator, proposedDenominator));
                    return new Report.Figure(
                            rs.getLong("id"),
                            rs.getInt("position"),
                            rs.getString("label"),
                            ReportTemplate.Kind.valueOf(rs.getString("kind")),
                            proposed,
                            proposedDenominator,
                            value,
                            denominator,
                            rs.getString("text"),
                            rs.getString("reason"),
                            corrected);
                })
                .list();
        boolean aggregates = aggregates(
                report.templateId(), report.organizationId(), report.periodStartsOn(), report.periodEndsOn());
        return new Report(
                report.id(),
                report.templateId(),
                report.templateTitle(),
                report.organizationId(),
                report.organizationName(),
                report.periodStartsOn(),
                report.periodEndsOn(),
                report.periodLabel(),
                report.dueOn(),
                report.status(),
                report.submittedOn(),
                report.late(),
                report.signedBy(),
                report.number(),
                report.decidedOn(),
                report.decidedBy(),
                report.comment(),
                report.obligationId(),
                aggregates,
                List.copyOf(figures),
                report.version());
    }

    private static Report row(ResultSet rs) throws SQLException {
        var start = rs.getObject("period_starts_on", LocalDate.class);
        var submitted = rs.getObject("submitted_on", LocalDate.class);
        var due = rs.getObject("due_on", LocalDate.class);
        Locale locale = LocaleContextHolder.getLocale();
        return new Report(
                rs.getLong("id"),
                rs.getLong("template_id"),
                rs.getString("template_title"),
                rs.getLong("organization_id"),
                rs.getString("organization_name"),
                start,
                rs.getObject("period_ends_on", LocalDate.class),
                ReportPeriod.valueOf(rs.getString("period")).label(start, locale),
                due,
                Report.Status.valueOf(rs.getString("status")),
                submitted,
                submitted != null && submitted.isAfter(due),
                rs.getString("signed_by"),
                rs.getString("number_text"),
                rs.getObject("decided_on", LocalDate.class),
                rs.getString("decided_by"),
                rs.getString("comment"),
                (Long) rs.getObject("obligation_id"),
                false,
                List.of(),
                rs.getInt("version"));
    }
}
