package vn.neuguong.organization;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
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
import vn.neuguong.web.Messages;

/**
 * The organization pages: the expandable tree as of a date, an organization's page, and the forms that create and
 * correct one. Every read goes through the actor's scope, so an organization outside it is a 404 page.
 */
@Controller
@RequestMapping("/organizations")
class OrganizationController {

    private final Organizations organizations;
    private final TreeHistory history;
    private final StructureChanges changes;
    private final ChangeRules rules;
    private final CellMembership membership;
    private final UnitPeople people;
    private final MessageSource messages;
    private final Clock clock;

    OrganizationController(
            Organizations organizations,
            TreeHistory history,
            StructureChanges changes,
            ChangeRules rules,
            CellMembership membership,
            UnitPeople people,
            MessageSource messages,
            Clock clock) {
        this.organizations = organizations;
        this.history = history;
        this.changes = changes;
        this.rules = rules;
        this.membership = membership;
        this.people = people;
        this.messages = messages;
        this.clock = clock;
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
        var today = LocalDate.now(clock);
        var date = asOf == null ? today : asOf;
        if (parentId != null) {
            model.addAttribute("parent", organizations.get(parentId, scope));
            model.addAttribute("nodes", history.childrenAsOf(parentId, date, scope));
        } else {
            model.addAttribute("nodes", history.topsAsOf(date, scope));
        }
        model.addAttribute("asOf", date);
        model.addAttribute("today", date.equals(today));
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
        model.addAttribute("officers", membership.officers(id));
        var today = LocalDate.now(clock);
        var bodies = new LinkedHashMap<CommitteeBody, List<CellMembership.Officer>>();
        if (CommitteeBody.heldBy(organization.kind()) && organization.isOpen()) {
            for (var body : CommitteeBody.values()) {
                bodies.put(body, membership.body(id, body, today));
            }
        }
        model.addAttribute("bodies", bodies);
        model.addAttribute("bodiesOn", today);
        model.addAttribute("memberCount", membership.activeMemberCount(id));
        model.addAttribute("staff", people.holders(id, LocalDate.now(clock)));
        model.addAttribute("holdsChildren", !organization.kind().childKinds().isEmpty());
        model.addAttribute("history", history.of(id, scope));
        boolean canEdit = canEdit(principal) && organization.isOpen();
        model.addAttribute("canEdit", canEdit);
        model.addAttribute("canChange", canEdit && rules.mayChange(organization, editorScope(principal)));
        model.addAttribute("canMove", canEdit && rules.mayMove(organization, editorScope(principal)));
        return "organization/show";
    }

    @GetMapping("/new")
    String createForm(
            @RequestParam(required = false) Long parentId,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model) {
        var scope = editorScope(principal);
        var kinds = parentId == null
                ? List.<OrganizationKind>of()
                : organizations.get(parentId, scope).kind().childKinds();
        var kind = kinds.isEmpty() || kinds.contains(OrganizationKind.CELL) ? OrganizationKind.CELL : kinds.get(0);
        var form = new CreateForm(parentId, kind, null, null, null, null, LocalDate.now(clock));
        model.addAttribute("errors", Map.of());
        return createPage(form, scope, model);
    }

    @PostMapping("/new")
    String create(
            @Valid @ModelAttribute("form") CreateForm form,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        var scope = editorScope(principal);
        return OrganizationForms.attempt(
                binding,
                () -> organizations.create(form.toNew(), scope).id(),
                () -> createPage(form, scope, model),
                model,
                redirect,
                messages,
                locale);
    }

    @GetMapping("/{id:\\d+}/edit")
    String editForm(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Model model) {
        var organization = organizations.get(id, editorScope(principal));
        return OrganizationForms.page("edit", organization, EditForm.of(organization), model);
    }

    /** An edit made on a version someone else has changed since shows the form again with what stands now. */
    @PostMapping("/{id:\\d+}/edit")
    String edit(
            @PathVariable long id,
            @Valid @ModelAttribute("form") EditForm form,
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
                    () -> changes.update(id, form.toUpdate(), form.version(), scope)
                            .id(),
                    () -> OrganizationForms.page("edit", organization, form, model),
                    model,
                    redirect,
                    messages,
                    locale);
        } catch (StaleVersion e) {
            var current = organizations.get(id, scope);
            model.addAttribute("errors", Map.of("version", Messages.resolve(messages, StaleVersion.MESSAGE, locale)));
            return OrganizationForms.page("edit", current, EditForm.of(current), model);
        }
    }

    // --- helpers

    private String createPage(CreateForm form, Scope scope, Model model) {
        var parent = form.parentId() == null
                ? null
                : organizations.find(form.parentId(), scope).orElse(null);
        model.addAttribute("parent", parent);
        model.addAttribute(
                "kinds",
                parent == null
                        ? List.of(OrganizationKind.values())
                        : parent.kind().childKinds());
        model.addAttribute("form", form);
        return "organization/create";
    }

    private static boolean canEdit(ActorPrincipal principal) {
        return principal.actor().isAdmin() || principal.actor().has(Role.STAFF);
    }

    private static Scope editorScope(ActorPrincipal principal) {
        return OrganizationApiController.editorScope(principal);
    }
}
