package vn.neuguong.commendation;

import jakarta.validation.Valid;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Map;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.web.Downloads;
import vn.neuguong.web.FormErrors;
import vn.neuguong.web.UploadedFiles;

/**
 * The nomination pages: the form that nominates to a round, a nomination with its steps and the form that changes
 * it, the step a level takes on it, the revocation of its award and its certificate.
 */
@Controller
@RequestMapping("/commendations")
class NominationController {

    private final Nominations nominations;
    private final NominationWork work;
    private final Decisions decisions;
    private final Certificates certificates;
    private final NominationPages pages;
    private final CommendationRoundPage roundPage;
    private final MessageSource messages;

    NominationController(
            Nominations nominations,
            NominationWork work,
            Decisions decisions,
            Certificates certificates,
            NominationPages pages,
            CommendationRoundPage roundPage,
            MessageSource messages) {
        this.nominations = nominations;
        this.work = work;
        this.decisions = decisions;
        this.certificates = certificates;
        this.pages = pages;
        this.roundPage = roundPage;
        this.messages = messages;
    }

    @GetMapping("/rounds/{id}/nominations/new")
    String form(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Model model) {
        return pages.form(id, principal.actor(), NominationForm.empty(), Map.of(), model);
    }

    @PostMapping("/rounds/{id}/nominations")
    String propose(
            @PathVariable long id,
            @Valid @ModelAttribute("form") NominationForm form,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            Locale locale) {
        if (!binding.hasErrors()) {
            try {
                var created = work.propose(form.draft(id), principal.actor());
                return "redirect:/commendations/nominations/" + created.id();
            } catch (InvalidInputException invalid) {
                FormErrors.reject(binding, invalid);
            }
        }
        return pages.form(id, principal.actor(), form, FormErrors.of(binding, messages, locale), model);
    }

    @GetMapping("/nominations/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Model model) {
        return pages.nomination(id, principal.actor(), null, Map.of(), Map.of(), model);
    }

    @PostMapping("/nominations/{id}")
    String change(
            @PathVariable long id,
            @RequestParam int version,
            @Valid @ModelAttribute("form") NominationForm form,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            Locale locale) {
        var nomination = nominations.get(id, Scope.of(principal.actor()));
        if (!binding.hasErrors()) {
            try {
                var draft = form.draft(nomination.roundId());
                work.change(id, version, draft, principal.actor());
                return "redirect:/commendations/nominations/" + id;
            } catch (InvalidInputException invalid) {
                FormErrors.reject(binding, invalid);
            } catch (ConflictException conflict) {
                model.addAttribute("error", conflict.getMessage());
            }
        }
        return pages.nomination(id, principal.actor(), form, FormErrors.of(binding, messages, locale), Map.of(), model);
    }

    /** A level's step, from the round's table: back to the round, or to it with the step's errors in its line. */
    @PostMapping("/nominations/{id}/steps")
    String act(
            @PathVariable long id,
            @RequestParam int version,
            @Valid @ModelAttribute("step") NominationInput.Act step,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            Locale locale) {
        var nomination = nominations.get(id, Scope.of(principal.actor()));
        if (!binding.hasErrors()) {
            try {
                work.act(id, version, step, principal.actor());
                return "redirect:/commendations/rounds/" + nomination.roundId() + "#nomination-" + id;
            } catch (InvalidInputException invalid) {
                FormErrors.reject(binding, invalid);
            } catch (ConflictException conflict) {
                model.addAttribute("error", conflict.getMessage());
            }
        }
        return roundPage.render(
                nomination.roundId(),
                principal.actor(),
                CommendationRoundPage.Filter.none(),
                new CommendationRoundPage.Sent(FormErrors.of(binding, messages, locale), null, id, step.note()),
                model);
    }

    @PostMapping("/nominations/{id}/revocation")
    String revoke(
            @PathVariable long id,
            @RequestParam int version,
            @Valid @ModelAttribute("revocation") NominationInput.Revoke revocation,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            Locale locale) {
        if (!binding.hasErrors()) {
            try {
                decisions.revoke(id, version, revocation.reason(), principal.actor());
                return "redirect:/commendations/nominations/" + id;
            } catch (InvalidInputException invalid) {
                FormErrors.reject(binding, invalid);
            } catch (ConflictException conflict) {
                model.addAttribute("error", conflict.getMessage());
            }
        }
        return pages.nomination(id, principal.actor(), null, Map.of(), FormErrors.of(binding, messages, locale), model);
    }

    @GetMapping("/nominations/{id}/certificate.pdf")
    ResponseEntity<InputStreamResource> certificate(
            @PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal) {
        byte[] pdf = certificates.ofAward(id, Scope.of(principal.actor()), CommendationRoundApi.baseUrl());
        return Downloads.attachment(
                "giay-khen-" + id + ".pdf", UploadedFiles.PDF, pdf.length, new ByteArrayInputStream(pdf));
    }
}
