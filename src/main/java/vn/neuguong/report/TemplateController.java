package vn.neuguong.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.neuguong.campaign.AppliesTo;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.InvalidInputException;

/** The form of a new report template: its committee, campaign, period and up to eight indicators. */
@Controller
@RequestMapping("/reports/templates")
class TemplateController {

    static final int ROWS = 8;

    private final ReportTemplates templates;
    private final ReportFigures figures;
    private final ReportOptions options;
    private final MessageSource messages;

    TemplateController(
            ReportTemplates templates, ReportFigures figures, ReportOptions options, MessageSource messages) {
        this.templates = templates;
        this.figures = figures;
        this.options = options;
        this.messages = messages;
    }

    @GetMapping("/new")
    String form(@AuthenticationPrincipal ActorPrincipal principal, Model model, java.util.Locale locale) {
        return page(Map.of(), Map.of(), principal, model, locale);
    }

    @PostMapping
    String create(
            @RequestParam Map<String, String> form,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            java.util.Locale locale) {
        var rows = new FormRows("indicators", form, ROWS, "label", "kind", "source", "denominatorSource");
        var indicators = new ArrayList<ReportInput.IndicatorInput>();
        var errors = new java.util.LinkedHashMap<String, String>();
        for (var row : rows.rows()) {
            var kind = FormRows.choice(ReportTemplate.Kind.class, row.get("kind"));
            indicators.add(new ReportInput.IndicatorInput(
                    row.get("label"),
                    kind == null ? ReportTemplate.Kind.COUNT : kind,
                    row.get("source"),
                    row.get("denominatorSource")));
        }
        String title = form.getOrDefault("title", "").strip();
        if (title.isEmpty()) {
            errors.put("title", "validation.required");
        }
        Long organization = FormRows.number(form.get("organizationId"), "organizationId", errors);
        if (organization == null) {
            errors.putIfAbsent("organizationId", "validation.required");
        }
        Long campaign = FormRows.number(form.get("campaignId"), "campaignId", errors);
        Long dueDays = FormRows.number(form.get("dueDays"), "dueDays", errors);
        var period = FormRows.choice(ReportPeriod.class, form.get("period"));
        if (period == null) {
            errors.put("period", "validation.required");
        }
        var appliesTo = FormRows.choice(AppliesTo.class, form.get("appliesTo"));
        if (indicators.isEmpty()) {
            errors.put("indicators[0].label", "report.template.indicators.required");
        }
        for (int i = 0; i < indicators.size(); i++) {
            if (indicators.get(i).label() == null) {
                errors.putIfAbsent(rows.field(i, "label"), "validation.required");
            }
        }
        if (!errors.isEmpty()) {
            return page(errors, form, principal, model, locale);
        }
        try {
            var created = templates.create(
                    new ReportInput.Template(
                            title,
                            organization,
                            campaign,
                            period,
                            appliesTo,
                            dueDays == null ? null : (int) Math.min(dueDays, Integer.MAX_VALUE),
                            indicators),
                    Scope.of(principal.actor()));
            return "redirect:/reports#template-" + created.id();
        } catch (InvalidInputException invalid) {
            return page(rows.errors(invalid), form, principal, model, locale);
        }
    }

    private String page(
            Map<String, String> errors,
            Map<String, String> form,
            ActorPrincipal principal,
            Model model,
            java.util.Locale locale) {
        var scope = Scope.of(principal.actor());
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        model.addAttribute(
                "rows", java.util.stream.IntStream.range(0, ROWS).boxed().toList());
        model.addAttribute("committees", options.committees(scope));
        model.addAttribute("campaigns", options.campaigns(scope));
        model.addAttribute("periods", List.of(ReportPeriod.values()));
        model.addAttribute("kinds", List.of(ReportTemplate.Kind.values()));
        model.addAttribute("appliesTo", List.of(AppliesTo.values()));
        model.addAttribute(
                "figures",
                figures.keys().stream()
                        .map(key ->
                                new ReportOptions.Choice(key, messages.getMessage("figure." + key, null, key, locale)))
                        .toList());
        return "report/template-form";
    }
}
