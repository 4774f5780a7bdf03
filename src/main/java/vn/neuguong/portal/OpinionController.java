package vn.neuguong.portal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.web.FormErrors;
import vn.neuguong.web.Messages;

/**
 * The staff pages of public opinion: the list in scope (with the answer form of each item), the form to record an
 * opinion or a distortion (prefilled from a reader's comment in one click), and the weekly summary of a campaign.
 */
@Controller
@RequestMapping("/portal-admin/opinions")
class OpinionController {

    private final Opinions opinions;
    private final OpinionSummaries summaries;
    private final OpinionOptions options;
    private final CommentModeration moderation;
    private final MessageSource messages;
    private final Clock clock;

    OpinionController(
            Opinions opinions,
            OpinionSummaries summaries,
            OpinionOptions options,
            CommentModeration moderation,
            MessageSource messages,
            Clock clock) {
        this.opinions = opinions;
        this.summaries = summaries;
        this.options = options;
        this.moderation = moderation;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) Long campaignId,
            @RequestParam(required = false) Boolean unanswered,
            @RequestParam(required = false) Integer page,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model) {
        var scope = Scope.of(principal.actor());
        var request = PageRequest.of(page, null, Opinions.DEFAULT_PAGE_SIZE, Opinions.MAX_PAGE_SIZE);
        var filter = new Opinions.Filter(campaignId, null, null, null, unanswered);
        model.addAttribute("rows", opinions.list(filter, scope, request));
        model.addAttribute("campaigns", options.campaigns(scope));
        model.addAttribute("campaignId", campaignId);
        model.addAttribute("unanswered", unanswered);
        model.addAttribute("week", OpinionSummaries.weekOf(LocalDate.now(clock)));
        return "portal/opinion-list";
    }

    /** The form; {@code commentId} prefills it from a reader's comment, {@code kind=DISTORTION} records one. */
    @GetMapping("/new")
    String create(
            @RequestParam(required = false) Long commentId,
            @RequestParam(required = false) Opinion.Kind kind,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model) {
        var form = OpinionInput.New.empty();
        if (commentId != null) {
            var comment = moderation.get(commentId, Scope.of(principal.actor()));
            form = new OpinionInput.New(
                    Opinion.Kind.OPINION,
                    null,
                    Opinion.Channel.COMMENT,
                    null,
                    comment.organizationId(),
                    comment.id(),
                    comment.title() + "\n" + comment.content(),
                    null,
                    null,
                    comment.createdAt().toLocalDate(),
                    comment.answer() == null,
                    null);
        } else if (kind == Opinion.Kind.DISTORTION) {
            form = new OpinionInput.New(
                    kind, null, Opinion.Channel.ELSEWHERE, null, null, null, null, null, null, null, true, null);
        }
        return formPage(form, principal, model);
    }

    @PostMapping
    String record(
            @ModelAttribute("opinion") OpinionInput.New form,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model,
            Locale locale) {
        try {
            if (binding.hasErrors()) {
                throw FormErrors.invalid(binding, java.util.List.of(), messages, locale);
            }
            opinions.record(form, principal.actor());
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", FormErrors.of(e, messages, locale));
            return formPage(form, principal, model);
        }
        redirect.addFlashAttribute("notice", Messages.resolve(messages, "portal.opinion.recorded", locale));
        return "redirect:/portal-admin/opinions";
    }

    @PostMapping("/{id}/answer")
    String answer(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(required = false) String answer,
            @AuthenticationPrincipal ActorPrincipal principal,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            opinions.answer(id, version, new OpinionInput.Answer(answer), principal.actor());
            redirect.addFlashAttribute("notice", Messages.resolve(messages, "portal.opinion.answered", locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "error",
                    String.join("; ", FormErrors.of(e, messages, locale).values()));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", Messages.resolve(messages, e.getMessage(), locale));
        }
        return "redirect:/portal-admin/opinions#opinion-" + id;
    }

    @GetMapping("/summary")
    String summary(
            @RequestParam long campaignId,
            @RequestParam(required = false) String week,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model) {
        String shown = week == null || week.isBlank() ? OpinionSummaries.weekOf(LocalDate.now(clock)) : week;
        var summary = summaries.summary(campaignId, shown, Scope.of(principal.actor()));
        model.addAttribute("summary", summary);
        model.addAttribute(
                "previousWeek", OpinionSummaries.weekOf(summary.startsOn().minusDays(7)));
        model.addAttribute(
                "nextWeek", OpinionSummaries.weekOf(summary.startsOn().plusDays(7)));
        return "portal/opinion-summary";
    }

    private String formPage(OpinionInput.New form, ActorPrincipal principal, Model model) {
        var scope = Scope.of(principal.actor());
        model.addAttribute("opinion", form);
        model.addAttribute("campaigns", options.campaigns(scope));
        model.addAttribute("organizations", options.organizations(scope));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", java.util.Map.of());
        }
        return "portal/opinion-form";
    }
}
