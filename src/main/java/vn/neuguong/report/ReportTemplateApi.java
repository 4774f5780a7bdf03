package vn.neuguong.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.web.FormErrors;

/** Report templates as JSON, and the figures the system counts that an indicator may name. */
@Tag(
        name = "Report templates",
        description = "What a committee asks its subtree to report each period: indicators (counts, ratios, sections),"
                + " each perhaps prefilled from a figure the system counts")
@RestController
@RequestMapping("/api/v1/report-templates")
class ReportTemplateApi {

    private final ReportTemplates templates;
    private final ReportFigures figures;
    private final MessageSource messages;

    ReportTemplateApi(ReportTemplates templates, ReportFigures figures, MessageSource messages) {
        this.templates = templates;
        this.figures = figures;
        this.messages = messages;
    }

    @Operation(operationId = "listReportTemplates", summary = "The templates the caller reports by or adds up")
    @GetMapping
    List<ReportTemplate> list(@AuthenticationPrincipal ActorPrincipal principal) {
        return templates.list(Scope.of(principal.actor()));
    }

    @Operation(operationId = "createReportTemplate", summary = "Makes a template of the caller's committee")
    @ApiResponse(responseCode = "201", description = "Made", useReturnTypeSchema = true)
    @PostMapping
    ResponseEntity<ReportTemplate> create(
            @Valid @RequestBody ReportInput.Template input,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Locale locale) {
        if (binding.hasErrors()) {
            throw FormErrors.invalid(binding, List.of(), messages, locale);
        }
        var created = templates.create(input, Scope.of(principal.actor()));
        return ResponseEntity.created(URI.create("/api/v1/report-templates/" + created.id()))
                .body(created);
    }

    @Operation(operationId = "getReportTemplate")
    @GetMapping("/{id}")
    ReportTemplate get(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal) {
        return templates.get(id, Scope.of(principal.actor()));
    }

    /** A figure an indicator may name as its source, with its label. */
    @Schema(name = "ReportFigureSource")
    record Source(String key, String label) {}

    @Operation(operationId = "listReportFigureSources", summary = "The figures the system counts for the reports")
    @GetMapping("/figures")
    List<Source> sources(Locale locale) {
        return figures.keys().stream()
                .map(key -> new Source(key, messages.getMessage("figure." + key, null, key, locale)))
                .toList();
    }
}
