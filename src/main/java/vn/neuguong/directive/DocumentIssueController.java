package vn.neuguong.directive;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.neuguong.directive.Documents.NewDocument;
import vn.neuguong.member.CommitteeBodies;
import vn.neuguong.organization.CommitteeBody;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.web.FormErrors;

/** The forms that issue a document in the system and register one received from outside. */
@Controller
@RequestMapping("/documents")
class DocumentIssueController {

    /** How many signers the issue form lists before its picker searches the rest by name. */
    static final int SIGNERS = 200;

    private final Documents documents;
    private final DocumentSearch search;
    private final MessageSource messages;
    private final Clock clock;
    private final CommitteeBodies bodies;

    DocumentIssueController(
            Documents documents, DocumentSearch search, MessageSource messages, Clock clock, CommitteeBodies bodies) {
        this.documents = documents;
        this.search = search;
        this.messages = messages;
        this.clock = clock;
        this.bodies = bodies;
    }

    @GetMapping("/new")
    String issueForm(Model model, @AuthenticationPrincipal ActorPrincipal principal) {
        var form = new NewDocument(null, null, LocalDate.now(clock), null, null, List.of(), List.of(), false);
        model.addAttribute("form", form);
        model.addAttribute("errors", Map.of());
        return issuePage(model, principal.actor(), form);
    }

    @PostMapping
    String issue(
            @Valid @ModelAttribute("form") NewDocument form,
            BindingResult binding,
            Model model,
            Locale locale,
            @AuthenticationPrincipal ActorPrincipal principal) {
        var actor = principal.actor();
        if (!binding.hasErrors()) {
            try {
                return "redirect:/documents/"
                        + documents.issue(form, Scope.of(actor)).id();
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, e);
            }
        }
        model.addAttribute("errors", FormErrors.of(binding, messages, locale));
        return issuePage(model, actor, form);
    }

    @GetMapping("/external/new")
    String externalForm(Model model, @AuthenticationPrincipal ActorPrincipal principal) {
        var actor = principal.actor();
        Long registrar = actor.staffOrganizationIds().isEmpty()
                ? null
                : actor.staffOrganizationIds().get(0);
        var form = new ExternalDocument(null, null, null, null, null, registrar, List.of(), List.of());
        model.addAttribute("form", form);
        model.addAttribute("errors", Map.of());
        return externalPage(model, actor, form);
    }

    @PostMapping("/external")
    String register(
            @Valid @ModelAttribute("form") ExternalDocument form,
            BindingResult binding,
            Model model,
            Locale locale,
            @AuthenticationPrincipal ActorPrincipal principal) {
        var actor = principal.actor();
        if (!binding.hasErrors()) {
            try {
                return "redirect:/documents/"
                        + documents.register(form, Scope.of(actor)).id();
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, e);
            }
        }
        model.addAttribute("errors", FormErrors.of(binding, messages, locale));
        return externalPage(model, actor, form);
    }

    /** The signer picker's search: the scope's members holding a post today whose name holds the text. */
    @GetMapping(path = "/signers", produces = "application/json")
    @ResponseBody
    List<Map<String, Object>> signers(
            @RequestParam(defaultValue = "") String q,
            Locale locale,
            @AuthenticationPrincipal ActorPrincipal principal) {
        if (q.isBlank()) {
            return List.of();
        }
        return bodies.signerChoices(Scope.of(principal.actor()), LocalDate.now(clock), q.strip()).stream()
                .map(s -> Map.<String, Object>of(
                        "value",
                        s.memberId(),
                        "text",
                        s.fullName() + " · " + messages.getMessage("member.title." + s.title(), null, locale) + " · "
                                + s.organizationName()))
                .toList();
    }

    // the issuer and recipients: the scope's first 200 organizations and the chosen, the picker searching the rest
    // (a province's staff had 9,000 options in each select, an administrator 300,000 on the national tree)
    private String issuePage(Model model, Actor actor, NewDocument form) {
        var chosen = new ArrayList<Long>(form.recipientIds());
        chosen.add(form.issuerId());
        model.addAttribute("types", search.types());
        model.addAttribute("organizations", search.issuers(Scope.of(actor), chosen, DocumentSearch.ISSUER_FILTER_SIZE));
        model.addAttribute("bodies", CommitteeBody.values());
        model.addAttribute("signers", bodies.signers(Scope.of(actor), LocalDate.now(clock), SIGNERS, form.signerId()));
        model.addAttribute("basisOptions", basisOptions(actor, form.basisIds()));
        model.addAttribute("choiceLimit", DocumentSearch.CHOICES);
        return "directive/issue";
    }

    private String externalPage(Model model, Actor actor, ExternalDocument form) {
        var chosen = new ArrayList<Long>(form.recipientIds());
        chosen.add(form.registeredById());
        model.addAttribute("organizations", search.issuers(Scope.of(actor), chosen, DocumentSearch.ISSUER_FILTER_SIZE));
        model.addAttribute("basisOptions", basisOptions(actor, form.basisIds()));
        model.addAttribute("choiceLimit", DocumentSearch.CHOICES);
        return "directive/external";
    }

    /** The bases already picked, then the newest documents: the picker searches for the rest as one types. */
    private List<DocumentView> basisOptions(Actor actor, List<Long> chosen) {
        var visibility = Visibility.of(actor);
        var options = new LinkedHashMap<Long, DocumentView>();
        search.chosen(chosen, visibility).forEach(d -> options.put(d.id(), d));
        search.choices(null, null, visibility).forEach(d -> options.putIfAbsent(d.id(), d));
        return List.copyOf(options.values());
    }
}
