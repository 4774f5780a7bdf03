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
import org.springframework.security.access.prepost.PreAuthorize;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.web.Downloads;
import vn.neuguong.web.EntityTags;
import vn.neuguong.web.FormErrors;
import vn.neuguong.web.UploadedFiles;

/** The forms of award, rounds of commendation and their decisions as JSON, and the decisions' certificates. */
@Tag(
        name = "Commendations",
        description = "Forms of award by level, rounds of commendation decided by a committee for a campaign, their"
                + " numbered decisions (QĐ) and the certificates, each with a verification code")
@RestController
@RequestMapping("/api/v1/commendations")
class CommendationRoundApi {

    private final AwardForms forms;
    private final Rounds rounds;
    private final Decisions decisions;
    private final Certificates certificates;
    private final MessageSource messages;

    CommendationRoundApi(
            AwardForms forms, Rounds rounds, Decisions decisions, Certificates certificates, MessageSource messages) {
        this.forms = forms;
        this.rounds = rounds;
        this.decisions = decisions;
        this.certificates = certificates;
        this.messages = messages;
    }

    @Operation(operationId = "listAwardForms", summary = "The forms of award and the levels that may give each")
    @GetMapping("/forms")
    List<AwardForms.AwardForm> forms() {
        return forms.all();
    }

    @Operation(operationId = "changeAwardFormLevels", summary = "Sets the levels that may give a form (administrators)")
    @PutMapping("/forms/{code}")
    @PreAuthorize("hasRole('ADMIN')")
    AwardForms.AwardForm changeForm(
            @PathVariable String code,
            @Valid @RequestBody AwardForms.Levels input,
            BindingResult binding,
            Locale locale) {
        if (binding.hasErrors()) {
            throw FormErrors.invalid(binding, List.of(), messages, locale);
        }
        return forms.change(code, input);
    }

    @Operation(operationId = "listCommendationRounds", summary = "The rounds decided in or above the caller's scope")
    @GetMapping("/rounds")
    Page<Round> list(
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
        var request = PageRequest.of(page, size, Rounds.DEFAULT_PAGE_SIZE, Rounds.MAX_PAGE_SIZE);
        return rounds.list(Scope.of(principal.actor()), request);
    }

    @Operation(operationId = "createCommendationRound", summary = "Opens a round for an organization in scope")
    @ApiResponse(
            responseCode = "201",
            description = "Opened; its version as the entity tag",
            useReturnTypeSchema = true,
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string", example = "\"0\"")))
    @PostMapping("/rounds")
    ResponseEntity<Round> create(
            @Valid @RequestBody Round.Input input,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Locale locale) {
        if (binding.hasErrors()) {
            throw FormErrors.invalid(binding, List.of(), messages, locale);
        }
        var created = rounds.create(input, principal.actor());
        return ResponseEntity.created(URI.create("/api/v1/commendations/rounds/" + created.id()))
                .eTag(EntityTags.of(created.version()))
                .body(created);
    }

    @Operation(operationId = "getCommendationRound")
    @ApiResponse(
            responseCode = "200",
            description = "The round; its version as the entity tag",
            useReturnTypeSchema = true,
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string", example = "\"0\"")))
    @GetMapping("/rounds/{id}")
    ResponseEntity<Round> get(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal) {
        var round = rounds.get(id, Scope.of(principal.actor()));
        return ResponseEntity.ok().eTag(EntityTags.of(round.version())).body(round);
    }

    @Operation(operationId = "listCommendationDecisions", summary = "The decisions of a round, oldest first")
    @GetMapping("/rounds/{id}/decisions")
    List<Decision> decisions(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal) {
        var scope = Scope.of(principal.actor());
        rounds.get(id, scope);
        return decisions.ofRound(id, scope);
    }

    @Operation(
            operationId = "decideCommendationRound",
            description = "Issues the deciding committee's numbered decision (QĐ) awarding the approved nominations"
                    + " listed, in that order; If-Match names the round's version read")
    @ApiResponse(responseCode = "201", description = "Issued", useReturnTypeSchema = true)
    @PostMapping("/rounds/{id}/decisions")
    ResponseEntity<Decision> decide(
            @PathVariable long id,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) @Parameter(required = true) String ifMatch,
            @Valid @RequestBody NominationInput.Decide input,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Locale locale) {
        if (binding.hasErrors()) {
            throw FormErrors.invalid(binding, List.of(), messages, locale);
        }
        var decision = decisions.decide(id, version(ifMatch), input, principal.actor());
        return ResponseEntity.created(URI.create("/api/v1/commendations/decisions/" + decision.id()))
                .body(decision);
    }

    @Operation(operationId = "getCommendationDecision")
    @GetMapping("/decisions/{id}")
    Decision decision(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal) {
        return decisions.get(id, Scope.of(principal.actor()));
    }

    @Operation(
            operationId = "printCommendationCertificates",
            description = "Every certificate of the decision still standing, one A4 landscape page each")
    @ApiResponse(
            responseCode = "200",
            description = "The certificates",
            content = @Content(mediaType = UploadedFiles.PDF, schema = @Schema(type = "string", format = "binary")))
    @GetMapping("/decisions/{id}/certificates")
    ResponseEntity<InputStreamResource> certificates(
            @PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal) {
        byte[] pdf = certificates.ofDecision(id, Scope.of(principal.actor()), baseUrl());
        return Downloads.attachment(
                "giay-khen-qd-" + id + ".pdf", UploadedFiles.PDF, pdf.length, new ByteArrayInputStream(pdf));
    }

    static String baseUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    static int version(String ifMatch) {
        return EntityTags.required(ifMatch, "commendation.version.required", "commendation.version.invalid");
    }
}
