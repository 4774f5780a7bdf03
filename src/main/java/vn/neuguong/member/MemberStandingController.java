package vn.neuguong.member;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.web.FormErrors;

/**
 * The forms of the member's page that record and end standing periods (miễn sinh hoạt, sinh hoạt tạm thời, ...);
 * their errors are shown back on that page beside the fields.
 */
@Controller
@RequestMapping("/members/{id:\\d+}/standings")
class MemberStandingController {

    private final MemberStandings standings;
    private final MessageSource messages;

    MemberStandingController(MemberStandings standings, MessageSource messages) {
        this.standings = standings;
        this.messages = messages;
    }

    @PostMapping
    String add(
            @PathVariable long id,
            @Valid @ModelAttribute("standing") MemberStandingInput input,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Locale locale,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                standings.add(id, input, principal.actor());
                redirect.addFlashAttribute("notice", "member.standing.added");
                return "redirect:/members/" + id;
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, e);
            }
        }
        redirect.addFlashAttribute("standingErrors", FormErrors.of(binding, messages, locale));
        redirect.addFlashAttribute("standingForm", input);
        return "redirect:/members/" + id + "#standings";
    }

    /** The last day of a period, as the end form sends it. */
    record Ending(
            @NotNull(message = "validation.required") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate endsOn) {}

    @PostMapping("/{standingId:\\d+}/end")
    String end(
            @PathVariable long id,
            @PathVariable long standingId,
            @Valid @ModelAttribute("ending") Ending ending,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Locale locale,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                standings.end(id, standingId, ending.endsOn(), principal.actor());
                redirect.addFlashAttribute("notice", "member.standing.ended.notice");
                return "redirect:/members/" + id;
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, e);
            } catch (ConflictException e) {
                binding.rejectValue("endsOn", e.getMessage(), e.getMessage());
            }
        }
        redirect.addFlashAttribute("standingErrors", FormErrors.of(binding, messages, locale));
        return "redirect:/members/" + id + "#standings";
    }
}
