package vn.neuguong.directive;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.neuguong.directive.DocumentAttachments.Attachment;
import vn.neuguong.directive.DocumentBasis.Cascade;
import vn.neuguong.directive.DocumentReading.InboxItem;
import vn.neuguong.directive.DocumentReading.ReadState;
import vn.neuguong.directive.DocumentReading.Recipient;
import vn.neuguong.directive.DocumentReading.RecipientProgress;
import vn.neuguong.directive.DocumentSearch.Criteria;
import vn.neuguong.directive.DocumentSearch.NumberQuery;
import vn.neuguong.directive.Documents.NewDocument;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.NotFoundException;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;

@Tag(name = "Documents", description = "Numbered party documents, their basis cascade, inboxes and study")
@RestController
@RequestMapping("/api/v1/documents")
class DocumentApiController {

    private final Documents documents;
    private final DocumentSearch search;
    private final DocumentBasis basis;
    private final DocumentReading reading;
    private final DocumentAttachments attachments;

    DocumentApiController(
            Documents documents,
            DocumentSearch search,
            DocumentBasis basis,
            DocumentReading reading,
            DocumentAttachments attachments) {
        this.documents = documents;
        this.search = search;
        this.basis = basis;
        this.reading = reading;
        this.attachments = attachments;
    }

    @Operation(
            operationId = "searchDocuments",
            summary = "Search documents by text (accents ignored), number, type, issuer, term and date range;"
                    + " a number recurs in every term, so narrow it by issuerId and termId (or the term's dates)")
    @GetMapping
    Page<DocumentView> search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String number,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) Long issuerId,
            @RequestParam(required = false) Long termId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false)
                    @Parameter(schema = @Schema(type = "integer", format = "int32", minimum = "1", defaultValue = "1"))
                    Integer page,
            @RequestParam(required = false)
                    @Parameter(
                            schema =
                                    @Schema(
                                            type = "integer",
                                            format = "int32",
                                            minimum = "1",
                                            maximum = "100",
                                            defaultValue = "20"))
                    Integer size,
            @AuthenticationPrincipal ActorPrincipal principal) {
        return search.search(
                new Criteria(q, number, type, issuerId, termId, from, to),
                PageRequest.of(page, size, 20, 100),
                Visibility.of(principal.actor()));
    }

    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @Operation(
            operationId = "issueDocument",
            summary = "Issue a document with the next number of its issuer and type in the issuing committee's term"
                    + " (byCongress: in the sequence of the congress sitting that day, shared by all types)")
    @PostMapping
    ResponseEntity<DocumentView> issue(
            @Valid @RequestBody NewDocument input, @AuthenticationPrincipal ActorPrincipal principal) {
        var document = documents.issue(input, Scope.of(principal.actor()));
        return ResponseEntity.created(URI.create("/api/v1/documents/" + document.id()))
                .body(document);
    }

    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @Operation(
            operationId = "registerExternalDocument",
            summary = "Register a document received from outside, with its own number (e.g. 05-CT/TW)")
    @PostMapping("/external")
    ResponseEntity<DocumentView> register(
            @Valid @RequestBody ExternalDocument input, @AuthenticationPrincipal ActorPrincipal principal) {
        var actor = principal.actor();
        if (input.registeredById() == null && actor.staffOrganizationIds().size() == 1) {
            input = new ExternalDocument(
                    input.number(),
                    input.issuerName(),
                    input.issuedOn(),
                    input.summary(),
                    input.bodyHtml(),
                    actor.staffOrganizationIds().get(0),
                    input.basisIds(),
                    input.recipientIds());
        }
        var document = documents.register(input, Scope.of(actor));
        return ResponseEntity.created(URI.create("/api/v1/documents/" + document.id()))
                .body(document);
    }

    @Operation(
            operationId = "findDocumentByNumber",
            summary = "The document with this exact number, its issuer and its term (termId, or a day `on` of the"
                    + " term); 400 naming issuerId or termId, with every candidate under rejectedValue, when several"
                    + " match; 404 when none")
    @GetMapping("/by-number")
    DocumentView byNumber(
            @RequestParam String number,
            @RequestParam(required = false) Long issuerId,
            @RequestParam(required = false) Long termId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @AuthenticationPrincipal ActorPrincipal principal) {
        var query = new NumberQuery(number, issuerId, termId, on);
        var visibility = Visibility.of(principal.actor());
        if (number.isBlank()) {
            throw new InvalidInputException("number", "validation.required");
        }
        if (search.byNumber(query, PageRequest.first(1), visibility).total() == 0) {
            throw new NotFoundException("Document", number);
        }
        return search.resolve(query, "number", visibility);
    }

    @Operation(
            operationId = "getDocument",
            summary = "A document with its recipients and attachments; opening it records that a member read it")
    @GetMapping("/{id}")
    DocumentDetails get(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal) {
        var visibility = Visibility.of(principal.actor());
        var document = documents.get(id, visibility);
        if (visibility.memberId() != null) {
            reading.recordRead(id, visibility.memberId());
        }
        return new DocumentDetails(
                document, reading.recipients(id), attachments.list(id), reading.state(id, visibility.memberId()));
    }

    @ApiResponse(responseCode = "204", description = "Linked")
    @Operation(
            operationId = "linkDocumentBasis",
            summary = "Record that the document implements (is based on) another, named by basisId or by its number"
                    + " with issuerId and termId; cycles are refused")
    @PostMapping("/{id}/basis")
    ResponseEntity<Void> linkBasis(
            @PathVariable long id,
            @Valid @RequestBody BasisLink link,
            @AuthenticationPrincipal ActorPrincipal principal) {
        var actor = principal.actor();
        long basisId;
        if (link.basisId() != null) {
            basisId = link.basisId();
        } else if (link.number() != null && !link.number().isBlank()) {
            basisId = search.resolve(
                            new NumberQuery(link.number(), link.issuerId(), link.termId(), null),
                            "number",
                            Visibility.of(actor))
                    .id();
        } else {
            throw new InvalidInputException("basisId", "validation.required");
        }
        basis.link(id, basisId, Scope.of(actor));
        return ResponseEntity.noContent().build();
    }

    @Operation(
            operationId = "getDocumentCascade",
            summary = "The cascade of a document: its bases up to the roots and everything implementing it")
    @GetMapping("/{id}/cascade")
    Cascade cascade(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal) {
        return basis.cascade(id, Visibility.of(principal.actor()));
    }

    @Operation(
            operationId = "listDocumentReaders",
            summary = "Per recipient organization in scope: members, how many read and studied it, and who")
    @GetMapping("/{id}/readers")
    List<RecipientProgress> readers(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal) {
        var actor = principal.actor();
        documents.get(id, Visibility.of(actor));
        return reading.progress(id, Scope.of(actor));
    }

    @Operation(operationId = "markDocumentStudied", summary = "Mark the document studied by the signed-in member")
    @PostMapping("/{id}/studied")
    ReadState markStudied(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal) {
        return reading.markStudied(id, Visibility.of(principal.actor()));
    }

    @Operation(operationId = "listInbox", summary = "The inbox of an organization: documents sent to it, newest first")
    @GetMapping("/inbox/{organizationId}")
    Page<InboxItem> inbox(
            @PathVariable long organizationId,
            @RequestParam(required = false)
                    @Parameter(schema = @Schema(type = "integer", format = "int32", minimum = "1", defaultValue = "1"))
                    Integer page,
            @RequestParam(required = false)
                    @Parameter(
                            schema =
                                    @Schema(
                                            type = "integer",
                                            format = "int32",
                                            minimum = "1",
                                            maximum = "100",
                                            defaultValue = "20"))
                    Integer size,
            @AuthenticationPrincipal ActorPrincipal principal) {
        return reading.inbox(organizationId, Visibility.of(principal.actor()), PageRequest.of(page, size, 20, 100));
    }

    /**
     * The basis to link: by id, or by its number with the issuer and term that make the number one document's.
     *
     * @param termId the committee term of the basis's number; a number recurs in every term
     */
    record BasisLink(
            @Schema(nullable = true) Long basisId,

            @Schema(nullable = true, example = "284-KH/TU")
            @jakarta.validation.constraints.Size(max = 40, message = "validation.tooLong")
            String number,

            @Schema(nullable = true) Long issuerId,
            @Schema(nullable = true) Long termId) {}

    record DocumentDetails(
            DocumentView document, List<Recipient> recipients, List<Attachment> attachments, ReadState readState) {}
}
