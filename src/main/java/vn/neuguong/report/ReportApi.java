package vn.neuguong.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.web.EntityTags;
import vn.neuguong.web.FormErrors;

/** Periodic reports as JSON: opened prefilled, corrected with reasons, handed over, decided by the parent. */
@Tag(
        name = "Reports",
        description = "Periodic reports: each organization's report per period of a template, prefilled from what"
                + " the system recorded, its hand-over (which fulfils the PERIODIC_REPORT obligation), the parent's"
                + " decision, every version, and the parent's aggregation of its children")
@RestController
@RequestMapping("/api/v1/reports")
class ReportApi {

    private final Reports reports;
    private final ReportWork work;
    private final Revisions revisions;
    private final Aggregations aggregations;
    private final MessageSource messages;
    private final Clock clock;

    ReportApi(
            Reports reports,
            ReportWork work,
            Revisions revisions,
            Aggregations aggregations,
            MessageSource messages,
            Clock clock) {
        this.reports = reports;
        this.work = work;
        this.revisions = revisions;
        this.aggregations = aggregations;
        this.messages = messages;
        this.clock = clock;
    }

    @Operation(operationId = "listReports", summary = "The reports the caller reads, newest period first")
    @GetMapping
    Page<Report> list(
            @RequestParam(required = false) Long templateId,
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false)
                    @Parameter(schema = @Schema(type = "integer", format = "int32", minimum = "1", defaultValue = "1"))
                    Integer page,
            @RequestParam(required = false)
                    @Parameter(
                            schema =
                                    @Schema(
                                            type = "integer",
                                            format = "int32",
                                            minimum = "1",
                                            maximum = "" + Reports.MAX_PAGE_SIZE,
                                            defaultValue = "" + Reports.DEFAULT_PAGE_SIZE))
                    Integer size,
            @AuthenticationPrincipal ActorPrincipal principal) {
        var request = PageRequest.of(page, size, Reports.DEFAULT_PAGE_SIZE, Reports.MAX_PAGE_SIZE);
        return reports.list(templateId, organizationId, request, Scope.of(principal.actor()));
    }

    @Operation(
            operationId = "openReport",
            summary = "Opens an organization's report for a period, prefilled from its subtree's records or from"
                    + " its children's handed-over reports")
    @ApiResponse(
            responseCode = "201",
            description = "Opened; its version as the entity tag",
            useReturnTypeSchema = true,
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string", example = "\"0\"")))
    @PostMapping
    ResponseEntity<Report> open(
            @Valid @RequestBody ReportInput.Opening input,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Locale locale) {
        if (binding.hasErrors()) {
            throw FormErrors.invalid(binding, List.of(), messages, locale);
        }
        var opened = work.open(input, principal.actor(), LocalDate.now(clock));
        return ResponseEntity.created(URI.create("/api/v1/reports/" + opened.id()))
                .eTag(EntityTags.of(opened.version()))
                .body(opened);
    }

    @Operation(operationId = "getReport")
    @ApiResponse(
            responseCode = "200",
            description = "The report; its version as the entity tag",
            useReturnTypeSchema = true,
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string", example = "\"0\"")))
    @GetMapping("/{id}")
    ResponseEntity<Report> get(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal) {
        return tagged(reports.get(id, Scope.of(principal.actor())));
    }

    @Operation(
            operationId = "changeReportFigures",
            description = "Changes figures of a draft or returned report; a figure other than the proposal needs"
                    + " its reason: If-Match names the version read")
    @ApiResponse(responseCode = "200", description = "Changed", useReturnTypeSchema = true)
    @PutMapping("/{id}/figures")
    ResponseEntity<Report> change(
            @PathVariable long id,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) @Parameter(required = true) String ifMatch,
            @Valid @RequestBody ReportInput.Figures input,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Locale locale) {
        if (binding.hasErrors()) {
            throw FormErrors.invalid(binding, List.of(), messages, locale);
        }
        return tagged(work.change(id, version(ifMatch), input, principal.actor()));
    }

    @Operation(
            operationId = "refreshReportProposals",
            description = "Proposes the figures again from what is recorded now; corrected figures stay: If-Match"
                    + " names the version read")
    @ApiResponse(responseCode = "200", description = "Proposed again", useReturnTypeSchema = true)
    @PostMapping("/{id}/proposals")
    ResponseEntity<Report> refresh(
            @PathVariable long id,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) @Parameter(required = true) String ifMatch,
            @AuthenticationPrincipal ActorPrincipal principal) {
        return tagged(work.refresh(id, version(ifMatch), principal.actor()));
    }

    @Operation(
            operationId = "submitReport",
            description = "Hands the report over, signed off by the head; fulfils the organization's PERIODIC_REPORT"
                    + " obligation of the period: If-Match names the version read")
    @ApiResponse(responseCode = "200", description = "Handed over", useReturnTypeSchema = true)
    @PostMapping("/{id}/submission")
    ResponseEntity<Report> submit(
            @PathVariable long id,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) @Parameter(required = true) String ifMatch,
            @Valid @RequestBody ReportInput.Submission input,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Locale locale) {
        if (binding.hasErrors()) {
            throw FormErrors.invalid(binding, List.of(), messages, locale);
        }
        return tagged(work.submit(id, version(ifMatch), input, principal.actor(), LocalDate.now(clock)));
    }

    @Operation(
            operationId = "acceptReport",
            description = "The parent accepts a handed-over report (final): If-Match names the version read")
    @ApiResponse(responseCode = "200", description = "Accepted", useReturnTypeSchema = true)
    @PostMapping("/{id}/acceptance")
    ResponseEntity<Report> accept(
            @PathVariable long id,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) @Parameter(required = true) String ifMatch,
            @Valid @RequestBody ReportInput.Decision input,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Locale locale) {
        return decide(id, ifMatch, true, input, binding, principal, locale);
    }

    @Operation(
            operationId = "returnReport",
            description = "The parent returns a handed-over report with a comment, for the organization to correct"
                    + " and hand over again: If-Match names the version read")
    @ApiResponse(responseCode = "200", description = "Returned", useReturnTypeSchema = true)
    @PostMapping("/{id}/return")
    ResponseEntity<Report> giveBack(
            @PathVariable long id,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) @Parameter(required = true) String ifMatch,
            @Valid @RequestBody ReportInput.Decision input,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Locale locale) {
        return decide(id, ifMatch, false, input, binding, principal, locale);
    }

    @Operation(operationId = "listReportRevisions", summary = "Every version handed over or decided, oldest first")
    @GetMapping("/{id}/revisions")
    List<Revisions.Revision> revisions(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal) {
        return revisions.of(id, Scope.of(principal.actor()));
    }

    @Operation(
            operationId = "getReportAggregation",
            summary = "The parent's aggregation of a period: who handed over, who is missing, the summed figures")
    @GetMapping("/aggregation")
    Aggregation aggregation(
            @RequestParam long templateId,
            @RequestParam long organizationId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodStartsOn,
            @AuthenticationPrincipal ActorPrincipal principal) {
        return aggregations.of(templateId, organizationId, periodStartsOn, Scope.of(principal.actor()));
    }

    private ResponseEntity<Report> decide(
            long id,
            String ifMatch,
            boolean accept,
            ReportInput.Decision input,
            BindingResult binding,
            ActorPrincipal principal,
            Locale locale) {
        if (binding.hasErrors()) {
            throw FormErrors.invalid(binding, List.of(), messages, locale);
        }
        return tagged(work.decide(id, version(ifMatch), accept, input, principal.actor(), LocalDate.now(clock)));
    }

    private static ResponseEntity<Report> tagged(Report report) {
        return ResponseEntity.ok().eTag(EntityTags.of(report.version())).body(report);
    }

    private static int version(String ifMatch) {
        return EntityTags.required(ifMatch, "report.version.required", "report.version.invalid");
    }
}
