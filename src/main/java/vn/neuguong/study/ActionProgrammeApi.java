package vn.neuguong.study;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
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
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.study.ActionProgramme.Row;
import vn.neuguong.web.EntityTags;
import vn.neuguong.web.FormErrors;

/** Committees' action programmes as JSON: drafted, adopted (fulfilling the obligation), their measures' progress. */
@Tag(
        name = "Action programmes",
        description = "Committees' action programmes for a campaign: goals, measures with owners and dates, adoption"
                + " (which fulfils the ACTION_PROGRAMME obligation) and each measure's progress")
@RestController
@RequestMapping("/api/v1/study/action-programmes")
class ActionProgrammeApi {

    private final ActionProgrammes programmes;
    private final ProgrammeWork work;
    private final MessageSource messages;
    private final Clock clock;

    ActionProgrammeApi(ActionProgrammes programmes, ProgrammeWork work, MessageSource messages, Clock clock) {
        this.programmes = programmes;
        this.work = work;
        this.messages = messages;
        this.clock = clock;
    }

    @Operation(
            operationId = "listActionProgrammes",
            summary = "The programmes the caller reads, of a campaign and a committee when given")
    @GetMapping
    Page<Row> list(
            @RequestParam(required = false) Long campaignId,
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
                                            maximum = "" + ActionProgrammes.MAX_PAGE_SIZE,
                                            defaultValue = "" + ActionProgrammes.DEFAULT_PAGE_SIZE))
                    Integer size,
            @AuthenticationPrincipal ActorPrincipal principal) {
        var request = PageRequest.of(page, size, ActionProgrammes.DEFAULT_PAGE_SIZE, ActionProgrammes.MAX_PAGE_SIZE);
        return programmes.list(
                campaignId, organizationId, ProgrammeAccess.of(principal.actor()), request, LocalDate.now(clock));
    }

    @Operation(operationId = "createActionProgramme", summary = "Drafts a committee's programme for a campaign")
    @ApiResponse(
            responseCode = "201",
            description = "Drafted; its version as the entity tag",
            useReturnTypeSchema = true,
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string", example = "\"0\"")))
    @ApiResponse(
            responseCode = "409",
            description = "The committee already has a programme for the campaign",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = StudyApi.PROBLEM_REF)))
    @PostMapping
    ResponseEntity<ActionProgramme> create(
            @Valid @RequestBody ActionProgrammeInput.New input,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Locale locale) {
        if (binding.hasErrors()) {
            var more = work.problems(input.draft(), input.campaignId(), input.organizationId());
            throw FormErrors.invalid(binding, more, messages, locale);
        }
        var created = work.create(input, principal.actor(), LocalDate.now(clock));
        return ResponseEntity.created(URI.create("/api/v1/study/action-programmes/" + created.id()))
                .eTag(EntityTags.of(created.version()))
                .body(created);
    }

    @Operation(operationId = "getActionProgramme")
    @ApiResponse(
            responseCode = "200",
            description = "The programme; its version as the entity tag",
            useReturnTypeSchema = true,
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string", example = "\"0\"")))
    @GetMapping("/{id}")
    ResponseEntity<ActionProgramme> get(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal) {
        var programme = programmes.get(id, ProgrammeAccess.of(principal.actor()), LocalDate.now(clock));
        return ResponseEntity.ok().eTag(EntityTags.of(programme.version())).body(programme);
    }

    @Operation(
            operationId = "changeActionProgramme",
            description = "Changes the draft (goals and measures replaced as sent): If-Match names the version read")
    @ApiResponse(
            responseCode = "200",
            description = "Changed",
            useReturnTypeSchema = true,
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string", example = "\"1\"")))
    @PutMapping("/{id}")
    ResponseEntity<ActionProgramme> change(
            @PathVariable long id,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) @Parameter(required = true) String ifMatch,
            @Valid @RequestBody ActionProgrammeInput.Draft draft,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Locale locale) {
        if (binding.hasErrors()) {
            var read = programmes.get(id, ProgrammeAccess.of(principal.actor()), LocalDate.now(clock));
            var more = work.problems(draft, read.campaignId(), read.organizationId());
            throw FormErrors.invalid(binding, more, messages, locale);
        }
        return tagged(work.change(id, version(ifMatch), draft, principal.actor(), LocalDate.now(clock)));
    }

    @Operation(
            operationId = "adoptActionProgramme",
            description = "Adopts the draft on a day, citing the document that carries it; this fulfils the"
                    + " committee's ACTION_PROGRAMME obligation in the campaign: If-Match names the version read")
    @ApiResponse(
            responseCode = "200",
            description = "Adopted",
            useReturnTypeSchema = true,
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string", example = "\"2\"")))
    @PostMapping("/{id}/adoption")
    ResponseEntity<ActionProgramme> adopt(
            @PathVariable long id,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) @Parameter(required = true) String ifMatch,
            @Valid @RequestBody ActionProgrammeInput.Adoption adoption,
            @AuthenticationPrincipal ActorPrincipal principal) {
        return tagged(work.adopt(id, version(ifMatch), adoption, principal.actor(), LocalDate.now(clock)));
    }

    @Operation(
            operationId = "reportActionProgrammeProgress",
            description = "Reports a measure's progress (kept in its history): If-Match names the programme's version")
    @ApiResponse(
            responseCode = "200",
            description = "Reported",
            useReturnTypeSchema = true,
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string", example = "\"3\"")))
    @PostMapping("/{id}/measures/{measureId}/progress")
    ResponseEntity<ActionProgramme> progress(
            @PathVariable long id,
            @PathVariable long measureId,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) @Parameter(required = true) String ifMatch,
            @Valid @RequestBody ActionProgrammeInput.ProgressInput input,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Locale locale) {
        if (binding.hasErrors()) {
            throw FormErrors.invalid(binding, input.problems(), messages, locale);
        }
        return tagged(work.progress(id, measureId, version(ifMatch), input, principal.actor(), LocalDate.now(clock)));
    }

    private static ResponseEntity<ActionProgramme> tagged(ActionProgramme programme) {
        return ResponseEntity.ok().eTag(EntityTags.of(programme.version())).body(programme);
    }

    private static int version(String ifMatch) {
        return EntityTags.required(ifMatch, "study.version.required", "study.version.invalid");
    }
}
