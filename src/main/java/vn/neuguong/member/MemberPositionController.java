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

/** The forms of the member's page that give and end posts; their errors are shown back on that page. */
@Controller
@RequestMapping("/members/{id:\\d+}/positions")
class MemberPositionController {

    private final MemberPositions positions;
    private final MessageSource messages;

    MemberPositionController(MemberPositions positions, MessageSource messages) {
        this.positions = positions;
        this.messages = messages;
    }

    @PostMapping
    String appoint(
            @PathVariable long id,
            @Valid @ModelAttribute("appointment") MemberAppointment appointment,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Locale locale,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                positions.appoint(id, appointment, principal.actor());
                redirect.addFlashAttribute("notice", "member.position.appointed");
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, e);
            }
        }
        redirect.addFlashAttribute("positionErrors", FormErrors.of(binding, messages, locale));
        return "redirect:/members/" + id;
    }

    /** The day a post ends, as the end form sends it. */
    record Ending(
            @NotNull(message = "validation.required") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate endedOn) {}

    @PostMapping("/{positionId:\\d+}/end")
    String end(
            @PathVariable long id,
            @PathVariable long positionId,
            @Valid @ModelAttribute("ending") Ending ending,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Locale locale,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                positions.end(id, positionId, ending.endedOn(), principal.actor());
                redirect.addFlashAttribute("notice", "member.position.closed");
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, e);
            } catch (ConflictException e) {
                binding.rejectValue("endedOn", e.getMessage(), e.getMessage());
            }
        }
        redirect.addFlashAttribute("positionErrors", FormErrors.of(binding, messages, locale));
        return "redirect:/members/" + id;
    }
}
