package vn.neuguong.study;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.springframework.web.bind.annotation.RequestParam;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.NotFoundException;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.study.ActionProgrammeInput.Draft;
import vn.neuguong.study.ActionProgrammeInput.MeasureInput;
import vn.neuguong.web.FormErrors;
import vn.neuguong.web.Messages;

/** The pages of the action programmes: the list, the form of a draft (new or changed). */
@Controller
@RequestMapping("/study/action-programmes")
class ActionProgrammeController {

    private final ActionProgrammes programmes;
    private final ProgrammeWork work;
    private final ProgrammeOptions options;
    private final MessageSource messages;
    private final Clock clock;

    ActionProgrammeController(
            ActionProgrammes programmes,
            ProgrammeWork work,
            ProgrammeOptions options,
            MessageSource messages,
            Clock clock) {
        this.programmes = programmes;
        this.work = work;
        this.options = options;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) Long campaignId,
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) Integer page,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model) {
        var access = ProgrammeAccess.of(principal.actor());
        var request = PageRequest.of(page, null, ActionProgrammes.DEFAULT_PAGE_SIZE, ActionProgrammes.MAX_PAGE_SIZE);
        model.addAttribute("rows", programmes.list(campaignId, organizationId, access, request, today()));
        model.addAttribute("campaignId", campaignId);
        model.addAttribute("organizationId", organizationId);
        var committees = options.committees(access.scope());
        model.addAttribute("committees", committees);
        model.addAttribute("campaigns", committees.isEmpty() ? List.of() : options.campaigns(access.scope()));
        return "study/programmes";
    }

    @GetMapping("/new")
    String create(
            @RequestParam long campaignId,
            @RequestParam long organizationId,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model) {
        var existing = programmes.idOf(campaignId, organizationId);
        var scope = ProgrammeAccess.of(principal.actor()).scope();
        String committee = options.committee(organizationId, scope)
                .orElseThrow(() -> new NotFoundException("Organization", organizationId));
        if (existing.isPresent()) {
            return "redirect:/study/action-programmes/" + existing.get();
        }
        var campaign = options.campaignOf(campaignId, organizationId)
                .orElseThrow(() -> new NotFoundException("Campaign", campaignId));
        var form = new ActionProgrammeInput.New(campaignId, organizationId, null, List.of(), List.of());
        model.addAttribute("committeeName", committee);
        model.addAttribute("campaignTitle", campaign.title());
        model.addAttribute("period", List.of(campaign.startsOn(), campaign.endsOn()));
        return formPage(form.draft(), form, null, organizationId, model);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") ActionProgrammeInput.New form,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            Locale locale) {
        var scope = ProgrammeAccess.of(principal.actor()).scope();
        if (form.organizationId() == null || form.campaignId() == null) {
            throw new NotFoundException("Organization", form.organizationId());
        }
        String committee = options.committee(form.organizationId(), scope)
                .orElseThrow(() -> new NotFoundException("Organization", form.organizationId()));
        var campaign = options.campaignOf(form.campaignId(), form.organizationId())
                .orElseThrow(() -> new NotFoundException("Campaign", form.campaignId()));
        if (binding.hasErrors()) {
            FormErrors.reject(binding, work.problems(form.draft(), form.campaignId(), form.organizationId()));
        } else {
            try {
                var created = work.create(form, principal.actor(), today());
                return "redirect:/study/action-programmes/" + created.id();
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, e);
            } catch (ConflictException e) {
                model.addAttribute("error", Messages.resolve(messages, e.getMessage(), locale));
            }
        }
        model.addAttribute("errors", FormErrors.of(binding, messages, locale));
        model.addAttribute("committeeName", committee);
        model.addAttribute("campaignTitle", campaign.title());
        model.addAttribute("period", List.of(campaign.startsOn(), campaign.endsOn()));
        return formPage(form.draft(), form, null, form.organizationId(), model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Model model) {
        var programme = editable(id, principal);
        var draft = new Draft(
                programme.title(),
                programme.goals(),
                programme.measures().stream()
                        .map(m -> new MeasureInput(
                                m.content(), m.ownerMemberId(), m.ownerText(), m.startsOn(), m.dueOn()))
                        .toList());
        return changePage(programme, draft, programme.version(), model);
    }

    @PostMapping("/{id}")
    String change(
            @PathVariable long id,
            @Valid @ModelAttribute("form") Draft form,
            BindingResult binding,
            @RequestParam int version,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            Locale locale) {
        var programme = editable(id, principal);
        if (binding.hasErrors()) {
            FormErrors.reject(binding, work.problems(form, programme.campaignId(), programme.organizationId()));
        } else {
            try {
                work.change(id, version, form, principal.actor(), today());
                return "redirect:/study/action-programmes/" + id;
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, e);
            } catch (ConflictException e) {
                model.addAttribute("error", Messages.resolve(messages, e.getMessage(), locale));
            }
        }
        model.addAttribute("errors", FormErrors.of(binding, messages, locale));
        return changePage(programme, form, version, model);
    }

    /** The programme when the actor changes it and it is still a draft; 404 when it is not theirs to change. */
    private ActionProgramme editable(long id, ActorPrincipal principal) {
        var access = ProgrammeAccess.of(principal.actor());
        var programme = programmes.get(id, access, today());
        if (!programmes.edits(programme, access)) {
            throw new NotFoundException("ActionProgramme", id);
        }
        programme.requireDraft();
        return programme;
    }

    private String changePage(ActionProgramme programme, Draft draft, int version, Model model) {
        model.addAttribute("programme", programme);
        model.addAttribute("committeeName", programme.organizationName());
        model.addAttribute("campaignTitle", programme.campaignTitle());
        model.addAttribute("period", List.of(programme.campaignStartsOn(), programme.campaignEndsOn()));
        return formPage(draft, draft, version, programme.organizationId(), model);
    }

    /** The form with room for more goals and measures, the committee's members to pick as owners. */
    private String formPage(Draft draft, Object form, Integer version, long organizationId, Model model) {
        var goals = new ArrayList<>(draft.goals() == null ? List.<String>of() : draft.goals());
        goals.add(null);
        while (goals.size() < 3) {
            goals.add(null);
        }
        var measures = new ArrayList<>(draft.measures() == null ? List.<MeasureInput>of() : draft.measures());
        measures.add(new MeasureInput(null, null, null, null, null));
        while (measures.size() < 3) {
            measures.add(new MeasureInput(null, null, null, null, null));
        }
        model.addAttribute("form", form);
        model.addAttribute("title", draft.title());
        model.addAttribute("goals", goals);
        model.addAttribute("measures", measures);
        model.addAttribute("version", version);
        model.addAttribute("members", options.members(organizationId));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", java.util.Map.of());
        }
        return "study/programme-form";
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
