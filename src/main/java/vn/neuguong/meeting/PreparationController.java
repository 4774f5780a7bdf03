package vn.neuguong.meeting;

import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.web.Downloads;
import vn.neuguong.web.FormErrors;

/**
 * The preparation pages: the secretary assigns from the plan page of a thematic meeting; a member reads his own
 * assignments and hands each in (a text, a file); the file is downloaded by the member and the meeting's managers.
 */
@Controller
class PreparationController {

    private final Preparations preparations;
    private final CellPlanReads reads;
    private final MessageSource messages;

    PreparationController(Preparations preparations, CellPlanReads reads, MessageSource messages) {
        this.preparations = preparations;
        this.reads = reads;
        this.messages = messages;
    }

    @PostMapping("/meeting-plans/{planId:\\d+}/preparations")
    String assign(
            @PathVariable long planId,
            @Valid @ModelAttribute("assignment") Preparation.Form form,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Locale locale,
            RedirectAttributes redirect) {
        var plan = reads.get(planId, Scope.of(principal.actor()));
        String back = "redirect:/meeting-plans/cells/" + plan.cellId() + "?month=" + plan.month();
        if (!binding.hasErrors()) {
            try {
                preparations.assign(plan.meetingId(), form, principal.actor());
                redirect.addFlashAttribute("notice", "meeting.preparation.assigned");
                return back;
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, e);
            } catch (ConflictException e) {
                redirect.addFlashAttribute("stale", e.getMessage());
                return back;
            }
        }
        redirect.addFlashAttribute("assignment", form);
        redirect.addFlashAttribute("assignmentErrors", FormErrors.of(binding, messages, locale));
        return back;
    }

    @GetMapping("/meeting-preparations")
    String mine(
            @RequestParam(required = false) Integer page,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model) {
        model.addAttribute("preparations", preparations.mine(principal.actor(), PageRequest.of(page, 20, 20, 100)));
        return "meeting/preparations";
    }

    /** The member hands in his own assignment from the list: a text, a file, or both. */
    @PostMapping("/meeting-preparations/{id:\\d+}")
    String submit(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) MultipartFile file,
            @AuthenticationPrincipal ActorPrincipal principal,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            preparations.submit(
                    id, version == null ? -1 : version, text, PreparationApi.upload(file), principal.actor());
            redirect.addFlashAttribute("notice", "meeting.preparation.submitted");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("failedId", id);
            redirect.addFlashAttribute("errors", FormErrors.of(e, messages, locale));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("stale", e.getMessage());
        }
        return "redirect:/meeting-preparations";
    }

    @GetMapping("/meeting-preparations/{id:\\d+}/file")
    ResponseEntity<InputStreamResource> file(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal) {
        var stored = preparations.file(id, principal.actor());
        return Downloads.attachment(stored.name(), stored.type(), stored.size(), preparations.open(stored));
    }
}
