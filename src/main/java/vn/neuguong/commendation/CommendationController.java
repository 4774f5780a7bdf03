package vn.neuguong.commendation;

import jakarta.validation.Valid;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
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
import vn.neuguong.shared.PageRequest;
import vn.neuguong.web.Downloads;
import vn.neuguong.web.FormErrors;
import vn.neuguong.web.UploadedFiles;

/**
 * The rounds of commendation: the list with the form that opens one, a round with its nominations and decisions,
 * the decision form, and a decision's certificates.
 */
@Controller
@RequestMapping("/commendations")
class CommendationController {

    private final Rounds rounds;
    private final Decisions decisions;
    private final Certificates certificates;
    private final CommendationRoundPage roundPage;
    private final CommendationPageOptions options;
    private final MessageSource messages;
    private final Clock clock;

    CommendationController(
            Rounds rounds,
            Decisions decisions,
            Certificates certificates,
            CommendationRoundPage roundPage,
            CommendationPageOptions options,
            MessageSource messages,
            Clock clock) {
        this.rounds = rounds;
        this.decisions = decisions;
        this.certificates = certificates;
        this.roundPage = roundPage;
        this.options = options;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) Integer page,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model) {
        model.addAttribute("form", new Round.Input(null, null, null, null));
        return listPage(page, principal, Map.of(), model);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") Round.Input form,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            Locale locale) {
        if (!binding.hasErrors()) {
            try {
                return "redirect:/commendations/rounds/"
                        + rounds.create(form, principal.actor()).id();
            } catch (InvalidInputException invalid) {
                FormErrors.reject(binding, invalid);
            }
        }
        return listPage(null, principal, FormErrors.of(binding, messages, locale), model);
    }

    @GetMapping("/rounds/{id}")
    String round(
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean waiting,
            @RequestParam(required = false) Nomination.Status status,
            @RequestParam(required = false) Integer page,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model) {
        return roundPage.render(
                id,
                principal.actor(),
                new CommendationRoundPage.Filter(waiting, status, page),
                CommendationRoundPage.Sent.nothing(),
                model);
    }

    @PostMapping("/rounds/{id}/decisions")
    String decide(
            @PathVariable long id,
            @RequestParam int version,
            @Valid @ModelAttribute("decision") NominationInput.Decide decision,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            Locale locale) {
        if (!binding.hasErrors()) {
            try {
                decisions.decide(id, version, decision, principal.actor());
                return "redirect:/commendations/rounds/" + id + "#decisions";
            } catch (InvalidInputException invalid) {
                FormErrors.reject(binding, invalid);
            } catch (ConflictException conflict) {
                model.addAttribute("error", conflict.getMessage());
            }
        }
        return roundPage.render(
                id,
                principal.actor(),
                CommendationRoundPage.Filter.none(),
                new CommendationRoundPage.Sent(FormErrors.of(binding, messages, locale), decision, null, null),
                model);
    }

    @GetMapping("/decisions/{id}/certificates.pdf")
    ResponseEntity<InputStreamResource> certificates(
            @PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal) {
        byte[] pdf = certificates.ofDecision(id, Scope.of(principal.actor()), CommendationRoundApi.baseUrl());
        return Downloads.attachment(
                "giay-khen-qd-" + id + ".pdf", UploadedFiles.PDF, pdf.length, new ByteArrayInputStream(pdf));
    }

    private String listPage(Integer page, ActorPrincipal principal, Map<String, String> errors, Model model) {
        var scope = Scope.of(principal.actor());
        var request = PageRequest.of(page, null, Rounds.DEFAULT_PAGE_SIZE, Rounds.MAX_PAGE_SIZE);
        model.addAttribute("rows", rounds.list(scope, request));
        model.addAttribute("errors", errors);
        var deciders = options.deciders(scope);
        model.addAttribute("deciders", deciders);
        model.addAttribute("opens", !deciders.isEmpty());
        if (!deciders.isEmpty()) {
            model.addAttribute("campaigns", options.campaigns(scope));
            model.addAttribute("today", LocalDate.now(clock));
        }
        return "commendation/rounds";
    }
}
