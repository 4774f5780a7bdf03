package vn.neuguong.organization;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.neuguong.organization.OrganizationForms.CreateForm;
import vn.neuguong.organization.OrganizationForms.EditForm;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.Role;
import vn.neuguong.web.Htmx;

/**
 * The organization pages: the expandable tree as of a date, an organization's page, and a form for each change.
 * Every read goes through the actor's scope, so an organization outside it is a 404 page.
 */
@Controller
@RequestMapping("/organizations")
class OrganizationController {

    private final Organizations organizations;
    private final StructureChanges changes;

    OrganizationController(Organizations organizations, StructureChanges changes) {
        this.organizations = organizations;
        this.changes = changes;
    }

    /** The tree's top, or one node's children; htmx asks for the children alone when a node is expanded. */
    @GetMapping
    String tree(
            @RequestParam(required = false) Long parentId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @AuthenticationPrincipal ActorPrincipal principal,
            HttpServletRequest request,
            Model model) {
        var scope = Scope.of(principal.actor());
        var date = asOf == null ? LocalDate.now() : asOf;
        if (parentId != null) {
            model.addAttribute("parent", organizations.get(parentId, scope));
            model.addAttribute("nodes", organizations.childrenAsOf(parentId, date, scope));
        } else {
            model.addAttribute("nodes", organizations.topsAsOf(date, scope));
        }
        model.addAttribute("asOf", date);
        model.addAttribute("today", date.equals(LocalDate.now()));
        return Htmx.view(request, "organization/tree", "nodes");
    }

    @GetMapping("/{id:\\d+}")
    String show(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Model model) {
        var scope = Scope.of(principal.actor());
        var organization = organizations.get(id, scope);
        model.addAttribute("organization", organization);
        model.addAttribute(
                "parent",
                organization.parentId() == null
                        ? null
                        : organizations.find(organization.parentId(), scope).orElse(null));
        model.addAttribute(
                "successor", organizations.successor(organization, scope).orElse(null));
        model.addAttribute("children", organizations.children(id, scope));
        model.addAttribute("officers", organizations.officers(id, scope));
        model.addAttribute("memberCount", organizations.memberCount(id, scope));
        model.addAttribute("history", organizations.history(id, scope));
        boolean canEdit = canEdit(principal) && organization.isOpen();
        model.addAttribute("canEdit", canEdit);
        model.addAttribute("canChange", canEdit && changes.mayChange(organization, editorScope(principal)));
        model.addAttribute("canMove", canEdit && changes.mayMove(organization, editorScope(principal)));
        return "organization/show";
    }

    @GetMapping("/new")
    String createForm(
            @RequestParam(required = false) Long parentId,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model) {
        var scope = editorScope(principal);
        if (parentId != null) {
            organizations.get(parentId, scope);
        }
        var form = new CreateForm(parentId, OrganizationKind.CELL, null, null, null, null, LocalDate.now());
        return createPage(form, Map.of(), scope, model);
    }

    @PostMapping("/new")
    String create(
            @ModelAttribute("form") CreateForm form,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            RedirectAttributes redirect) {
        var scope = editorScope(principal);
        return OrganizationForms.attempt(
                binding,
                () -> organizations.create(form.toNew(), scope).id(),
                errors -> createPage(form, errors, scope, model),
                redirect);
    }

    @GetMapping("/{id:\\d+}/edit")
    String editForm(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Model model) {
        var organization = organizations.get(id, editorScope(principal));
        return OrganizationForms.page("edit", organization, EditForm.of(organization), Map.of(), model);
    }

    @PostMapping("/{id:\\d+}/edit")
    String edit(
            @PathVariable long id,
            @ModelAttribute("form") EditForm form,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            RedirectAttributes redirect) {
        var scope = editorScope(principal);
        var organization = organizations.get(id, scope);
        return OrganizationForms.attempt(
                binding,
                () -> changes.update(id, form.toUpdate(), scope).id(),
                errors -> OrganizationForms.page("edit", organization, form, errors, model),
                redirect);
    }

    // --- helpers

    private String createPage(CreateForm form, Map<String, String> errors, Scope scope, Model model) {
        model.addAttribute(
                "parent",
                form.parentId() == null
                        ? null
                        : organizations.find(form.parentId(), scope).orElse(null));
        model.addAttribute("kinds", OrganizationKind.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "organization/create";
    }

    private static boolean canEdit(ActorPrincipal principal) {
        return principal.actor().isAdmin() || principal.actor().has(Role.STAFF);
    }

    private static Scope editorScope(ActorPrincipal principal) {
        return OrganizationApiController.editorScope(principal);
    }
}
