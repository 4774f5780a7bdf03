package vn.neuguong.study;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
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
import org.springframework.web.bind.annotation.RequestParam;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.study.ActionProgrammeInput.Adoption;
import vn.neuguong.study.ActionProgrammeInput.ProgressInput;
import vn.neuguong.web.FormErrors;
import vn.neuguong.web.Messages;

/** The page of one action programme: its goals and measures with their progress, adoption, progress updates. */
@Controller
@RequestMapping("/study/action-programmes/{id}")
class ActionProgrammePages {

    private final ActionProgrammes programmes;
    private final ProgrammeWork work;
    private final ProgrammeOptions options;
    private final MessageSource messages;
    private final Clock clock;

    ActionProgrammePages(
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
    String detail(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Model model) {
        model.addAttribute("adoption", new Adoption(today(), null));
        return page(id, principal, model);
    }

    @PostMapping("/adoption")
    String adopt(
            @PathVariable long id,
            @Valid @ModelAttribute("adoption") Adoption form,
            BindingResult binding,
            @RequestParam int version,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            Locale locale) {
        if (!binding.hasErrors()) {
            try {
                work.adopt(id, version, form, principal.actor(), today());
                return "redirect:/study/action-programmes/" + id;
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, e);
            } catch (ConflictException e) {
                model.addAttribute("error", Messages.resolve(messages, e.getMessage(), locale));
            }
        }
        model.addAttribute("errors", FormErrors.of(binding, messages, locale));
        return page(id, principal, model);
    }

    @PostMapping("/measures/{measureId}/progress")
    String progress(
            @PathVariable long id,
            @PathVariable long measureId,
            @Valid @ModelAttribute("progress") ProgressInput form,
            BindingResult binding,
            @RequestParam int version,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            Locale locale) {
        if (binding.hasErrors()) {
            FormErrors.reject(binding, form.problems());
        } else {
            try {
                work.progress(id, measureId, version, form, principal.actor(), today());
                return "redirect:/study/action-programmes/" + id + "#measure-" + measureId;
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, e);
            } catch (ConflictException e) {
                model.addAttribute("error", Messages.resolve(messages, e.getMessage(), locale));
            }
        }
        model.addAttribute("errors", FormErrors.of(binding, messages, locale));
        model.addAttribute("progressFor", measureId);
        model.addAttribute("adoption", new Adoption(today(), null));
        return page(id, principal, model);
    }

    private String page(long id, ActorPrincipal principal, Model model) {
        var access = ProgrammeAccess.of(principal.actor());
        var programme = programmes.get(id, access, today());
        boolean edits = programmes.edits(programme, access);
        model.addAttribute("programme", programme);
        model.addAttribute("edits", edits);
        model.addAttribute("today", today());
        model.addAttribute("statuses", ActionProgramme.Progress.values());
        model.addAttribute(
                "documents", edits && !programme.adopted() ? options.documents(programme.organizationId()) : null);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        if (!model.containsAttribute("progress")) {
            model.addAttribute("progress", new ProgressInput(null, null, null, today()));
        }
        return "study/programme";
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
