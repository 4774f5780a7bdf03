package vn.neuguong.campaign;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
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
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.web.Messages;

/** The campaign pages: the list, a new campaign, one campaign and its launch. */
@Controller
@RequestMapping("/campaigns")
class CampaignController {

    static final int PAGE_SIZE = 20;

    private final Campaigns campaigns;
    private final CampaignDrafts drafts;
    private final CampaignOrganizations organizations;
    private final MessageSource messages;
    private final RequirementWords words;
    private final Clock clock;

    CampaignController(
            Campaigns campaigns,
            CampaignDrafts drafts,
            CampaignOrganizations organizations,
            MessageSource messages,
            RequirementWords words,
            Clock clock) {
        this.words = words;
        this.campaigns = campaigns;
        this.drafts = drafts;
        this.organizations = organizations;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) Integer page,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model) {
        var request = PageRequest.of(page, null, PAGE_SIZE, PAGE_SIZE);
        model.addAttribute("campaigns", campaigns.list(scope(principal), request));
        model.addAttribute("canCreate", canCreate(principal));
        return "campaign/list";
    }

    /** Creating takes a committee in the scope to own the campaign; a member or a cell's secretary has none. */
    private boolean canCreate(ActorPrincipal principal) {
        return !organizations.committees(scope(principal)).isEmpty();
    }

    @GetMapping("/new")
    String newForm(
            @RequestParam(required = false) String documentQuery,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model) {
        if (!canCreate(principal)) {
            throw new AccessDeniedException("campaign.new.notAllowed");
        }
        var form = new CampaignForm(null, null, null, null, List.of(), null, null, RequirementRows.blank());
        return form(form, documentQuery, Map.of(), principal, model);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") CampaignForm form,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            Locale locale) {
        InvalidInputException rules;
        if (!binding.hasErrors()) {
            try {
                var campaign = drafts.create(form, scope(principal));
                return "redirect:/campaigns/" + campaign.id();
            } catch (InvalidInputException e) {
                rules = e;
            }
        } else {
            // every rule that needs no database at once, beside the annotations' findings
            rules = new InvalidInputException(form.check());
        }
        var errors = RequirementRows.errors(binding, rules, messages, locale);
        return form(RequirementRows.padded(form), null, errors, principal, model);
    }

    private String form(
            CampaignForm form,
            String documentQuery,
            Map<String, String> errors,
            ActorPrincipal principal,
            Model model) {
        var scope = scope(principal);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("documentQuery", documentQuery);
        model.addAttribute("documents", campaigns.documentsIssuedInScope(scope, documentQuery));
        model.addAttribute("documentLimit", Campaigns.DOCUMENT_PICKER_SIZE);
        model.addAttribute("committees", organizations.committees(scope));
        model.addAttribute("committeeLimit", CampaignOrganizations.PICKER_SIZE);
        model.addAttribute("kinds", ObligationKind.values());
        model.addAttribute("levels", AppliesTo.values());
        model.addAttribute("termThemes", campaigns.termThemes(scope));
        recurrences(model);
        return "campaign/form";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Model model, Locale locale) {
        var detail = campaigns.detail(id, scope(principal));
        model.addAttribute("detail", detail);
        model.addAttribute("rules", words.of(detail.requirements(), locale));
        return "campaign/detail";
    }

    /** Launches the draft as the page showed it ({@code version}); changed meanwhile, the page says so. */
    @PostMapping("/{id}/launch")
    String launch(
            @PathVariable long id,
            @RequestParam int version,
            @AuthenticationPrincipal ActorPrincipal principal,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            int count = drafts.launch(id, version, scope(principal), LocalDate.now(clock));
            redirect.addFlashAttribute(
                    "notice", messages.getMessage("campaign.launched", new Object[] {count}, locale));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", Messages.resolve(messages, e.getMessage(), locale));
        }
        return "redirect:/campaigns/" + id;
    }

    /** What the requirement rows of the campaign and cascade forms offer for how a line recurs. */
    static void recurrences(Model model) {
        model.addAttribute("recurrences", Recurrence.values());
        model.addAttribute("quotaPeriods", Recurrence.QuotaPeriod.values());
        model.addAttribute("quotaUnits", Recurrence.QuotaUnit.values());
    }

    static Scope scope(ActorPrincipal principal) {
        return Scope.of(principal.actor());
    }
}
