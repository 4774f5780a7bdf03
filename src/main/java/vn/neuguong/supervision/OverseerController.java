package vn.neuguong.supervision;

import jakarta.validation.Valid;
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
import vn.neuguong.web.FormErrors;
import vn.neuguong.web.Messages;

/** A committee's cells and their overseers: assign one, end one. */
@Controller
@RequestMapping("/supervision/overseers")
class OverseerController {

    private final Overseers overseers;
    private final Committees committees;
    private final MessageSource messages;
    private final Clock clock;

    OverseerController(Overseers overseers, Committees committees, MessageSource messages, Clock clock) {
        this.overseers = overseers;
        this.committees = committees;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) Long committeeId,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model) {
        var scope = Scope.of(principal.actor());
        long committee = committeeId == null ? first(scope) : committeeId;
        return page(committee, new Overseer.Assignment(null, null, LocalDate.now(clock), null), scope, model);
    }

    @PostMapping
    String assign(
            @RequestParam long committeeId,
            @Valid @ModelAttribute("form") Overseer.Assignment form,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            RedirectAttributes redirect,
            Model model,
            Locale locale) {
        var scope = Scope.of(principal.actor());
        if (!binding.hasErrors()) {
            try {
                overseers.assign(committeeId, form, scope);
                redirect.addFlashAttribute("notice", messages.getMessage("supervision.overseer.saved", null, locale));
                return "redirect:/supervision/overseers?committeeId=" + committeeId;
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, e);
            }
        }
        model.addAttribute("errors", FormErrors.of(binding, messages, locale));
        return page(committeeId, form, scope, model);
    }

    @PostMapping("/{id}/end")
    String end(
            @PathVariable long id,
            @Valid @ModelAttribute("ending") Overseer.Ending form,
            BindingResult binding,
            @RequestParam(required = false) Integer version,
            @AuthenticationPrincipal ActorPrincipal principal,
            RedirectAttributes redirect,
            Locale locale) {
        var scope = Scope.of(principal.actor());
        var overseer = overseers.get(id, scope);
        if (!binding.hasErrors()) {
            try {
                overseers.end(id, version == null ? -1 : version, form.endsOn(), scope);
                redirect.addFlashAttribute(
                        "notice", messages.getMessage("supervision.overseer.ended.saved", null, locale));
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, e);
            } catch (ConflictException e) {
                redirect.addFlashAttribute("error", Messages.resolve(messages, e.getMessage(), locale));
            }
        }
        if (binding.hasErrors()) {
            // Shown beside the row's own field: the assignment form below has an endsOn of its own.
            redirect.addFlashAttribute("endErrors", FormErrors.of(binding, messages, locale));
            redirect.addFlashAttribute("failedId", id);
        }
        return "redirect:/supervision/overseers?committeeId=" + overseer.committeeId();
    }

    private String page(long committeeId, Overseer.Assignment form, Scope scope, Model model) {
        model.addAttribute("committee", committees.committee(committeeId, scope));
        model.addAttribute("committees", committees.committeesIn(scope));
        model.addAttribute("cells", overseers.cells(committeeId, scope));
        model.addAttribute("seats", overseers.candidates(committeeId, scope));
        model.addAttribute("form", form);
        model.addAttribute("today", LocalDate.now(clock));
        return "supervision/overseers";
    }

    private long first(Scope scope) {
        return committees.committeesIn(scope).stream()
                .findFirst()
                .map(Committees.Choice::id)
                .orElseThrow(() ->
                        new org.springframework.security.access.AccessDeniedException("supervision.visit.notAllowed"));
    }
}
