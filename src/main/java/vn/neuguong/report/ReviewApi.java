package vn.neuguong.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
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
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.web.EntityTags;
import vn.neuguong.web.FormErrors;

/** Interim and final reviews of campaigns as JSON: drafted, then issued as numbered documents. */
@Tag(
        name = "Reviews",
        description = "Interim (sơ kết) and final (tổng kết) reviews of a campaign: the period's figures, the exemplary"
                + " collectives and individuals, the conclusions; issued as a numbered report through the registry,"
                + " which fulfils the committee's INTERIM_REVIEW obligation")
@RestController
@RequestMapping("/api/v1/reviews")
class ReviewApi {

    private final Reviews reviews;
    private final ReviewWork work;
    private final MessageSource messages;

    ReviewApi(Reviews reviews, ReviewWork work, MessageSource messages) {
        this.reviews = reviews;
        this.work = work;
        this.messages = messages;
    }

    @Operation(
            operationId = "listReviews",
            summary = "The reviews of the committees in the caller's scope",
            description = "A draft's figures are counted over the committee's whole subtree, so the list carries"
                    + " figures for issued reviews only; read a draft to see its figures as of now")
    @GetMapping
    Page<Review> list(
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
        return reviews.list(Scope.of(principal.actor()), request);
    }

    @Operation(operationId = "createReview", summary = "Drafts a committee's review of a campaign")
    @ApiResponse(
            responseCode = "201",
            description = "Drafted; its version as the entity tag",
            useReturnTypeSchema = true,
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string", example = "\"0\"")))
    @PostMapping
    ResponseEntity<Review> create(
            @Valid @RequestBody ReviewInput.Draft draft,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Locale locale) {
        if (binding.hasErrors()) {
            throw FormErrors.invalid(binding, List.of(), messages, locale);
        }
        var created = work.create(draft, principal.actor());
        return ResponseEntity.created(URI.create("/api/v1/reviews/" + created.id()))
                .eTag(EntityTags.of(created.version()))
                .body(created);
    }

    @Operation(operationId = "getReview")
    @ApiResponse(
            responseCode = "200",
            description = "The review; its version as the entity tag",
            useReturnTypeSchema = true,
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string", example = "\"0\"")))
    @GetMapping("/{id}")
    ResponseEntity<Review> get(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal) {
        return tagged(reviews.get(id, Scope.of(principal.actor())));
    }

    @Operation(operationId = "changeReview", description = "Changes the draft: If-Match names the version read")
    @ApiResponse(responseCode = "200", description = "Changed", useReturnTypeSchema = true)
    @PutMapping("/{id}")
    ResponseEntity<Review> change(
            @PathVariable long id,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) @Parameter(required = true) String ifMatch,
            @Valid @RequestBody ReviewInput.Draft draft,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Locale locale) {
        if (binding.hasErrors()) {
            throw FormErrors.invalid(binding, List.of(), messages, locale);
        }
        return tagged(work.change(id, version(ifMatch), draft, principal.actor()));
    }

    @Operation(
            operationId = "issueReview",
            description =
                    "Issues the draft as the committee's next numbered report (BC) of its term, citing the"
                            + " campaign's directing document; its figures are kept as of then: If-Match names the version read")
    @ApiResponse(responseCode = "200", description = "Issued", useReturnTypeSchema = true)
    @PostMapping("/{id}/issue")
    ResponseEntity<Review> issue(
            @PathVariable long id,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) @Parameter(required = true) String ifMatch,
            @Valid @RequestBody ReviewInput.Issue input,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Locale locale) {
        if (binding.hasErrors()) {
            throw FormErrors.invalid(binding, List.of(), messages, locale);
        }
        return tagged(work.issue(id, version(ifMatch), input, principal.actor()));
    }

    private static ResponseEntity<Review> tagged(Review review) {
        return ResponseEntity.ok().eTag(EntityTags.of(review.version())).body(review);
    }

    private static int version(String ifMatch) {
        return EntityTags.required(ifMatch, "report.version.required", "report.version.invalid");
    }
}
