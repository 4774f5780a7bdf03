package vn.neuguong.directive;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.neuguong.directive.Documents.ExternalDocument;
import vn.neuguong.directive.Documents.NewDocument;
import vn.neuguong.directive.Documents.SearchCriteria;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.NotFoundException;
import vn.neuguong.web.Downloads;
import vn.neuguong.web.FormErrors;
import vn.neuguong.web.Htmx;

@Controller
@RequestMapping("/documents")
class DocumentController {

    private final Documents documents;
    private final DocumentReading reading;
    private final DocumentAttachments attachments;
    private final MessageSource messages;

    DocumentController(
            Documents documents, DocumentReading reading, DocumentAttachments attachments, MessageSource messages) {
        this.documents = documents;
        this.reading = reading;
        this.attachments = attachments;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @ModelAttribute("search") SearchForm search,
            HttpServletRequest request,
            Model model,
            @AuthenticationPrincipal ActorPrincipal principal) {
        var actor = principal.actor();
        model.addAttribute(
                "result",
                documents.search(
                        new SearchCriteria(
                                search.q(),
                                search.number(),
                                search.type(),
                                search.issuerId(),
                                search.termId(),
                                search.from(),
                                search.to(),
                                search.page() == null ? 1 : search.page(),
                                20),
                        Visibility.of(actor)));
        return listPage(request, model, actor);
    }

    /**
     * A link to a document by its number: the issuer and a day of the term pick it out. When several documents still
     * match (a bare number recurs in every term and at every committee), they are listed rather than one guessed.
     */
    @GetMapping("/by-number")
    String byNumber(
            @RequestParam(required = false) String number,
            @RequestParam(required = false) Long issuerId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            HttpServletRequest request,
            Model model,
            @AuthenticationPrincipal ActorPrincipal principal) {
        var actor = principal.actor();
        List<Documents.DocumentView> matches;
        try {
            matches = documents.byNumber(number, issuerId, on, Visibility.of(actor));
        } catch (InvalidInputException e) {
            throw new NotFoundException("Document", number);
        }
        if (matches.isEmpty()) {
            throw new NotFoundException("Document", number);
        }
        if (matches.size() == 1) {
            return "redirect:/documents/" + matches.get(0).id();
        }
        model.addAttribute("search", new SearchForm(null, number, null, issuerId, null, null, null, null));
        model.addAttribute("result", new Documents.SearchResult(matches, matches.size(), 1, 1));
        model.addAttribute("ambiguous", true);
        return listPage(request, model, actor);
    }

    private String listPage(HttpServletRequest request, Model model, Actor actor) {
        model.addAttribute("types", documents.types());
        model.addAttribute("issuers", documents.organizations(Scope.of(actor)));
        model.addAttribute(
                "canIssue", actor.isAdmin() || !actor.staffOrganizationIds().isEmpty());
        return Htmx.view(request, "directive/list", "results");
    }

    @GetMapping("/new")
    String issueForm(Model model, @AuthenticationPrincipal ActorPrincipal principal) {
        model.addAttribute(
                "form",
                new IssueForm(null, null, LocalDate.now(Documents.ZONE), null, null, List.of(), List.of(), false));
        return issuePage(model, principal.actor(), Map.of());
    }

    @PostMapping
    String issue(
            @ModelAttribute("form") IssueForm form,
            BindingResult binding,
            Model model,
            Locale locale,
            @AuthenticationPrincipal ActorPrincipal principal) {
        var actor = principal.actor();
        if (binding.hasErrors()) {
            return issuePage(model, actor, bindingErrors(binding, locale));
        }
        try {
            var document = documents.issue(
                    new NewDocument(
                            form.typeCode(),
                            form.issuerId(),
                            form.issuedOn(),
                            form.summary(),
                            form.bodyHtml(),
                            form.basisIds(),
                            form.recipientIds(),
                            form.byCongress()),
                    Scope.of(actor));
            return "redirect:/documents/" + document.id();
        } catch (InvalidInputException e) {
            return issuePage(model, actor, errors(e, locale));
        }
    }

    @GetMapping("/external/new")
    String externalForm(Model model, @AuthenticationPrincipal ActorPrincipal principal) {
        var actor = principal.actor();
        Long registrar = actor.staffOrganizationIds().isEmpty()
                ? null
                : actor.staffOrganizationIds().get(0);
        model.addAttribute("form", new ExternalForm(null, null, null, null, null, registrar, List.of(), List.of()));
        return externalPage(model, actor, Map.of());
    }

    @PostMapping("/external")
    String register(
            @ModelAttribute("form") ExternalForm form,
            BindingResult binding,
            Model model,
            Locale locale,
            @AuthenticationPrincipal ActorPrincipal principal) {
        var actor = principal.actor();
        if (binding.hasErrors()) {
            return externalPage(model, actor, bindingErrors(binding, locale));
        }
        try {
            var document = documents.register(
                    new ExternalDocument(
                            form.number(),
                            form.issuerName(),
                            form.issuedOn(),
                            form.summary(),
                            form.bodyHtml(),
                            form.registeredById(),
                            form.basisIds(),
                            form.recipientIds()),
                    Scope.of(actor));
            return "redirect:/documents/" + document.id();
        } catch (InvalidInputException e) {
            return externalPage(model, actor, errors(e, locale));
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model, @AuthenticationPrincipal ActorPrincipal principal) {
        var actor = principal.actor();
        var visibility = Visibility.of(actor);
        var document = documents.get(id, visibility);
        if (actor.memberId() != null) {
            reading.recordRead(id, actor.memberId());
        }
        model.addAttribute("document", document);
        model.addAttribute("recipients", documents.recipients(id));
        model.addAttribute("attachments", attachments.list(id));
        model.addAttribute("cascade", documents.cascade(id, visibility));
        model.addAttribute("progress", reading.progress(id, Scope.of(actor)));
        model.addAttribute("readState", reading.state(id, actor.memberId()));
        model.addAttribute("isMember", actor.memberId() != null);
        model.addAttribute("canEdit", canEdit(id, actor));
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
            model.addAttribute("studiedError", errors(e, locale).get("memberId"));
        }
        model.addAttribute("document", documents.get(id, Visibility.of(actor)));
        model.addAttribute("isMember", actor.memberId() != null);
        if (Htmx.isHtmx(request)) {
            return "directive/document :: studied";
        }
        return "redirect:/documents/" + id;
    }

    @PostMapping("/{id}/attachments")
    String attach(
            @PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect,
            Locale locale,
            @AuthenticationPrincipal ActorPrincipal principal) {
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("file", "validation.required");
            }
            attachments.attach(
                    id, file.getOriginalFilename(), file.getSize(), file.getInputStream(), Scope.of(principal.actor()));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("attachErrors", Map.of("file", oneLine(e, locale)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "redirect:/documents/" + id;
    }

    @GetMapping("/{id}/attachments/{attachmentId}")
    ResponseEntity<InputStreamResource> download(
            @PathVariable long id, @PathVariable long attachmentId, @AuthenticationPrincipal ActorPrincipal principal) {
        var attachment = attachments.get(id, attachmentId, Visibility.of(principal.actor()));
        return Downloads.attachment(
                attachment.filename(), attachment.contentType(), attachment.sizeBytes(), attachments.open(attachment));
    }

    @PostMapping("/{id}/basis")
    String linkBasis(
            @PathVariable long id,
            @RequestParam(name = "basisNumber", required = false) String basisNumber,
            RedirectAttributes redirect,
            Locale locale,
            @AuthenticationPrincipal ActorPrincipal principal) {
        var actor = principal.actor();
        try {
            long basisId = documentByNumber(basisNumber, actor);
            documents.linkBasis(id, basisId, Scope.of(actor));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("basisErrors", Map.of("basisNumber", oneLine(e, locale)));
        }
        return "redirect:/documents/" + id;
    }

    @GetMapping("/inbox")
    String inboxes(Model model, @AuthenticationPrincipal ActorPrincipal principal) {
        model.addAttribute("inboxes", reading.inboxes(Visibility.of(principal.actor())));
        return "directive/inboxes";
    }

    @GetMapping("/inbox/{organizationId}")
    String inbox(@PathVariable long organizationId, Model model, @AuthenticationPrincipal ActorPrincipal principal) {
        var visibility = Visibility.of(principal.actor());
        model.addAttribute("owner", reading.inboxOwner(organizationId, visibility));
        model.addAttribute("items", reading.inbox(organizationId, visibility));
        model.addAttribute("isMember", visibility.memberId() != null);
        return "directive/inbox";
    }

    private long documentByNumber(String number, Actor actor) {
        if (number == null || number.isBlank()) {
            throw new InvalidInputException("basisId", "validation.required");
        }
        var matches = documents.byNumber(number, null, null, Visibility.of(actor));
        if (matches.size() != 1) {
            throw new InvalidInputException(
                    "basisId", matches.isEmpty() ? "document.basis.notFound" : "document.basis.ambiguous");
        }
        return matches.get(0).id();
    }

    private boolean canEdit(long id, Actor actor) {
        try {
            documents.getEditable(id, Scope.of(actor));
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private String issuePage(Model model, Actor actor, Map<String, String> errors) {
        model.addAttribute("types", documents.types());
        model.addAttribute("organizations", documents.organizations(Scope.of(actor)));
        model.addAttribute("basisOptions", recentDocuments(actor));
        model.addAttribute("errors", errors);
        return "directive/issue";
    }

    private String externalPage(Model model, Actor actor, Map<String, String> errors) {
        model.addAttribute("organizations", documents.organizations(Scope.of(actor)));
        model.addAttribute("basisOptions", recentDocuments(actor));
        model.addAttribute("errors", errors);
        return "directive/external";
    }

    private List<Documents.DocumentView> recentDocuments(Actor actor) {
        return documents
                .search(new SearchCriteria(null, null, null, null, null, null, null, 1, 100), Visibility.of(actor))
                .items();
    }

    private Map<String, String> errors(InvalidInputException e, Locale locale) {
        return FormErrors.of(e, messages, locale);
    }

    /** Every error of a one-field form, for that field. */
    private String oneLine(InvalidInputException e, Locale locale) {
        return String.join("; ", errors(e, locale).values());
    }

    private Map<String, String> bindingErrors(BindingResult binding, Locale locale) {
        return FormErrors.of(binding, messages, locale);
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

    record IssueForm(
            String typeCode,
            Long issuerId,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
            String summary,
            String bodyHtml,
            List<Long> basisIds,
            List<Long> recipientIds,
            Boolean byCongress) {

        IssueForm {
            basisIds = basisIds == null ? List.of() : basisIds;
            recipientIds = recipientIds == null ? List.of() : recipientIds;
        }
    }

    record ExternalForm(
            String number,
            String issuerName,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
            String summary,
            String bodyHtml,
            Long registeredById,
            List<Long> basisIds,
            List<Long> recipientIds) {

        ExternalForm {
            basisIds = basisIds == null ? List.of() : basisIds;
            recipientIds = recipientIds == null ? List.of() : recipientIds;
        }
    }
}
