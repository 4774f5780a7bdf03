package vn.neuguong.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.core.io.InputStreamResource;
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
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.PageRequest;

/** The review pages: the committees' reviews, the draft's form, a review with its figures and its issue. */
@Controller
@RequestMapping("/reports/reviews")
class ReviewController {

    static final int EXEMPLAR_ROWS = 10;

    private final Reviews reviews;
    private final ReviewWork work;
    private final Reports reports;
    private final ReportOptions options;
    private final ReportExport export;

    ReviewController(Reviews reviews, ReviewWork work, Reports reports, ReportOptions options, ReportExport export) {
        this.reviews = reviews;
        this.work = work;
        this.reports = reports;
        this.options = options;
        this.export = export;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) Integer page,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model) {
        var request = PageRequest.of(page, null, Reports.DEFAULT_PAGE_SIZE, Reports.MAX_PAGE_SIZE);
        model.addAttribute("rows", reviews.list(Scope.of(principal.actor()), request));
        return "report/reviews";
    }

    @GetMapping("/new")
    String form(@AuthenticationPrincipal ActorPrincipal principal, Model model) {
        return formPage(Map.of(), Map.of(), principal, model);
    }

    @PostMapping
    String create(
            @RequestParam Map<String, String> form, @AuthenticationPrincipal ActorPrincipal principal, Model model) {
        var errors = new LinkedHashMap<String, String>();
        Long campaign = FormRows.number(form.get("campaignId"), "campaignId", errors);
        Long organization = FormRows.number(form.get("organizationId"), "organizationId", errors);
        var kind = FormRows.choice(Review.Kind.class, form.get("kind"));
        String title = form.getOrDefault("title", "").strip();
        var starts = day(form.get("periodStartsOn"), "periodStartsOn", errors);
        var ends = day(form.get("periodEndsOn"), "periodEndsOn", errors);
        for (var required : Map.of(
                        "campaignId",
                        campaign == null,
                        "organizationId",
                        organization == null,
                        "kind",
                        kind == null,
                        "title",
                        title.isEmpty())
                .entrySet()) {
            if (required.getValue()) {
                errors.putIfAbsent(required.getKey(), "validation.required");
            }
        }
        var rows = new FormRows("exemplars", form, EXEMPLAR_ROWS, "kind", "name", "achievement");
        var exemplars = new ArrayList<ReviewInput.ExemplarInput>();
        for (int i = 0; i < rows.rows().size(); i++) {
            var row = rows.rows().get(i);
            var exemplarKind = FormRows.choice(Review.Exemplars.class, row.get("kind"));
            exemplars.add(new ReviewInput.ExemplarInput(
                    exemplarKind == null ? Review.Exemplars.COLLECTIVE : exemplarKind,
                    row.get("name"),
                    row.get("achievement")));
            if (row.get("name") == null) {
                errors.putIfAbsent(rows.field(i, "name"), "validation.required");
            }
        }
        if (!errors.isEmpty()) {
            return formPage(errors, form, principal, model);
        }
        try {
            var created = work.create(
                    new ReviewInput.Draft(
                            campaign, organization, kind, title, starts, ends, form.get("conclusions"), exemplars),
                    principal.actor());
            return "redirect:/reports/reviews/" + created.id();
        } catch (InvalidInputException invalid) {
            return formPage(rows.errors(invalid), form, principal, model);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Model model) {
        model.addAttribute("v", reviews.get(id, Scope.of(principal.actor())));
        model.addAttribute("errors", model.getAttribute("errors") == null ? Map.of() : model.getAttribute("errors"));
        return "report/review";
    }

    @PostMapping("/{id}/issue")
    String issue(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(required = false) String issuedOn,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model) {
        var errors = new LinkedHashMap<String, String>();
        var day = day(issuedOn, "issuedOn", errors);
        if (day == null) {
            errors.putIfAbsent("issuedOn", "validation.required");
        }
        if (errors.isEmpty()) {
            try {
                work.issue(id, version, new ReviewInput.Issue(day, null), principal.actor());
                return "redirect:/reports/reviews/" + id;
            } catch (InvalidInputException invalid) {
                invalid.errors().forEach(e -> errors.putIfAbsent(e.field(), e.message()));
            } catch (ConflictException conflict) {
                model.addAttribute("error", conflict.getMessage());
            }
        }
        model.addAttribute("errors", errors);
        return show(id, principal, model);
    }

    @GetMapping("/{id}/export.{format:docx|pdf}")
    ResponseEntity<InputStreamResource> export(
            @PathVariable long id, @PathVariable String format, @AuthenticationPrincipal ActorPrincipal principal) {
        var review = reviews.get(id, Scope.of(principal.actor()));
        var document = export.of(review, reports.parentName(review.organizationId()));
        return ReportController.download(review.organizationName() + " " + review.title(), format, document);
    }

    private String formPage(
            Map<String, String> errors, Map<String, String> form, ActorPrincipal principal, Model model) {
        var scope = Scope.of(principal.actor());
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        model.addAttribute("committees", options.committees(scope));
        model.addAttribute("campaigns", options.campaigns(scope));
        model.addAttribute("rows", IntStream.range(0, EXEMPLAR_ROWS).boxed().toList());
        model.addAttribute("kinds", List.of(Review.Kind.values()));
        model.addAttribute("exemplarKinds", List.of(Review.Exemplars.values()));
        return "report/review-form";
    }

    private static LocalDate day(String text, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            errors.putIfAbsent(field, "validation.required");
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException notADay) {
            errors.put(field, "validation.invalid");
            return null;
        }
    }
}
