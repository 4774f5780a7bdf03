package vn.neuguong.directive;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.neuguong.directive.DocumentSearch.Criteria;
import vn.neuguong.directive.DocumentSearch.NumberQuery;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.NotFoundException;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.web.FormErrors;
import vn.neuguong.web.Htmx;

/** The document list and search, a document's page, its basis links and the member's "studied" mark. */
@Controller
@RequestMapping("/documents")
class DocumentController {

    private final Documents documents;
    private final DocumentSearch search;
    private final DocumentBasis basis;
    private final DocumentReading reading;
    private final DocumentAttachments attachments;
    private final MessageSource messages;

    DocumentController(
            Documents documents,
            DocumentSearch search,
            DocumentBasis basis,
            DocumentReading reading,
            DocumentAttachments attachments,
            MessageSource messages) {
        this.documents = documents;
        this.search = search;
        this.basis = basis;
        this.reading = reading;
        this.attachments = attachments;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @ModelAttribute("search") SearchForm form,
            HttpServletRequest request,
            Model model,
            @AuthenticationPrincipal ActorPrincipal principal) {
        var actor = principal.actor();
        var criteria = new Criteria(
                form.q(), form.number(), form.type(), form.issuerId(), form.termId(), form.from(), form.to());
        model.addAttribute("result", search.search(criteria, PageRequest.of(form.page(), null), Visibility.of(actor)));
        return listPage(request, model, actor);
    }

    /**
     * A link to a document by its number: the issuer, the term or a day of the term pick it out. When several documents
     * still match (a bare number recurs in every term and at every committee), they are listed rather than one guessed.
     */
    @GetMapping("/by-number")
    String byNumber(
            @RequestParam(required = false) String number,
            @RequestParam(required = false) Long issuerId,
            @RequestParam(required = false) Long termId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @RequestParam(required = false) Integer page,
            HttpServletRequest request,
            Model model,
            @AuthenticationPrincipal ActorPrincipal principal) {
        var actor = principal.actor();
        if (number == null || number.isBlank()) {
            throw new NotFoundException("Document", number);
        }
        var matches = search.byNumber(
                new NumberQuery(number, issuerId, termId, on), PageRequest.of(page, null), Visibility.of(actor));
        if (matches.total() == 0) {
            throw new NotFoundException("Document", number);
        }
        if (matches.total() == 1) {
            return "redirect:/documents/" + matches.items().get(0).id();
        }
        model.addAttribute("search", new SearchForm(null, number, null, issuerId, termId, null, null, null));
        model.addAttribute("result", matches);
        model.addAttribute("ambiguous", true);
        return listPage(request, model, actor);
    }

    private String listPage(HttpServletRequest request, Model model, Actor actor) {
        if (!Htmx.isHtmx(request)) {
            // the filter form's, which the results' fragment does not show
            model.addAttribute("types", search.types());
            var form = (SearchForm) model.getAttribute("search");
            model.addAttribute("issuers", search.issuers(Scope.of(actor), form == null ? null : form.issuerId()));
        }
        model.addAttribute(
                "canIssue", actor.isAdmin() || !actor.staffOrganizationIds().isEmpty());
        return Htmx.view(request, "directive/list", "results");
    }

    /**
     * The basis pickers' search: the newest documents the reader may see whose number, issuer or words contain the
     * text, as {@code {value, text}} labelled number · issuer · date · summary; at most {@value DocumentSearch#CHOICES}.
     */
    @GetMapping(path = "/choices", produces = "application/json")
    @ResponseBody
    List<Map<String, Object>> choices(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) Long except,
            @AuthenticationPrincipal ActorPrincipal principal) {
        return search.choices(q, except, Visibility.of(principal.actor())).stream()
                .map(d -> Map.<String, Object>of("value", d.id(), "text", d.label()))
                .toList();
    }

    /** The issuer filter's search for an organization by name, for its picker: up to 20 as {@code {value, text}}. */
    @GetMapping(path = "/issuers", produces = "application/json")
    @ResponseBody
    List<Map<String, Object>> issuers(
            @RequestParam(defaultValue = "") String q, @AuthenticationPrincipal ActorPrincipal principal) {
        if (q.isBlank()) {
            return List.of();
        }
        return search.issuerChoices(Scope.of(principal.actor()), q.strip()).stream()
                .map(o -> Map.<String, Object>of("value", o.id(), "text", o.name()))
                .toList();
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model, @AuthenticationPrincipal ActorPrincipal principal) {
        var actor = principal.actor();
        var visibility = Visibility.of(actor);
        var document = documents.get(id, visibility);
        if (actor.memberId() != null) {
            reading.recordRead(id, actor.memberId());
        }
        boolean canEdit = canEdit(id, actor);
        model.addAttribute("document", document);
        model.addAttribute("recipients", reading.recipients(id));
        model.addAttribute("attachments", attachments.list(id));
        model.addAttribute("cascade", basis.cascade(id, visibility));
        model.addAttribute("progress", reading.progress(id, Scope.of(actor)));
        model.addAttribute("readState", reading.state(id, actor.memberId()));
        model.addAttribute("isMember", actor.memberId() != null);
        model.addAttribute("canEdit", canEdit);
        model.addAttribute("basisChoices", canEdit ? search.choices(null, id, visibility) : List.of());
        model.addAttribute("choiceLimit", DocumentSearch.CHOICES);
        return "directive/document";
    }

    @PostMapping("/{id}/studied")
    String markStudied(
            @PathVariable long id,
            HttpServletRequest request,
            Model model,
            Locale locale,
            @AuthenticationPrincipal ActorPrincipal principal) {
        var actor = principal.actor();
        try {
            model.addAttribute("readState", reading.markStudied(id, Visibility.of(actor)));
        } catch (InvalidInputException e) {
            model.addAttribute("readState", reading.state(id, actor.memberId()));
            model.addAttribute(
                    "studiedError", FormErrors.of(e, messages, locale).get("memberId"));
        }
        model.addAttribute("document", documents.get(id, Visibility.of(actor)));
        model.addAttribute("isMember", actor.memberId() != null);
        if (Htmx.isHtmx(request)) {
            return "directive/document :: studied";
        }
        return "redirect:/documents/" + id;
    }

    /** Links the basis picked from the searchable list of documents the reader may see. */
    @PostMapping("/{id}/basis")
    String linkBasis(
            @PathVariable long id,
            @RequestParam(name = "basisId", required = false) Long basisId,
            RedirectAttributes redirect,
            Locale locale,
            @AuthenticationPrincipal ActorPrincipal principal) {
        try {
            if (basisId == null) {
                throw new InvalidInputException("basisId", "validation.required");
            }
            basis.link(id, basisId, Scope.of(principal.actor()));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("basisErrors", FormErrors.of(e, messages, locale));
        }
        return "redirect:/documents/" + id;
    }

    private boolean canEdit(long id, Actor actor) {
        try {
            documents.getEditable(id, Scope.of(actor));
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    record SearchForm(
            String q,
            String number,
            String type,
            Long issuerId,
            Long termId,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Integer page) {}
}
