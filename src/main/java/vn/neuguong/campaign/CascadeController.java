package vn.neuguong.campaign;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.neuguong.campaign.CampaignForm.RequirementForm;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.web.Messages;

/** The page on which a lower committee takes up a launched campaign with its own plan. */
@Controller
@RequestMapping("/campaigns/{id}/cascade")
class CascadeController {

    private final Campaigns campaigns;
    private final Cascades cascades;
    private final CampaignOrganizations organizations;
    private final MessageSource messages;
    private final Clock clock;

    CascadeController(
            Campaigns campaigns,
            Cascades cascades,
            CampaignOrganizations organizations,
            MessageSource messages,
            Clock clock) {
        this.campaigns = campaigns;
        this.cascades = cascades;
        this.organizations = organizations;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String form(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Model model) {
        var detail = campaigns.detail(id, CampaignController.scope(principal));
        var rows = new ArrayList<RequirementForm>();
        var positions = new java.util.HashMap<Long, Integer>();
        detail.requirements().forEach(r -> positions.put(r.id(), r.position()));
        detail.requirements()
                .forEach(r -> rows.add(new RequirementForm(
                        r.kind(),
                        r.appliesTo(),
                        r.dueOn(),
                        r.label(),
                        r.id(),
                        r.recurrence(),
                        r.windowStartsOn(),
                        r.afterRequirementId() == null ? null : positions.get(r.afterRequirementId()),
                        r.daysAfter(),
                        r.quota(),
                        r.quotaPeriod(),
                        r.quotaUnit(),
                        r.dueDayOnTime())));
        return render(id, new CascadeForm(null, null, RequirementRows.padded(rows)), Map.of(), principal, model);
    }

    @PostMapping
    String cascade(
            @PathVariable long id,
            @Valid @ModelAttribute("form") CascadeForm form,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        var scope = CampaignController.scope(principal);
        InvalidInputException rules = null;
        if (!binding.hasErrors()) {
            try {
                var created = cascades.cascade(id, form, scope, LocalDate.now(clock));
                long count = campaigns.detail(created.id(), scope).obligationCount();
                redirect.addFlashAttribute(
                        "notice", messages.getMessage("campaign.launched", new Object[] {count}, locale));
                return "redirect:/campaigns/" + created.id();
            } catch (InvalidInputException e) {
                rules = e;
            } catch (ConflictException e) {
                var again = new CascadeForm(
                        form.organizationId(), form.planDocumentId(), RequirementRows.padded(form.requirements()));
                return render(
                        id,
                        again,
                        Map.of("organizationId", Messages.resolve(messages, e.getMessage(), locale)),
                        principal,
                        model);
            }
        }
        if (rules == null) {
            rules = new InvalidInputException(cascades.checkRows(id, form, scope));
        }
        var again = new CascadeForm(
                form.organizationId(), form.planDocumentId(), RequirementRows.padded(form.requirements()));
        return render(id, again, RequirementRows.errors(binding, rules, messages, locale), principal, model);
    }

    private String render(
            long id, CascadeForm form, Map<String, String> errors, ActorPrincipal principal, Model model) {
        var scope = CampaignController.scope(principal);
        var detail = campaigns.detail(id, scope);
        model.addAttribute("detail", detail);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("documents", campaigns.documentsIssuedInScope(scope, null));
        model.addAttribute("documentLimit", Campaigns.DOCUMENT_PICKER_SIZE);
        model.addAttribute(
                "committees",
                organizations.committees(scope).stream()
                        .filter(o -> o.id() != detail.campaign().ownerId())
                        .toList());
        model.addAttribute("kinds", ObligationKind.values());
        model.addAttribute("levels", AppliesTo.values());
        CampaignController.recurrences(model);
        return "campaign/cascade";
    }
}
