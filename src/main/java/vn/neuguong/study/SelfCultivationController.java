package vn.neuguong.study;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;
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
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.study.SelfCultivationInput.CommentInput;
import vn.neuguong.study.SelfCultivationInput.Draft;
import vn.neuguong.study.SelfCultivationInput.NewPlan;
import vn.neuguong.study.SelfCultivationInput.Window;
import vn.neuguong.web.FormErrors;
import vn.neuguong.web.Messages;

/**
 * The self-cultivation pages inside the application: the plans in reach and a new plan for a leader; one plan with
 * its draft, versions and comments, the leader's forms and a member's comment form.
 */
@Controller
@RequestMapping("/study/self-cultivation")
class SelfCultivationController {

    private final SelfCultivationPlans plans;
    private final SelfCultivationWork work;
    private final MessageSource messages;
    private final Clock clock;

    SelfCultivationController(
            SelfCultivationPlans plans, SelfCultivationWork work, MessageSource messages, Clock clock) {
        this.plans = plans;
        this.work = work;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) Integer page,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model) {
        return listPage(
                page, principal.actor(), new NewPlan(null, LocalDate.now(clock).getYear(), null, null), model);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") NewPlan form,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            Locale locale) {
        if (!binding.hasErrors()) {
            try {
                long id = work.create(form, principal.actor(), today()).id();
                return "redirect:/study/self-cultivation/" + id;
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, e);
            }
        }
        model.addAttribute("errors", FormErrors.of(binding, messages, locale));
        return listPage(null, principal.actor(), form, model);
    }

    private String listPage(Integer page, Actor actor, NewPlan form, Model model) {
        var request =
                PageRequest.of(page, null, SelfCultivationPlans.DEFAULT_PAGE_SIZE, SelfCultivationPlans.MAX_PAGE_SIZE);
        model.addAttribute("rows", plans.list(null, CultivationAccess.of(actor), request));
        model.addAttribute(
                "led", actor.memberId() == null ? java.util.List.of() : plans.led(actor.memberId(), today()));
        model.addAttribute("form", form);
        return "study/cultivation-list";
    }

    @GetMapping("/{id}")
    String plan(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Model model) {
        return planPage(id, principal.actor(), null, model);
    }

    @PostMapping("/{id}")
    String edit(
            @PathVariable long id,
            @Valid @ModelAttribute("draft") Draft form,
            BindingResult binding,
            @RequestParam int version,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            Locale locale) {
        return act(
                id, binding, () -> work.edit(id, version, form, principal.actor(), today()), principal, model, locale);
    }

    @PostMapping("/{id}/comment-window")
    String open(
            @PathVariable long id,
            @Valid @ModelAttribute("window") Window form,
            BindingResult binding,
            @RequestParam int version,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            Locale locale) {
        return act(
                id,
                binding,
                () -> work.openComments(id, version, form, principal.actor(), today()),
                principal,
                model,
                locale);
    }

    @PostMapping("/{id}/publication")
    String publish(
            @PathVariable long id,
            @RequestParam int version,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            Locale locale) {
        return act(id, null, () -> work.publish(id, version, principal.actor(), today()), principal, model, locale);
    }

    @PostMapping("/{id}/comments")
    String comment(
            @PathVariable long id,
            @Valid @ModelAttribute("comment") CommentInput form,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            Locale locale) {
        return act(id, binding, () -> work.comment(id, form, principal.actor(), today()), principal, model, locale);
    }

    /** Runs the change and goes back to the plan, or shows the plan with the errors and nothing saved. */
    private String act(
            long id, BindingResult binding, Supplier<?> change, ActorPrincipal principal, Model model, Locale locale) {
        if (binding == null || !binding.hasErrors()) {
            try {
                change.get();
                return "redirect:/study/self-cultivation/" + id;
            } catch (InvalidInputException e) {
                if (binding == null) {
                    model.addAttribute("errors", FormErrors.of(e, messages, locale));
                    return planPage(id, principal.actor(), null, model);
                }
                FormErrors.reject(binding, e);
            } catch (ConflictException e) {
                return planPage(id, principal.actor(), Messages.resolve(messages, e.getMessage(), locale), model);
            }
        }
        model.addAttribute("errors", FormErrors.of(binding, messages, locale));
        return planPage(id, principal.actor(), null, model);
    }

    private String planPage(long id, Actor actor, String error, Model model) {
        var access = CultivationAccess.of(actor);
        var plan = plans.get(id, access, today());
        model.addAttribute("plan", plan);
        model.addAttribute(
                "comments",
                plans.comments(
                        id,
                        access,
                        PageRequest.of(
                                null, null, SelfCultivationPlans.MAX_PAGE_SIZE, SelfCultivationPlans.MAX_PAGE_SIZE),
                        today()));
        model.addAttribute("publicPath", "/portal/organizations/" + plan.organizationId() + "/self-cultivation-plans");
        model.addAttribute("error", error);
        if (!model.containsAttribute("draft")) {
            model.addAttribute("draft", new Draft(plan.period(), plan.contentHtml()));
        }
        return "study/cultivation";
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
