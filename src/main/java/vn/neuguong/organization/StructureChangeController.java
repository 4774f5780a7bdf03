package vn.neuguong.organization;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
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
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.web.Messages;

/**
 * The forms of the effective-dated structure changes: rename, move, merge, split and close. The organization of the
 * page must lie inside the actor's scope (404 otherwise), and only staff and administrators reach the forms.
 */
@Controller
@RequestMapping("/organizations")
class StructureChangeController {

    private final Organizations organizations;
    private final StructureChanges changes;
    private final ChangeRules rules;
    private final CellMembership membership;
    private final SmartValidator validator;
    private final MessageSource messages;
    private final Clock clock;

    StructureChangeController(
            Organizations organizations,
            StructureChanges changes,
            ChangeRules rules,
            CellMembership membership,
            jakarta.validation.Validator validator,
            MessageSource messages,
            Clock clock) {
        this.organizations = organizations;
        this.changes = changes;
        this.rules = rules;
        this.membership = membership;
        this.validator = new SpringValidatorAdapter(validator);
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/{id:\\d+}/rename")
    String renameForm(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Model model) {
        var organization = changeable(id, principal);
        return OrganizationForms.page("rename", organization, RenameForm.of(organization, today()), model);
    }

    /** A rename made on a version someone else has changed since shows the form again with what stands now. */
    @PostMapping("/{id:\\d+}/rename")
    String rename(
            @PathVariable long id,
            @Valid @ModelAttribute("form") RenameForm form,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        var scope = editorScope(principal);
        var organization = organizations.get(id, scope);
        try {
            return OrganizationForms.attempt(
                    binding,
                    () -> changes.rename(id, form.toRename(), form.version(), scope)
                            .id(),
                    () -> OrganizationForms.page("rename", organization, form, model),
                    model,
                    redirect,
                    messages,
                    locale);
        } catch (StaleVersion e) {
            var current = organizations.get(id, scope);
            model.addAttribute("errors", Map.of("version", Messages.resolve(messages, StaleVersion.MESSAGE, locale)));
            return OrganizationForms.page("rename", current, RenameForm.of(current, form.effectiveOn()), model);
        }
    }

    @GetMapping("/{id:\\d+}/move")
    String moveForm(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Model model) {
        var organization = changeable(id, principal);
        model.addAttribute("parents", organizations.possibleParents(organization, editorScope(principal)));
        return OrganizationForms.page("move", organization, new MoveForm(organization.parentId(), today()), model);
    }

    @PostMapping("/{id:\\d+}/move")
    String move(
            @PathVariable long id,
            @Valid @ModelAttribute("form") MoveForm form,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        var scope = editorScope(principal);
        var organization = organizations.get(id, scope);
        return OrganizationForms.attempt(
                binding,
                () -> changes.move(id, form.toMove(), scope).id(),
                () -> {
                    model.addAttribute("parents", organizations.possibleParents(organization, scope));
                    return OrganizationForms.page("move", organization, form, model);
                },
                model,
                redirect,
                messages,
                locale);
    }

    @GetMapping("/{id:\\d+}/merge")
    String mergeForm(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Model model) {
        var organization = changeable(id, principal);
        var form = new MergeForm(List.of(id), null, organization.levelLabel(), null, null, null, today());
        model.addAttribute("candidates", mergeCandidates(organization, editorScope(principal)));
        return OrganizationForms.page("merge", organization, form, model);
    }

    @PostMapping("/{id:\\d+}/merge")
    String merge(
            @PathVariable long id,
            @Valid @ModelAttribute("form") MergeForm form,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        var scope = editorScope(principal);
        var organization = organizations.get(id, scope);
        return OrganizationForms.attempt(
                binding,
                () -> changes.merge(form.toMerge(), scope).id(),
                () -> {
                    model.addAttribute("candidates", mergeCandidates(organization, scope));
                    return OrganizationForms.page("merge", organization, form, model);
                },
                model,
                redirect,
                messages,
                locale);
    }

    @GetMapping("/{id:\\d+}/split")
    String splitForm(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Model model) {
        var organization = changeable(id, principal);
        return splitPage(organization, SplitForm.empty(), editorScope(principal), model);
    }

    /**
     * The split form's rows are read from the parameters as they came ({@link SplitForm}); the change they make is
     * checked against its annotations here, as a bound form is.
     */
    @PostMapping("/{id:\\d+}/split")
    String split(
            @PathVariable long id,
            HttpServletRequest request,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        var scope = editorScope(principal);
        var organization = organizations.get(id, scope);
        var form = SplitForm.of(request.getParameterMap());
        var split = form.toSplit();
        var binding = new BeanPropertyBindingResult(split, "form");
        validator.validate(split, binding);
        return OrganizationForms.attempt(
                binding,
                () -> changes.split(id, split, scope).get(0).id(),
                () -> splitPage(organization, form, scope, model),
                model,
                redirect,
                messages,
                locale);
    }

    @GetMapping("/{id:\\d+}/close")
    String closeForm(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Model model) {
        var organization = changeable(id, principal);
        return OrganizationForms.page("close", organization, new CloseForm(today()), model);
    }

    @PostMapping("/{id:\\d+}/close")
    String close(
            @PathVariable long id,
            @Valid @ModelAttribute("form") CloseForm form,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        var scope = editorScope(principal);
        var organization = organizations.get(id, scope);
        return OrganizationForms.attempt(
                binding,
                () -> changes.close(id, form.toClose(), scope).id(),
                () -> OrganizationForms.page("close", organization, form, model),
                model,
                redirect,
                messages,
                locale);
    }

    /** The top of the actor's scope is the staff above it to change: the error page says so, with 403. */
    @ExceptionHandler(ScopeTop.class)
    String scopeTop(ScopeTop e, HttpServletResponse response, Model model, Locale locale) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("status", HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute(
                "detail",
                messages.getMessage(
                        ScopeTop.MESSAGE,
                        e.getDetailMessageArguments(),
                        e.getBody().getDetail(),
                        locale));
        return "error";
    }

    // --- helpers

    /** The organization of a change's form: inside the editor's scope and below its top. */
    private Organization changeable(long id, ActorPrincipal principal) {
        var scope = editorScope(principal);
        var organization = organizations.get(id, scope);
        rules.requireBelowScopeTop(organization, scope);
        return organization;
    }

    private String splitPage(Organization organization, SplitForm form, Scope scope, Model model) {
        model.addAttribute("children", organizations.children(organization.id(), scope));
        model.addAttribute("members", membership.activeMembersByName(organization.id()));
        model.addAttribute("rows", IntStream.range(0, SplitForm.ROWS).boxed().toList());
        return OrganizationForms.page("split", organization, form, model);
    }

    /** Open organizations of the same kind beside this one inside the scope, this one first. */
    private List<Organization> mergeCandidates(Organization organization, Scope scope) {
        var siblings = organization.parentId() == null
                ? organizations.tops(scope)
                : organizations.children(organization.parentId(), scope);
        var candidates = new ArrayList<Organization>(List.of(organization));
        siblings.stream()
                .filter(sibling -> sibling.kind() == organization.kind() && sibling.id() != organization.id())
                .forEach(candidates::add);
        return candidates;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static Scope editorScope(ActorPrincipal principal) {
        return OrganizationApiController.editorScope(principal);
    }
}
