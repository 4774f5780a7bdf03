package vn.neuguong.report;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.neuguong.campaign.ReportSubmitted;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.FieldErrors;
import vn.neuguong.shared.InvalidInputException;

/**
 * What changes a report: its opening (prefilled), its figures, the refresh of its proposals, the hand-over and the
 * parent's decision. Each change checks the version the caller read, keeps the report's state rules
 * ({@link Report}), and is audited; a hand-over and a decision also keep the version as it was.
 */
@Component
@Transactional
class ReportWork {

    private final JdbcClient jdbc;
    private final ReportTemplates templates;
    private final Reports reports;
    private final Proposals proposals;
    private final FigureRules rules;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;

    ReportWork(
            JdbcClient jdbc,
            ReportTemplates templates,
            Reports reports,
            Proposals proposals,
            FigureRules rules,
            AuditLog audit,
            ApplicationEventPublisher events,
            JsonMapper json) {
        this.jdbc = jdbc;
        this.templates = templates;
        this.reports = reports;
        this.proposals = proposals;
        this.rules = rules;
        this.audit = audit;
        this.events = events;
        this.json = json;
    }

    /**
     * Opens the organization's report for a period that has begun, prefilled: the scope must cover the organization,
     * which must lie in the asking committee's subtree.
     */
    Report open(ReportInput.Opening input, Actor actor, LocalDate today) {
        var scope = Scope.of(actor);
        var template = templates.get(input.templateId(), scope);
        var errors = new FieldErrors();
        if (reports.nameInside(input.organizationId(), template.organizationId(), scope)
                .isEmpty()) {
            errors.add("organizationId", "report.organization.outside");
        }
        var start = input.periodStartsOn();
        if (!template.period().startsOn(start)) {
            errors.add("periodStartsOn", "report.period.notAStart");
        } else if (start.isAfter(today)) {
            errors.add("periodStartsOn", "report.period.future");
        }
        errors.throwIfAny();
        var end = template.period().endOf(start);
        var parameters = new HashMap<String, Object>(
                Map.of("template", template.id(), "organization", input.organizationId(), "start", start, "end", end));
        if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM report WHERE template_id = :template"
                        + " AND organization_id = :organization AND period_starts_on = :start)")
                .params(parameters)
                .query(Boolean.class)
                .single()) {
            throw new ConflictException("report.exists");
        }
        var obligation = jdbc.sql("SELECT m.obligation_id, m.due_on FROM ("
                        + ReportSql.matchedObligation(":organization") + ") m")
                .params(parameters)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getObject(2, LocalDate.class)})
                .optional();
        parameters.put("obligation", obligation.map(o -> o[0]).orElse(null));
        parameters.put("due", obligation.map(o -> (LocalDate) o[1]).orElse(end.plusDays(template.dueDays())));
        long id = jdbc.sql("""
                        INSERT INTO report (template_id, organization_id, period_starts_on, period_ends_on, due_on,
                                            obligation_id)
                        VALUES (:template, :organization, :start, :end, :due, :obligation) RETURNING id
                        """).params(parameters).query(Long.class).single();
        proposals.propose(id, template, input.organizationId(), start, end, true);
        var opened = reports.get(id, Scope.everything());
        audit.created("Report", id, opened.organizationId(), opened);
        return opened;
    }

    /** Takes the figures as sent: each checked ({@link FigureRules}), all or none saved. */
    Report change(long id, int version, ReportInput.Figures input, Actor actor) {
        var report = editable(id, version, actor);
        report.checkEditable();
        rules.check(report, input.figures());
        for (var figure : input.figures()) {
            var kind = rules.kind(report, figure.indicatorId());
            jdbc.sql("""
                            UPDATE report_value SET value = :value, denominator = :denominator, text = :text,
                                   reason = :reason
                            WHERE report_id = :report AND indicator_id = :indicator
                            """)
                    .param("value", kind == ReportTemplate.Kind.TEXT ? null : figure.value())
                    .param("denominator", kind == ReportTemplate.Kind.RATIO ? figure.denominator() : null)
                    .param("text", kind == ReportTemplate.Kind.TEXT ? ReportTemplates.blankToNull(figure.text()) : null)
                    .param("reason", ReportTemplates.blankToNull(figure.reason()))
                    .param("report", id)
                    .param("indicator", figure.indicatorId())
                    .update();
        }
        return bumped(report, "figures");
    }

    /**
     * Proposes the figures again from what is recorded now (children who handed over since, meetings held since): a
     * figure the author corrected keeps the author's value and reason; any other takes the new proposal.
     */
    Report refresh(long id, int version, Actor actor) {
        var report = editable(id, version, actor);
        report.checkEditable();
        var template = templates.get(report.templateId(), Scope.everything());
        proposals.propose(id, template, report.organizationId(), report.periodStartsOn(), report.periodEndsOn(), false);
        return bumped(report, "proposals");
    }

    /** Hands the report over, signed off by the head: every count and ratio must have its figure. */
    Report submit(long id, int version, ReportInput.Submission input, Actor actor, LocalDate today) {
        var report = editable(id, version, actor);
        report.checkSubmittable();
        rules.checkComplete(report);
        jdbc.sql("""
                        UPDATE report SET status = 'SUBMITTED', submitted_on = :today, signed_by = :signedBy,
                               number_text = :number, decided_on = NULL, decided_by = NULL, version = version + 1
                        WHERE id = :id
                        """)
                .param("today", today)
                .param("signedBy", input.signedBy().strip())
                .param("number", ReportTemplates.blankToNull(input.number()))
                .param("id", id)
                .update();
        var submitted = reports.get(id, Scope.everything());
        revise(submitted, actor, null);
        audit.updated(
                "Report",
                id,
                report.organizationId(),
                Map.of("status", report.status()),
                Map.of("status", submitted.status(), "submittedOn", today, "signedBy", submitted.signedBy()));
        if (submitted.obligationId() != null) {
            events.publishEvent(new ReportSubmitted(
                    id,
                    submitted.templateTitle() + " — " + submitted.periodLabel(),
                    today,
                    submitted.organizationId(),
                    submitted.obligationId(),
                    actor.displayName()));
        }
        return submitted;
    }

    /**
     * The parent's decision on a handed-over report: accepted (final), or returned with a comment for the
     * organization to correct and hand over again. Only staff whose scope covers the parent decide.
     */
    Report decide(long id, int version, boolean accept, ReportInput.Decision input, Actor actor, LocalDate today) {
        var scope = Scope.of(actor);
        var report = reports.get(id, scope);
        if (!decides(report.organizationId(), scope)) {
            throw new AccessDeniedException("report.decision.notParent");
        }
        checkVersion(report, version);
        report.checkDecidable();
        String comment = ReportTemplates.blankToNull(input.comment());
        if (!accept && comment == null) {
            throw new InvalidInputException("comment", "report.return.commentRequired");
        }
        jdbc.sql("""
                        UPDATE report SET status = :status, decided_on = :today, decided_by = :by, comment = :comment,
                               version = version + 1
                        WHERE id = :id
                        """)
                .param("status", accept ? "ACCEPTED" : "RETURNED")
                .param("today", today)
                .param("by", actor.displayName())
                .param("comment", comment)
                .param("id", id)
                .update();
        var decided = reports.get(id, Scope.everything());
        revise(decided, actor, comment);
        audit.updated(
                "Report",
                id,
                report.organizationId(),
                Map.of("status", report.status()),
                Map.of("status", decided.status(), "decidedOn", today, "comment", comment == null ? "" : comment));
        return decided;
    }

    private Report editable(long id, int version, Actor actor) {
        var report = reports.get(id, Scope.of(actor));
        checkVersion(report, version);
        return report;
    }

    private static void checkVersion(Report report, int version) {
        if (report.version() != version) {
            throw new ConflictException("report.version.stale");
        }
    }

    private Report bumped(Report before, String what) {
        jdbc.sql("UPDATE report SET version = version + 1 WHERE id = :id")
                .param("id", before.id())
                .update();
        var after = reports.get(before.id(), Scope.everything());
        audit.updated(
                "Report",
                before.id(),
                before.organizationId(),
                Map.of(what, before.figures()),
                Map.of(what, after.figures()));
        return after;
    }

    private void revise(Report report, Actor actor, String comment) {
        jdbc.sql("""
                        INSERT INTO report_revision (report_id, number, status, by_name, comment, figures)
                        VALUES (:report, (SELECT coalesce(max(number), 0) + 1 FROM report_revision
                                          WHERE report_id = :report),
                                :status, :by, :comment, CAST(:figures AS jsonb))
                        """)
                .param("report", report.id())
                .param("status", report.status().name())
                .param("by", actor.displayName())
                .param("comment", comment)
                .param("figures", json.writeValueAsString(report.figures()))
                .update();
    }

    /** Whether the scope covers the organization's parent, whose staff decide on its reports. */
    boolean decides(long organizationId, Scope scope) {
        return jdbc.sql("SELECT coalesce((SELECT " + scope.coversOrganization("p.parent_id") + " FROM "
                        + TreeSql.open("p") + " WHERE p.id = :o), FALSE)")
                .param("o", organizationId)
                .query(Boolean.class)
                .single();
    }
}
