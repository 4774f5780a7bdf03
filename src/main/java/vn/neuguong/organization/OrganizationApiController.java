package vn.neuguong.organization;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.neuguong.organization.Organizations.NewOrganization;
import vn.neuguong.organization.Organizations.OrganizationFilter;
import vn.neuguong.organization.Organizations.OrganizationPage;
import vn.neuguong.organization.Organizations.OrganizationPeriod;
import vn.neuguong.organization.StructureChanges.Close;
import vn.neuguong.organization.StructureChanges.Merge;
import vn.neuguong.organization.StructureChanges.Move;
import vn.neuguong.organization.StructureChanges.Rename;
import vn.neuguong.organization.StructureChanges.Split;
import vn.neuguong.organization.StructureChanges.Update;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.FieldErrors;
import vn.neuguong.shared.Role;

/**
 * The organization tree as JSON. Everything is read and changed inside the caller's scope: an organization outside
 * it answers 404 like one that does not exist. Changes need a staff or administrator account.
 */
@RestController
@RequestMapping("/api/v1/organizations")
@Tag(name = "Organizations", description = "The tree of party organizations and its effective-dated changes")
class OrganizationApiController {

    private final Organizations organizations;
    private final StructureChanges changes;

    OrganizationApiController(Organizations organizations, StructureChanges changes) {
        this.organizations = organizations;
        this.changes = changes;
    }

    @GetMapping
    @Operation(
            operationId = "listOrganizations",
            summary = "Organizations by parent, kind and text (diacritics ignored), now or as of a date; paged")
    OrganizationPage list(
            @RequestParam(required = false) Long parentId,
            @RequestParam(required = false) OrganizationKind kind,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(defaultValue = "0")
                    @Parameter(schema = @Schema(type = "integer", format = "int32", minimum = "0"))
                    int page,
            @RequestParam(defaultValue = "20")
                    @Parameter(schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "500"))
                    int size,
            @AuthenticationPrincipal ActorPrincipal principal) {
        var errors = new FieldErrors();
        if (page < 0) {
            errors.add("page", "validation.invalid");
        }
        if (size < 1 || size > 500) {
            errors.add("size", "validation.invalid");
        }
        errors.throwIfAny();
        return organizations.search(new OrganizationFilter(parentId, kind, q, asOf, page, size), scope(principal));
    }

    @GetMapping("/tree")
    @Operation(
            operationId = "getOrganizationTree",
            summary = "The whole tree inside the caller's scope as it stood on a date (today by default)")
    List<OrganizationTree> tree(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @AuthenticationPrincipal ActorPrincipal principal) {
        return organizations.treeAsOf(asOf == null ? LocalDate.now() : asOf, scope(principal));
    }

    @GetMapping("/{id:\\d+}")
    @Operation(operationId = "getOrganization", summary = "One organization as it stands now")
    Organization read(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal) {
        return organizations.get(id, scope(principal));
    }

    @GetMapping("/{id:\\d+}/history")
    @Operation(
            operationId = "getOrganizationHistory",
            summary = "Every state the organization has had: valid from (inclusive) to (exclusive)")
    List<OrganizationPeriod> history(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal) {
        return organizations.history(id, scope(principal));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "createOrganization",
            summary = "Create an organization under a parent in the caller's scope")
    Organization create(@RequestBody NewOrganization input, @AuthenticationPrincipal ActorPrincipal principal) {
        return organizations.create(input, editorScope(principal));
    }

    @PutMapping("/{id:\\d+}")
    @Operation(
            operationId = "updateOrganization",
            summary = "Correct level label, code and address; a new name is a rename from effectiveOn")
    Organization update(
            @PathVariable long id, @RequestBody Update input, @AuthenticationPrincipal ActorPrincipal principal) {
        return changes.update(id, input, editorScope(principal));
    }

    @PostMapping("/{id:\\d+}/rename")
    @Operation(operationId = "renameOrganization", summary = "Rename from an effective date")
    Organization rename(
            @PathVariable long id, @RequestBody Rename input, @AuthenticationPrincipal ActorPrincipal principal) {
        return changes.rename(id, input, editorScope(principal));
    }

    @PostMapping("/{id:\\d+}/move")
    @Operation(
            operationId = "moveOrganization",
            summary = "Move with the whole subtree under another parent from an effective date")
    Organization move(
            @PathVariable long id, @RequestBody Move input, @AuthenticationPrincipal ActorPrincipal principal) {
        return changes.move(id, input, editorScope(principal));
    }

    @PostMapping("/merge")
    @Operation(
            operationId = "mergeOrganizations",
            summary = "Merge organizations into an existing one (targetId) or a new one; they close on the date")
    Organization merge(@RequestBody Merge input, @AuthenticationPrincipal ActorPrincipal principal) {
        return changes.merge(input, editorScope(principal));
    }

    @PostMapping("/{id:\\d+}/split")
    @Operation(
            operationId = "splitOrganization",
            summary = "Split into new organizations; children and members go to the chosen part or the first")
    List<Organization> split(
            @PathVariable long id, @RequestBody Split input, @AuthenticationPrincipal ActorPrincipal principal) {
        return changes.split(id, input, editorScope(principal));
    }

    @PostMapping("/{id:\\d+}/close")
    @Operation(
            operationId = "closeOrganization",
            summary = "Dissolve an organization with no open children and no active members")
    Organization close(
            @PathVariable long id, @RequestBody Close input, @AuthenticationPrincipal ActorPrincipal principal) {
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
