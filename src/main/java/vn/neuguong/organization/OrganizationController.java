package vn.neuguong.organization;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
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
import vn.neuguong.account.ActorPrincipal;
import vn.neuguong.account.Role;
import vn.neuguong.account.Scope;
import vn.neuguong.organization.OrganizationForms.CloseForm;
import vn.neuguong.organization.OrganizationForms.CreateForm;
import vn.neuguong.organization.OrganizationForms.EditForm;
import vn.neuguong.organization.OrganizationForms.MergeForm;
import vn.neuguong.organization.OrganizationForms.MoveForm;
import vn.neuguong.organization.OrganizationForms.RenameForm;
import vn.neuguong.organization.OrganizationForms.SplitForm;
import vn.neuguong.web.Htmx;
import vn.neuguong.web.InvalidInputException;

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
        var scope = principal.actor().scope();
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
        var scope = principal.actor().scope();
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
        model.addAttribute("canEdit", canEdit(principal) && organization.isOpen());
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
        return attempt(
                binding,
                () -> organizations.create(form.toNew(), scope).id(),
                errors -> createPage(form, errors, scope, model),
                redirect);
    }

    @GetMapping("/{id:\\d+}/edit")
    String editForm(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Model model) {
        var organization = organizations.get(id, editorScope(principal));
        return page("edit", organization, EditForm.of(organization), Map.of(), model);
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
        return attempt(
                binding,
                () -> changes.update(id, form.toUpdate(), scope).id(),
                errors -> page("edit", organization, form, errors, model),
                redirect);
    }

    @GetMapping("/{id:\\d+}/rename")
    String renameForm(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Model model) {
        var organization = organizations.get(id, editorScope(principal));
        var form = new RenameForm(organization.name(), organization.code(), LocalDate.now());
        return page("rename", organization, form, Map.of(), model);
    }

    @PostMapping("/{id:\\d+}/rename")
    String rename(
            @PathVariable long id,
            @ModelAttribute("form") RenameForm form,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            RedirectAttributes redirect) {
        var scope = editorScope(principal);
        var organization = organizations.get(id, scope);
        return attempt(
                binding,
                () -> changes.rename(id, form.toRename(), scope).id(),
                errors -> page("rename", organization, form, errors, model),
                redirect);
    }

    @GetMapping("/{id:\\d+}/move")
    String moveForm(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Model model) {
        var scope = editorScope(principal);
        var organization = organizations.get(id, scope);
        model.addAttribute("parents", organizations.possibleParents(organization, scope));
        return page("move", organization, new MoveForm(organization.parentId(), LocalDate.now()), Map.of(), model);
    }

    @PostMapping("/{id:\\d+}/move")
    String move(
            @PathVariable long id,
            @ModelAttribute("form") MoveForm form,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            RedirectAttributes redirect) {
        var scope = editorScope(principal);
        var organization = organizations.get(id, scope);
        return attempt(
                binding,
                () -> changes.move(id, form.toMove(), scope).id(),
                errors -> {
                    model.addAttribute("parents", organizations.possibleParents(organization, scope));
                    return page("move", organization, form, errors, model);
                },
                redirect);
    }

    @GetMapping("/{id:\\d+}/merge")
    String mergeForm(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Model model) {
        var scope = editorScope(principal);
        var organization = organizations.get(id, scope);
        var form = new MergeForm(List.of(id), null, organization.levelLabel(), null, null, null, LocalDate.now());
        model.addAttribute("candidates", mergeCandidates(organization, scope));
        return page("merge", organization, form, Map.of(), model);
    }

    @PostMapping("/{id:\\d+}/merge")
    String merge(
            @PathVariable long id,
            @ModelAttribute("form") MergeForm form,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            RedirectAttributes redirect) {
        var scope = editorScope(principal);
        var organization = organizations.get(id, scope);
        return attempt(
                binding,
                () -> changes.merge(form.toMerge(), scope).id(),
                errors -> {
                    model.addAttribute("candidates", mergeCandidates(organization, scope));
                    return page("merge", organization, form, errors, model);
                },
                redirect);
    }

    @GetMapping("/{id:\\d+}/split")
    String splitForm(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Model model) {
        var scope = editorScope(principal);
        var organization = organizations.get(id, scope);
        return splitPage(organization, SplitForm.empty(), Map.of(), scope, model);
    }

    @PostMapping("/{id:\\d+}/split")
    String split(
            @PathVariable long id,
            HttpServletRequest request,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            RedirectAttributes redirect) {
        var scope = editorScope(principal);
        var organization = organizations.get(id, scope);
        var form = SplitForm.of(request.getParameterMap());
        try {
            var parts = changes.split(id, form.toSplit(), scope);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/organizations/" + parts.get(0).id();
        } catch (InvalidInputException e) {
            return splitPage(organization, form, errorsOf(e), scope, model);
        }
    }

    @GetMapping("/{id:\\d+}/close")
    String closeForm(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Model model) {
        var organization = organizations.get(id, editorScope(principal));
        return page("close", organization, new CloseForm(LocalDate.now()), Map.of(), model);
    }

    @PostMapping("/{id:\\d+}/close")
    String close(
            @PathVariable long id,
            @ModelAttribute("form") CloseForm form,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            RedirectAttributes redirect) {
        var scope = editorScope(principal);
        var organization = organizations.get(id, scope);
        return attempt(
                binding,
                () -> changes.close(id, form.toClose(), scope).id(),
                errors -> page("close", organization, form, errors, model),
                redirect);
    }

    // --- helpers

    /** Runs the change and redirects to the organization it leaves behind, or shows the form with its errors. */
    private static String attempt(
            BindingResult binding,
            Supplier<Long> change,
            java.util.function.Function<Map<String, String>, String> formWithErrors,
            RedirectAttributes redirect) {
        if (binding.hasFieldErrors()) {
            var errors = new LinkedHashMap<String, String>();
            binding.getFieldErrors().forEach(error -> errors.putIfAbsent(error.getField(), "validation.invalid"));
            return formWithErrors.apply(errors);
        }
        try {
            long id = change.get();
            redirect.addFlashAttribute("saved", true);
            return "redirect:/organizations/" + id;
        } catch (InvalidInputException e) {
            return formWithErrors.apply(errorsOf(e));
        }
    }

    private static Map<String, String> errorsOf(InvalidInputException e) {
        var errors = new LinkedHashMap<String, String>();
        e.errors().forEach(error -> errors.putIfAbsent(error.field(), error.message()));
        return errors;
    }

    private static String page(
            String change, Organization organization, Object form, Map<String, String> errors, Model model) {
        model.addAttribute("organization", organization);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "organization/" + change;
    }

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

    private String splitPage(
            Organization organization, SplitForm form, Map<String, String> errors, Scope scope, Model model) {
        model.addAttribute("children", organizations.children(organization.id(), scope));
        model.addAttribute("members", organizations.cellMembers(organization.id(), scope));
        model.addAttribute(
                "rows",
                java.util.stream.IntStream.range(0, SplitForm.ROWS).boxed().toList());
        return page("split", organization, form, errors, model);
    }

    /** Open organizations of the same kind beside this one inside the scope, this one first. */
    private List<Organization> mergeCandidates(Organization organization, Scope scope) {
        var siblings = organization.parentId() == null
                ? organizations.tops(scope)
                : organizations.children(organization.parentId(), scope);
        var candidates = new java.util.ArrayList<Organization>(List.of(organization));
        siblings.stream()
                .filter(sibling -> sibling.kind() == organization.kind() && sibling.id() != organization.id())
                .forEach(candidates::add);
        return candidates;
    }

    private static boolean canEdit(ActorPrincipal principal) {
        return principal.actor().isAdmin() || principal.actor().has(Role.STAFF);
    }

    private static Scope editorScope(ActorPrincipal principal) {
        return OrganizationApiController.editorScope(principal);
    }
}
