package vn.neuguong.organization;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.neuguong.organization.OrganizationSearch.OrganizationFilter;
import vn.neuguong.organization.Organizations.NewOrganization;
import vn.neuguong.organization.StructureChanges.Close;
import vn.neuguong.organization.StructureChanges.Merge;
import vn.neuguong.organization.StructureChanges.Move;
import vn.neuguong.organization.StructureChanges.Rename;
import vn.neuguong.organization.StructureChanges.Split;
import vn.neuguong.organization.StructureChanges.Update;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.shared.Role;
import vn.neuguong.web.EntityTags;

/**
 * The organization tree as JSON. Everything is read and changed inside the caller's scope: an organization outside
 * it answers 404 like one that does not exist. Changes need a staff or administrator account; an edit of one
 * organization names the version it was made from ({@link IfMatch}).
 */
@RestController
@RequestMapping("/api/v1/organizations")
@Tag(name = "Organizations", description = "The tree of party organizations and its effective-dated changes")
class OrganizationApiController {

    private static final String PROBLEM = "#/components/schemas/Problem";

    private final Organizations organizations;
    private final OrganizationSearch search;
    private final TreeHistory history;
    private final StructureChanges changes;
    private final MessageSource messages;
    private final Clock clock;

    OrganizationApiController(
            Organizations organizations,
            OrganizationSearch search,
            TreeHistory history,
            StructureChanges changes,
            MessageSource messages,
            Clock clock) {
        this.organizations = organizations;
        this.search = search;
        this.history = history;
        this.changes = changes;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    @Operation(
            operationId = "listOrganizations",
            summary = "Organizations by parent, kind and text (diacritics ignored), now or as of a date; paged from 1")
    Page<OrganizationNode> list(
            @RequestParam(required = false) Long parentId,
            @RequestParam(required = false) OrganizationKind kind,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false)
                    @Parameter(schema = @Schema(type = "integer", format = "int32", minimum = "1"))
                    Integer page,
            @RequestParam(required = false)
                    @Parameter(
                            schema =
                                    @Schema(
                                            type = "integer",
                                            format = "int32",
                                            minimum = "1",
                                            maximum = "500",
                                            defaultValue = "20"))
                    Integer size,
            @AuthenticationPrincipal ActorPrincipal principal) {
        var request = PageRequest.of(page, size, OrganizationSearch.DEFAULT_SIZE, OrganizationSearch.MAX_SIZE);
        return search.search(new OrganizationFilter(parentId, kind, q, asOf), request, scope(principal));
    }

    @GetMapping("/tree")
    @Operation(
            operationId = "getOrganizationTree",
            summary = "The whole tree inside the caller's scope as it stood on a date (today by default)")
    List<OrganizationTree> tree(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @AuthenticationPrincipal ActorPrincipal principal) {
        return history.treeAsOf(asOf == null ? LocalDate.now(clock) : asOf, scope(principal));
    }

    @GetMapping("/{id:\\d+}")
    @Operation(operationId = "getOrganization", summary = "One organization as it stands now, its version as ETag")
    @ApiResponse(
            responseCode = "200",
            description = "The organization",
            useReturnTypeSchema = true,
            headers =
                    @Header(
                            name = "ETag",
                            description = "The version, to send back as If-Match with an edit",
                            schema = @Schema(type = "string")))
    ResponseEntity<Organization> read(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal) {
        var organization = organizations.get(id, scope(principal));
        return ResponseEntity.ok().eTag(EntityTags.of(organization.version())).body(organization);
    }

    @GetMapping("/{id:\\d+}/history")
    @Operation(
            operationId = "getOrganizationHistory",
            summary = "Every state the organization has had: valid from (inclusive) to (exclusive)")
    List<OrganizationPeriod> history(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal) {
        return history.of(id, scope(principal));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "createOrganization",
            summary = "Create an organization under a parent in the caller's scope")
    Organization create(@Valid @RequestBody NewOrganization input, @AuthenticationPrincipal ActorPrincipal principal) {
        return organizations.create(input, editorScope(principal));
    }

    @PutMapping("/{id:\\d+}")
    @Operation(
            operationId = "updateOrganization",
            summary = "Correct level label, code and address; a new name is a rename from effectiveOn. Needs the"
                    + " ETag of the version edited as If-Match")
    @ApiResponse(
            responseCode = "200",
            description = "The organization as corrected",
            useReturnTypeSchema = true,
            headers = @Header(name = "ETag", description = "The new version", schema = @Schema(type = "string")))
    @ApiResponse(
            responseCode = "409",
            description = "Changed by someone else since that version was read (If-Match), or closed",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = PROBLEM)))
    ResponseEntity<Organization> update(
            @PathVariable long id,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false)
                    @Parameter(
                            in = ParameterIn.HEADER,
                            name = EntityTags.IF_MATCH,
                            required = true,
                            description = "The ETag of the version edited, as GET answered it",
                            schema = @Schema(type = "string"))
                    String ifMatch,
            @Valid @RequestBody Update input,
            @AuthenticationPrincipal ActorPrincipal principal) {
        var scope = editorScope(principal);
        int version = EntityTags.required(ifMatch, "organization.ifMatch.required", "organization.ifMatch.invalid");
        var updated = changes.update(id, input, version, scope);
        return ResponseEntity.ok().eTag(EntityTags.of(updated.version())).body(updated);
    }

    @PostMapping("/{id:\\d+}/rename")
    @Operation(
            operationId = "renameOrganization",
            summary = "Rename from an effective date; with If-Match, only if still at that version")
    Organization rename(
            @PathVariable long id,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false)
                    @Parameter(
                            in = ParameterIn.HEADER,
                            name = EntityTags.IF_MATCH,
                            description = "The ETag of the version renamed: a later one answers 409",
                            schema = @Schema(type = "string"))
                    String ifMatch,
            @Valid @RequestBody Rename input,
            @AuthenticationPrincipal ActorPrincipal principal) {
        var scope = editorScope(principal);
        return changes.rename(
                id,
                input,
                ifMatch == null
                        ? null
                        : EntityTags.required(ifMatch, "organization.ifMatch.required", "organization.ifMatch.invalid"),
                scope);
    }

    @PostMapping("/{id:\\d+}/move")
    @Operation(
            operationId = "moveOrganization",
            summary = "Move with the whole subtree under another parent from an effective date")
    Organization move(
            @PathVariable long id, @Valid @RequestBody Move input, @AuthenticationPrincipal ActorPrincipal principal) {
        return changes.move(id, input, editorScope(principal));
    }

    @PostMapping("/merge")
    @Operation(
            operationId = "mergeOrganizations",
            summary = "Merge organizations into an existing one (targetId) or a new one; they close on the date")
    Organization merge(@Valid @RequestBody Merge input, @AuthenticationPrincipal ActorPrincipal principal) {
        return changes.merge(input, editorScope(principal));
    }

    @PostMapping("/{id:\\d+}/split")
    @Operation(
            operationId = "splitOrganization",
            summary = "Split into new organizations; children and members go to the chosen part or the first")
    List<Organization> split(
            @PathVariable long id, @Valid @RequestBody Split input, @AuthenticationPrincipal ActorPrincipal principal) {
        return changes.split(id, input, editorScope(principal));
    }

    @PostMapping("/{id:\\d+}/close")
    @Operation(
            operationId = "closeOrganization",
            summary = "Dissolve an organization with no open children and no active members")
    Organization close(
            @PathVariable long id, @Valid @RequestBody Close input, @AuthenticationPrincipal ActorPrincipal principal) {
        return changes.close(id, input, editorScope(principal));
    }

    private static Scope scope(ActorPrincipal principal) {
        return Scope.of(principal.actor());
    }

    /** The scope of an account that may change the tree: staff and administrators. */
    static Scope editorScope(ActorPrincipal principal) {
        var actor = principal.actor();
        if (!actor.isAdmin() && !actor.has(Role.STAFF)) {
            throw new AccessDeniedException("Only staff change the organization tree");
        }
        return Scope.of(actor);
    }
}
