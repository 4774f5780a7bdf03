package vn.neuguong.organization;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.neuguong.organization.OrganizationForms.CloseForm;
import vn.neuguong.organization.OrganizationForms.MergeForm;
import vn.neuguong.organization.OrganizationForms.MoveForm;
import vn.neuguong.organization.OrganizationForms.RenameForm;
import vn.neuguong.organization.OrganizationForms.SplitForm;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.InvalidInputException;

/**
 * The forms of the effective-dated structure changes: rename, move, merge, split and close. The organization of the
 * page must lie inside the actor's scope (404 otherwise), and only staff and administrators reach the forms.
 */
@Controller
@RequestMapping("/organizations")
class StructureChangeController {

    private final Organizations organizations;
    private final StructureChanges changes;
    private final MessageSource messages;

    StructureChangeController(Organizations organizations, StructureChanges changes, MessageSource messages) {
        this.organizations = organizations;
        this.changes = changes;
        this.messages = messages;
    }

    @GetMapping("/{id:\\d+}/rename")
    String renameForm(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Model model) {
        var scope = editorScope(principal);
        var organization = organizations.get(id, scope);
        changes.requireBelowScopeTop(organization, scope);
        var form = new RenameForm(organization.name(), organization.code(), LocalDate.now());
        return OrganizationForms.page("rename", organization, form, Map.of(), model);
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
        return OrganizationForms.attempt(
                binding,
                () -> changes.rename(id, form.toRename(), scope).id(),
                errors -> OrganizationForms.page("rename", organization, form, errors, model),
                redirect);
    }

    @GetMapping("/{id:\\d+}/move")
    String moveForm(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Model model) {
        var scope = editorScope(principal);
        var organization = organizations.get(id, scope);
        changes.requireBelowScopeTop(organization, scope);
        model.addAttribute("parents", organizations.possibleParents(organization, scope));
        return OrganizationForms.page(
                "move", organization, new MoveForm(organization.parentId(), LocalDate.now()), Map.of(), model);
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
        return OrganizationForms.attempt(
                binding,
                () -> changes.move(id, form.toMove(), scope).id(),
                errors -> {
                    model.addAttribute("parents", organizations.possibleParents(organization, scope));
                    return OrganizationForms.page("move", organization, form, errors, model);
                },
                redirect);
    }

    @GetMapping("/{id:\\d+}/merge")
    String mergeForm(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Model model) {
        var scope = editorScope(principal);
        var organization = organizations.get(id, scope);
        changes.requireBelowScopeTop(organization, scope);
        var form = new MergeForm(List.of(id), null, organization.levelLabel(), null, null, null, LocalDate.now());
        model.addAttribute("candidates", mergeCandidates(organization, scope));
        return OrganizationForms.page("merge", organization, form, Map.of(), model);
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
        return OrganizationForms.attempt(
                binding,
                () -> changes.merge(form.toMerge(), scope).id(),
                errors -> {
                    model.addAttribute("candidates", mergeCandidates(organization, scope));
                    return OrganizationForms.page("merge", organization, form, errors, model);
                },
                redirect);
    }

    @GetMapping("/{id:\\d+}/split")
    String splitForm(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Model model) {
        var scope = editorScope(principal);
        var organization = organizations.get(id, scope);
        changes.requireBelowScopeTop(organization, scope);
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
            return splitPage(organization, form, e.firstByField(), scope, model);
        }
    }

    @GetMapping("/{id:\\d+}/close")
    String closeForm(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Model model) {
        var scope = editorScope(principal);
        var organization = organizations.get(id, scope);
        changes.requireBelowScopeTop(organization, scope);
        return OrganizationForms.page("close", organization, new CloseForm(LocalDate.now()), Map.of(), model);
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
        return OrganizationForms.attempt(
                binding,
                () -> changes.close(id, form.toClose(), scope).id(),
                errors -> OrganizationForms.page("close", organization, form, errors, model),
                redirect);
    }

    /** The top of the actor's scope is the staff above it to change: the error page says so, with 403. */
    @ExceptionHandler(StructureChanges.ScopeTop.class)
    String scopeTop(StructureChanges.ScopeTop e, HttpServletResponse response, Model model, Locale locale) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("status", HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute(
                "detail",
                messages.getMessage(
                        StructureChanges.ScopeTop.MESSAGE,
                        e.getDetailMessageArguments(),
                        e.getBody().getDetail(),
                        locale));
        return "error";
    }

    // --- helpers

    private String splitPage(
            Organization organization, SplitForm form, Map<String, String> errors, Scope scope, Model model) {
        model.addAttribute("children", organizations.children(organization.id(), scope));
        model.addAttribute("members", organizations.cellMembers(organization.id(), scope));
        model.addAttribute(
                "rows",
                java.util.stream.IntStream.range(0, SplitForm.ROWS).boxed().toList());
        return OrganizationForms.page("split", organization, form, errors, model);
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

    private static Scope editorScope(ActorPrincipal principal) {
        return OrganizationApiController.editorScope(principal);
    }
}
