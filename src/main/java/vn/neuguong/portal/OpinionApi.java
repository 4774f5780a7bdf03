package vn.neuguong.portal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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

/** Public opinion as JSON: recorded, answered, summed up weekly per campaign. */
@Tag(
        name = "Public opinion",
        description = "Public opinion (dư luận xã hội) about a campaign in an organization: opinions classified"
                + " SUPPORT, CONCERN, SUGGESTION or COMPLAINT, taken from readers' comments, the public form, meetings"
                + " and the field; distortions circulating elsewhere, with their source and the answer given")
@RestController
@RequestMapping("/api/v1/opinions")
class OpinionApi {

    private final Opinions opinions;
    private final OpinionSummaries summaries;

    OpinionApi(Opinions opinions, OpinionSummaries summaries) {
        this.opinions = opinions;
        this.summaries = summaries;
    }

    @Operation(operationId = "listOpinions", summary = "The public opinion in the caller's scope, newest heard first")
    @GetMapping
    Page<Opinion> list(
            @RequestParam(required = false) Long campaignId,
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) Opinion.Kind kind,
            @RequestParam(required = false) Opinion.Classification classification,
            @RequestParam(required = false)
                    @Parameter(description = "true: only the items that need an answer and have none")
                    Boolean unanswered,
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
                                            maximum = "" + Opinions.MAX_PAGE_SIZE,
                                            defaultValue = "" + Opinions.DEFAULT_PAGE_SIZE))
                    Integer size,
            @AuthenticationPrincipal ActorPrincipal principal) {
        var request = PageRequest.of(page, size, Opinions.DEFAULT_PAGE_SIZE, Opinions.MAX_PAGE_SIZE);
        var filter = new Opinions.Filter(campaignId, organizationId, kind, classification, unanswered);
        return opinions.list(filter, Scope.of(principal.actor()), request);
    }

    @Operation(
            operationId = "createOpinion",
            summary = "Records an opinion or a distortion",
            description = "An opinion needs a class and a channel (COMMENT with a commentId, whose article's"
                    + " organization it takes when none is sent); a distortion has no class, comes from ELSEWHERE and"
                    + " names its source (sourceText or sourceUrl)")
    @ApiResponse(
            responseCode = "201",
            description = "Recorded; its version as the entity tag",
            useReturnTypeSchema = true,
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string", example = "\"0\"")))
    @PostMapping
    ResponseEntity<Opinion> create(
            @RequestBody OpinionInput.New input, @AuthenticationPrincipal ActorPrincipal principal) {
        var created = opinions.record(input, principal.actor());
        return ResponseEntity.created(URI.create("/api/v1/opinions/" + created.id()))
                .eTag(EntityTags.of(created.version()))
                .body(created);
    }

    @Operation(operationId = "getOpinion")
    @ApiResponse(
            responseCode = "200",
            description = "The item; its version as the entity tag",
            useReturnTypeSchema = true,
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string", example = "\"0\"")))
    @GetMapping("/{id}")
    ResponseEntity<Opinion> get(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal) {
        return tagged(opinions.get(id, Scope.of(principal.actor())));
    }

    @Operation(
            operationId = "answerOpinion",
            description = "Gives the answer: who and when are the caller and now. If-Match names the version read")
    @ApiResponse(
            responseCode = "200",
            description = "Answered",
            useReturnTypeSchema = true,
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string", example = "\"1\"")))
    @PostMapping("/{id}/answer")
    ResponseEntity<Opinion> answer(
            @PathVariable long id,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) @Parameter(required = true) String ifMatch,
            @RequestBody OpinionInput.Answer input,
            @AuthenticationPrincipal ActorPrincipal principal) {
        int version = EntityTags.required(ifMatch, "portal.opinion.version.required", "portal.opinion.version.invalid");
        return tagged(opinions.answer(id, version, input, principal.actor()));
    }

    @Operation(
            operationId = "summarizeOpinions",
            summary = "A campaign's weekly summary",
            description = "The ISO week's opinions by class and distortions, the items still to answer, the items"
                    + " answered in the week with who and when; in the caller's scope")
    @GetMapping("/summary")
    OpinionSummary summary(
            @RequestParam long campaignId,
            @RequestParam
                    @Parameter(schema = @Schema(type = "string", example = "2024-W50", pattern = "^\\d{4}-W\\d{2}$"))
                    String week,
            @AuthenticationPrincipal ActorPrincipal principal) {
        return summaries.summary(campaignId, week, Scope.of(principal.actor()));
    }

    private static ResponseEntity<Opinion> tagged(Opinion opinion) {
        return ResponseEntity.ok().eTag(EntityTags.of(opinion.version())).body(opinion);
    }
}
