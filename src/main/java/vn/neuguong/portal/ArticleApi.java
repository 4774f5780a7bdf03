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

/** The portal's articles as JSON, for staff: written, sent for review, published now or on schedule, taken back. */
@Tag(
        name = "Articles",
        description = "The news articles of the organizations' portals in the caller's scope: DRAFT, REVIEW (with"
                + " publishAt: scheduled) and PUBLISHED; started from a meeting, a ballot round's turnout or a"
                + " commendation decision when sourceKind names one")
@RestController
@RequestMapping("/api/v1/articles")
class ArticleApi {

    private static final String REQUIRED = "portal.article.version.required";
    private static final String INVALID = "portal.article.version.invalid";

    private final Articles articles;

    ArticleApi(Articles articles) {
        this.articles = articles;
    }

    @Operation(operationId = "listArticles", summary = "The articles in the caller's scope, newest first")
    @GetMapping
    Page<Article> list(
            @RequestParam(required = false) Article.Status status,
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) @Parameter(description = "Words of the title or summary, diacritics or not")
                    String q,
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
                                            maximum = "" + Articles.MAX_PAGE_SIZE,
                                            defaultValue = "" + Articles.DEFAULT_PAGE_SIZE))
                    Integer size,
            @AuthenticationPrincipal ActorPrincipal principal) {
        var request = PageRequest.of(page, size, Articles.DEFAULT_PAGE_SIZE, Articles.MAX_PAGE_SIZE);
        return articles.list(new Articles.Filter(status, organizationId, q), Scope.of(principal.actor()), request);
    }

    @Operation(operationId = "createArticle", summary = "Writes a draft")
    @ApiResponse(
            responseCode = "201",
            description = "Kept as a draft; its version as the entity tag",
            useReturnTypeSchema = true,
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string", example = "\"0\"")))
    @PostMapping
    ResponseEntity<Article> create(
            @RequestBody ArticleInput.Draft input, @AuthenticationPrincipal ActorPrincipal principal) {
        var created = articles.create(input, principal.actor());
        return ResponseEntity.created(URI.create("/api/v1/articles/" + created.id()))
                .eTag(EntityTags.of(created.version()))
                .body(created);
    }

    @Operation(operationId = "getArticle")
    @ApiResponse(
            responseCode = "200",
            description = "The article; its version as the entity tag",
            useReturnTypeSchema = true,
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string", example = "\"0\"")))
    @GetMapping("/{id}")
    ResponseEntity<Article> get(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal) {
        return tagged(articles.get(id, Scope.of(principal.actor())));
    }

    @Operation(
            operationId = "updateArticle",
            description = "Changes the text (organization and source stay); If-Match names the version read")
    @ApiResponse(
            responseCode = "200",
            description = "Changed",
            useReturnTypeSchema = true,
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string", example = "\"1\"")))
    @PutMapping("/{id}")
    ResponseEntity<Article> update(
            @PathVariable long id,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) @Parameter(required = true) String ifMatch,
            @RequestBody ArticleInput.Draft input,
            @AuthenticationPrincipal ActorPrincipal principal) {
        int version = EntityTags.required(ifMatch, REQUIRED, INVALID);
        return tagged(articles.update(id, version, input, principal.actor()));
    }

    @Operation(operationId = "submitArticle", description = "A draft goes to review; If-Match names the version read")
    @ApiResponse(
            responseCode = "200",
            description = "In review",
            useReturnTypeSchema = true,
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string", example = "\"1\"")))
    @PostMapping("/{id}/submit")
    ResponseEntity<Article> submit(
            @PathVariable long id,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) @Parameter(required = true) String ifMatch,
            @AuthenticationPrincipal ActorPrincipal principal) {
        return tagged(articles.submit(id, EntityTags.required(ifMatch, REQUIRED, INVALID), principal.actor()));
    }

    @Operation(
            operationId = "publishArticle",
            description = "Publishes an article in review now, or schedules it (publishAt to come); staff only")
    @ApiResponse(
            responseCode = "200",
            description = "Published or scheduled",
            useReturnTypeSchema = true,
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string", example = "\"2\"")))
    @PostMapping("/{id}/publish")
    ResponseEntity<Article> publish(
            @PathVariable long id,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) @Parameter(required = true) String ifMatch,
            @RequestBody(required = false) ArticleInput.Publish input,
            @AuthenticationPrincipal ActorPrincipal principal) {
        int version = EntityTags.required(ifMatch, REQUIRED, INVALID);
        return tagged(articles.publish(id, version, input, principal.actor()));
    }

    @Operation(
            operationId = "withdrawArticle",
            description = "A published or scheduled article goes back to draft; staff only")
    @ApiResponse(
            responseCode = "200",
            description = "A draft again",
            useReturnTypeSchema = true,
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string", example = "\"3\"")))
    @PostMapping("/{id}/withdraw")
    ResponseEntity<Article> withdraw(
            @PathVariable long id,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) @Parameter(required = true) String ifMatch,
            @AuthenticationPrincipal ActorPrincipal principal) {
        return tagged(articles.withdraw(id, EntityTags.required(ifMatch, REQUIRED, INVALID), principal.actor()));
    }

    private static ResponseEntity<Article> tagged(Article article) {
        return ResponseEntity.ok().eTag(EntityTags.of(article.version())).body(article);
    }
}
