package vn.neuguong.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.campaign.AppliesTo;
import vn.neuguong.campaign.CampaignSql;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.FieldErrors;
import vn.neuguong.shared.NotFoundException;

/**
 * The templates committees ask reports by. A template is made by the staff of its committee and read by everyone in
 * its subtree (who report by it) and above (who add it up); it does not change once made, so every report of it
 * means the same indicators.
 */
@Component
@Transactional(readOnly = true)
class ReportTemplates {

    private static final String SELECT =
            """
            SELECT t.id, t.title, t.organization_id, %s AS organization_name, t.campaign_id,
                   %s AS campaign_title, t.period, t.applies_to, t.due_days, t.version
            FROM report_template t
            """.formatted(TreeSql.name("t.organization_id"), CampaignSql.title("t.campaign_id"));

    private final JdbcClient jdbc;
    private final ReportFigures figures;
    private final AuditLog audit;

    ReportTemplates(JdbcClient jdbc, ReportFigures figures, AuditLog audit) {
        this.jdbc = jdbc;
        this.figures = figures;
        this.audit = audit;
    }

    @Transactional(readOnly = false)
    ReportTemplate create(ReportInput.Template input, Scope scope) {
        var errors = new FieldErrors();
        if (!covered(input.organizationId(), scope)) {
            errors.add("organizationId", "report.organization.outside");
        }
        if (input.campaignId() != null
                && !Boolean.TRUE.equals(jdbc.sql("SELECT " + CampaignSql.exists(":c"))
                        .param("c", input.campaignId())
                        .query(Boolean.class)
                        .single())) {
            errors.add("campaignId", "report.campaign.unknown");
        }
        if (input.dueDays() != null && (input.dueDays() < 0 || input.dueDays() > 90)) {
            errors.add("dueDays", "report.template.dueDays");
        }
        for (int i = 0; i < input.indicators().size(); i++) {
            check(input.indicators().get(i), "indicators[" + i + "].", errors);
        }
        errors.throwIfAny();
        long id = jdbc.sql("""
                        INSERT INTO report_template (title, organization_id, campaign_id, period, applies_to, due_days)
                        VALUES (:title, :organization, :campaign, :period, :appliesTo, :dueDays) RETURNING id
                        """)
                .param("title", input.title().strip())
                .param("organization", input.organizationId())
                .param("campaign", input.campaignId())
                .param("period", input.period().name())
                .param(
                        "appliesTo",
                        input.appliesTo() == null ? null : input.appliesTo().name())
                .param("dueDays", input.dueDays() == null ? 10 : input.dueDays())
                .query(Long.class)
                .single();
        for (int i = 0; i < input.indicators().size(); i++) {
            var indicator = input.indicators().get(i);
            jdbc.sql("""
                            INSERT INTO report_indicator (template_id, position, label, kind, source, denominator_source)
                            VALUES (:template, :position, :label, :kind, :source, :denominator)
                            """)
                    .param("template", id)
                    .param("position", i + 1)
                    .param("label", indicator.label().strip())
                    .param("kind", indicator.kind().name())
                    .param("source", blankToNull(indicator.source()))
                    .param("denominator", blankToNull(indicator.denominatorSource()))
                    .update();
        }
        var created = find(id, Scope.everything()).orElseThrow();
        audit.created("ReportTemplate", id, created.organizationId(), created);
        return created;
    }

    /** The template, when the scope lies inside its committee's subtree or above it. */
    Optional<ReportTemplate> find(long id, Scope scope) {
        return jdbc.sql(SELECT + " WHERE t.id = :id AND " + readable(scope))
                .param("id", id)
                .query((rs, n) -> row(rs))
                .optional();
    }

    ReportTemplate get(long id, Scope scope) {
        return find(id, scope).orElseThrow(() -> new NotFoundException("ReportTemplate", id));
    }

    /** The templates the scope reads, newest first, in one statement (and one per template for its indicators). */
    List<ReportTemplate> list(Scope scope) {
        return jdbc.sql(SELECT + " WHERE " + readable(scope) + " ORDER BY t.id DESC")
                .query((rs, n) -> row(rs))
                .list();
    }

    private ReportTemplate row(ResultSet rs) throws SQLException {
        String appliesTo = rs.getString("applies_to");
        return new ReportTemplate(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getLong("organization_id"),
                rs.getString("organization_name"),
                (Long) rs.getObject("campaign_id"),
                rs.getString("campaign_title"),
                ReportPeriod.valueOf(rs.getString("period")),
                appliesTo == null ? null : AppliesTo.valueOf(appliesTo),
                rs.getInt("due_days"),
                indicators(rs.getLong("id")),
                rs.getInt("version"));
    }

    private List<ReportTemplate.Indicator> indicators(long templateId) {
        return jdbc.sql("""
                        SELECT id, position, label, kind, source, denominator_source FROM report_indicator
                        WHERE template_id = :t ORDER BY position
                        """)
                .param("t", templateId)
                .query((rs, n) -> new ReportTemplate.Indicator(
                        rs.getLong("id"),
                        rs.getInt("position"),
                        rs.getString("label"),
                        ReportTemplate.Kind.valueOf(rs.getString("kind")),
                        rs.getString("source"),
                        rs.getString("denominator_source")))
                .list();
    }

    private void check(ReportInput.IndicatorInput indicator, String row, FieldErrors errors) {
        String source = blankToNull(indicator.source());
        String denominator = blankToNull(indicator.denominatorSource());
        if (indicator.kind() == ReportTemplate.Kind.TEXT && (source != null || denominator != null)) {
            errors.add(row + "source", "report.template.textHasNoSource");
        }
        if (indicator.kind() == ReportTemplate.Kind.COUNT && denominator != null) {
            errors.add(row + "denominatorSource", "report.template.countHasNoDenominator");
        }
        if (indicator.kind() == ReportTemplate.Kind.RATIO && (source == null) != (denominator == null)) {
            errors.add(row + (source == null ? "source" : "denominatorSource"), "report.template.ratioNeedsBoth");
        }
        if (source != null && !figures.known(source)) {
            errors.add(row + "source", "report.template.unknownFigure");
        }
        if (denominator != null && !figures.known(denominator)) {
            errors.add(row + "denominatorSource", "report.template.unknownFigure");
        }
    }

    private boolean covered(long organizationId, Scope scope) {
        return jdbc.sql("SELECT " + scope.coversOrganization(":o"))
                .param("o", organizationId)
                .query(Boolean.class)
                .single();
    }

    /** The committee inside the scope (its staff and those above), or above the scope's top (who report by it). */
    private static String readable(Scope scope) {
        return "(" + scope.coversOrAbove("t.organization_id") + ")";
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
