package vn.neuguong.report;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.io.InputStreamResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.web.Downloads;
import vn.neuguong.web.PartyDocument;
import vn.neuguong.web.PartyDocx;
import vn.neuguong.web.PartyPdf;
import vn.neuguong.web.UploadedFiles;

/**
 * The report pages: the templates with the open form and the reports of the scope; a report with its figures (the
 * proposal beside each, a reason where it differs), its hand-over and the parent's decision, its versions; and the
 * parent's aggregation of a period.
 */
@Controller
@RequestMapping("/reports")
class ReportController {

    private final ReportTemplates templates;
    private final Reports reports;
    private final ReportWork work;
    private final Revisions revisions;
    private final Aggregations aggregations;
    private final ReportOptions options;
    private final ReportExport export;
    private final Clock clock;

    ReportController(
            ReportTemplates templates,
            Reports reports,
            ReportWork work,
            Revisions revisions,
            Aggregations aggregations,
            ReportOptions options,
            ReportExport export,
            Clock clock) {
        this.templates = templates;
        this.reports = reports;
        this.work = work;
        this.revisions = revisions;
        this.aggregations = aggregations;
        this.options = options;
        this.export = export;
        this.clock = clock;
    }

    /** A template with what its list offers: the organizations to open a report for, and its periods. */
    record Offer(
            ReportTemplate template, List<ReportOptions.Choice> organizations, List<ReportOptions.Choice> periods) {}

    @GetMapping
    String list(
            @RequestParam(required = false) Integer page,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            Locale locale) {
        var actor = principal.actor();
        var scope = Scope.of(actor);
        var offers = templates.list(scope).stream()
                .map(t -> new Offer(t, options.organizations(t, scope), options.periods(t, today(), locale)))
                .toList();
        model.addAttribute("offers", offers);
        var request = PageRequest.of(page, null, Reports.DEFAULT_PAGE_SIZE, Reports.MAX_PAGE_SIZE);
        model.addAttribute("rows", reports.list(null, null, request, scope));
        return "report/reports";
    }

    @PostMapping
    String open(
            @RequestParam Long templateId,
            @RequestParam Long organizationId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodStartsOn,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            Locale locale) {
        try {
            var opened = work.open(
                    new ReportInput.Opening(templateId, organizationId, periodStartsOn), principal.actor(), today());
            return "redirect:/reports/" + opened.id();
        } catch (InvalidInputException | ConflictException refused) {
            model.addAttribute("error", refused instanceof ConflictException ? refused.getMessage() : null);
            model.addAttribute("errors", errors(refused));
            return list(null, principal, model, locale);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Model model) {
        return page(reports.get(id, Scope.of(principal.actor())), principal.actor(), Map.of(), null, model);
    }

    /** The figures form: figures[i].value, .denominator, .text and .reason for the i-th indicator of the report. */
    @PostMapping("/{id}/figures")
    String change(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam Map<String, String> form,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model) {
        var report = reports.get(id, Scope.of(principal.actor()));
        var sent = new java.util.ArrayList<ReportInput.FigureInput>();
        var numbers = new LinkedHashMap<String, String>();
        for (int i = 0; i < report.figures().size(); i++) {
            String row = "figures[" + i + "].";
            Long value = FormRows.number(form.get(row + "value"), row + "value", numbers);
            Long denominator = FormRows.number(form.get(row + "denominator"), row + "denominator", numbers);
            sent.add(new ReportInput.FigureInput(
                    report.figures().get(i).indicatorId(),
                    value,
                    denominator,
                    form.get(row + "text"),
                    form.get(row + "reason")));
        }
        if (!numbers.isEmpty()) {
            return page(report, principal.actor(), numbers, form, model);
        }
        return attempt(
                report,
                principal.actor(),
                form,
                model,
                () -> work.change(id, version, new ReportInput.Figures(sent), principal.actor()));
    }

    @PostMapping("/{id}/proposals")
    String refresh(
            @PathVariable long id,
            @RequestParam int version,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model) {
        var report = reports.get(id, Scope.of(principal.actor()));
        return attempt(report, principal.actor(), null, model, () -> work.refresh(id, version, principal.actor()));
    }

    @PostMapping("/{id}/submission")
    String submit(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(defaultValue = "") String signedBy,
            @RequestParam(defaultValue = "") String number,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model) {
        var report = reports.get(id, Scope.of(principal.actor()));
        if (signedBy.isBlank()) {
            return page(report, principal.actor(), Map.of("signedBy", "validation.required"), null, model);
        }
        return attempt(
                report,
                principal.actor(),
                null,
                model,
                () -> work.submit(
                        id,
                        version,
                        new ReportInput.Submission(signedBy, number.isBlank() ? null : number.strip()),
                        principal.actor(),
                        today()));
    }

    @PostMapping("/{id}/decision")
    String decide(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam String decision,
            @RequestParam(defaultValue = "") String comment,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model) {
        var report = reports.get(id, Scope.of(principal.actor()));
        return attempt(
                report,
                principal.actor(),
                null,
                model,
                () -> work.decide(
                        id,
                        version,
                        "accept".equals(decision),
                        new ReportInput.Decision(comment),
                        principal.actor(),
                        today()));
    }

    @GetMapping("/{id}/export.{format:docx|pdf}")
    ResponseEntity<InputStreamResource> export(
            @PathVariable long id, @PathVariable String format, @AuthenticationPrincipal ActorPrincipal principal) {
        var report = reports.get(id, Scope.of(principal.actor()));
        var document = export.of(report, reports.parentName(report.organizationId()));
        return download(report.organizationName() + " " + report.periodLabel(), format, document);
    }

    @GetMapping("/aggregation/export.{format:docx|pdf}")
    ResponseEntity<InputStreamResource> exportAggregation(
            @RequestParam long templateId,
            @RequestParam long organizationId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodStartsOn,
            @PathVariable String format,
            @AuthenticationPrincipal ActorPrincipal principal) {
        var aggregation = aggregations.of(templateId, organizationId, periodStartsOn, Scope.of(principal.actor()));
        var document = export.of(aggregation, null);
        return download(aggregation.organizationName() + " " + aggregation.periodLabel(), format, document);
    }

    static ResponseEntity<InputStreamResource> download(String name, String format, PartyDocument document) {
        boolean docx = "docx".equals(format);
        byte[] bytes = docx ? PartyDocx.docx(document) : PartyPdf.pdf(document);
        String filename = (name + "." + format).replaceAll("[/\\\\]", "-");
        return Downloads.attachment(
                filename, docx ? UploadedFiles.DOCX : "application/pdf", bytes.length, new ByteArrayInputStream(bytes));
    }

    @GetMapping("/aggregation")
    String aggregation(
            @RequestParam long templateId,
            @RequestParam long organizationId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodStartsOn,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model) {
        model.addAttribute(
                "a", aggregations.of(templateId, organizationId, periodStartsOn, Scope.of(principal.actor())));
        return "report/aggregation";
    }

    private String attempt(
            Report report,
            Actor actor,
            Map<String, String> form,
            Model model,
            java.util.function.Supplier<Report> change) {
        try {
            return "redirect:/reports/" + change.get().id();
        } catch (InvalidInputException invalid) {
            return page(report, actor, errors(invalid), form, model);
        } catch (ConflictException conflict) {
            model.addAttribute("error", conflict.getMessage());
            return page(reports.get(report.id(), Scope.of(actor)), actor, Map.of(), null, model);
        }
    }

    private String page(Report report, Actor actor, Map<String, String> errors, Map<String, String> form, Model model) {
        var scope = Scope.of(actor);
        model.addAttribute("r", report);
        model.addAttribute("edits", report.editable());
        model.addAttribute(
                "decides", report.status() == Report.Status.SUBMITTED && work.decides(report.organizationId(), scope));
        model.addAttribute("errors", errors);
        model.addAttribute("form", form == null ? Map.of() : form);
        model.addAttribute("revisions", revisions.of(report));
        return "report/report";
    }

    private static Map<String, String> errors(RuntimeException refused) {
        var errors = new LinkedHashMap<String, String>();
        if (refused instanceof InvalidInputException invalid) {
            invalid.errors().forEach(e -> errors.putIfAbsent(e.field(), e.message()));
        }
        return errors;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
