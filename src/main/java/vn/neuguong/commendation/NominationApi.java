package vn.neuguong.commendation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
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
import vn.neuguong.web.Downloads;
import vn.neuguong.web.EntityTags;
import vn.neuguong.web.FormErrors;
import vn.neuguong.web.UploadedFiles;

/** Nominations as JSON: proposed, approved, cut or returned level by level, awarded, revoked; their certificates. */
@Tag(
        name = "Commendations",
        description = "Forms of award by level, rounds of commendation decided by a committee for a campaign, their"
                + " numbered decisions (QĐ) and the certificates, each with a verification code")
@RestController
@RequestMapping("/api/v1/commendations")
class NominationApi {

    private final Nominations nominations;
    private final NominationWork work;
    private final Decisions decisions;
    private final Certificates certificates;
    private final Rounds rounds;
    private final MessageSource messages;

    NominationApi(
            Nominations nominations,
            NominationWork work,
            Decisions decisions,
            Certificates certificates,
            Rounds rounds,
            MessageSource messages) {
        this.nominations = nominations;
        this.work = work;
        this.decisions = decisions;
        this.certificates = certificates;
        this.rounds = rounds;
        this.messages = messages;
    }

    @Operation(
            operationId = "listNominations",
            summary = "The nominations of a round the caller may see",
            description = "Filtered by status, by the committee that acts next, or to those waiting for a level in the"
                    + " caller's scope (waiting=true)")
    @GetMapping("/rounds/{id}/nominations")
    Page<Nomination> list(
            @PathVariable long id,
            @RequestParam(required = false) Nomination.Status status,
            @RequestParam(required = false) Long nextId,
            @RequestParam(required = false) Boolean waiting,
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
                                            maximum = "" + Rounds.MAX_PAGE_SIZE,
                                            defaultValue = "" + Rounds.DEFAULT_PAGE_SIZE))
                    Integer size,
            @AuthenticationPrincipal ActorPrincipal principal) {
        var scope = Scope.of(principal.actor());
        rounds.get(id, scope);
        var request = PageRequest.of(page, size, Rounds.DEFAULT_PAGE_SIZE, Rounds.MAX_PAGE_SIZE);
        return nominations.list(id, status, nextId, Boolean.TRUE.equals(waiting), scope, request);
    }

    @Operation(operationId = "proposeNomination", summary = "Nominates a collective, a member or a person")
    @ApiResponse(
            responseCode = "201",
            description = "Proposed; its version as the entity tag",
            useReturnTypeSchema = true,
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string", example = "\"0\"")))
    @PostMapping("/nominations")
    ResponseEntity<Nomination> propose(
            @Valid @RequestBody NominationInput.Draft draft,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Locale locale) {
        if (binding.hasErrors()) {
            throw FormErrors.invalid(binding, List.of(), messages, locale);
        }
        var created = work.propose(draft, principal.actor());
        return ResponseEntity.created(URI.create("/api/v1/commendations/nominations/" + created.id()))
                .eTag(EntityTags.of(created.version()))
                .body(created);
    }

    @Operation(operationId = "getNomination")
    @ApiResponse(
            responseCode = "200",
            description = "The nomination; its version as the entity tag",
            useReturnTypeSchema = true,
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string", example = "\"0\"")))
    @GetMapping("/nominations/{id}")
    ResponseEntity<Nomination> get(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal) {
        return tagged(nominations.get(id, Scope.of(principal.actor())));
    }

    @Operation(
            operationId = "changeNomination",
            description = "Changes a nomination no level has approved yet, or one returned, and sends it up again;"
                    + " If-Match names the version read")
    @ApiResponse(responseCode = "200", description = "Changed", useReturnTypeSchema = true)
    @PutMapping("/nominations/{id}")
    ResponseEntity<Nomination> change(
            @PathVariable long id,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) @Parameter(required = true) String ifMatch,
            @Valid @RequestBody NominationInput.Draft draft,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Locale locale) {
        if (binding.hasErrors()) {
            throw FormErrors.invalid(binding, List.of(), messages, locale);
        }
        return tagged(work.change(id, CommendationRoundApi.version(ifMatch), draft, principal.actor()));
    }

    @Operation(
            operationId = "actOnNomination",
            description = "The committee next in line approves (up to the next, or for the decision), cuts or returns"
                    + " the nomination; If-Match names the version read")
    @ApiResponse(responseCode = "200", description = "Done", useReturnTypeSchema = true)
    @PostMapping("/nominations/{id}/steps")
    ResponseEntity<Nomination> act(
            @PathVariable long id,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) @Parameter(required = true) String ifMatch,
            @Valid @RequestBody NominationInput.Act input,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Locale locale) {
        if (binding.hasErrors()) {
            throw FormErrors.invalid(binding, List.of(), messages, locale);
        }
        return tagged(work.act(id, CommendationRoundApi.version(ifMatch), input, principal.actor()));
    }

    @Operation(
            operationId = "revokeAward",
            description = "Revokes an awarded nomination: its certificate's public page says so; If-Match names the"
                    + " version read")
    @ApiResponse(responseCode = "200", description = "Revoked", useReturnTypeSchema = true)
    @PostMapping("/nominations/{id}/revocation")
    ResponseEntity<Nomination> revoke(
            @PathVariable long id,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) @Parameter(required = true) String ifMatch,
            @Valid @RequestBody NominationInput.Revoke input,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Locale locale) {
        if (binding.hasErrors()) {
            throw FormErrors.invalid(binding, List.of(), messages, locale);
        }
        return tagged(decisions.revoke(id, CommendationRoundApi.version(ifMatch), input.reason(), principal.actor()));
    }

    @Operation(operationId = "printCertificate", description = "The certificate of one award, as PDF")
    @ApiResponse(
            responseCode = "200",
            description = "The certificate",
            content = @Content(mediaType = UploadedFiles.PDF, schema = @Schema(type = "string", format = "binary")))
    @GetMapping("/nominations/{id}/certificate")
    ResponseEntity<InputStreamResource> certificate(
            @PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal) {
        byte[] pdf = certificates.ofAward(id, Scope.of(principal.actor()), CommendationRoundApi.baseUrl());
        return Downloads.attachment(
                "giay-khen-" + id + ".pdf", UploadedFiles.PDF, pdf.length, new ByteArrayInputStream(pdf));
    }

    private static ResponseEntity<Nomination> tagged(Nomination nomination) {
        return ResponseEntity.ok().eTag(EntityTags.of(nomination.version())).body(nomination);
    }
}
