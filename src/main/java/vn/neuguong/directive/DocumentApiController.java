package vn.neuguong.directive;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.core.io.InputStreamResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.neuguong.directive.DocumentAttachments.Attachment;
import vn.neuguong.directive.DocumentReading.InboxItem;
import vn.neuguong.directive.DocumentReading.ReadState;
import vn.neuguong.directive.DocumentReading.RecipientProgress;
import vn.neuguong.directive.Documents.Cascade;
import vn.neuguong.directive.Documents.DocumentView;
import vn.neuguong.directive.Documents.ExternalDocument;
import vn.neuguong.directive.Documents.NewDocument;
import vn.neuguong.directive.Documents.Recipient;
import vn.neuguong.directive.Documents.SearchCriteria;
import vn.neuguong.directive.Documents.SearchResult;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.NotFoundException;
import vn.neuguong.web.Downloads;

@Tag(name = "Documents", description = "Numbered party documents, their basis cascade, inboxes and study")
@RestController
@RequestMapping("/api/v1/documents")
class DocumentApiController {

    private final Documents documents;
    private final DocumentReading reading;
    private final DocumentAttachments attachments;

    DocumentApiController(Documents documents, DocumentReading reading, DocumentAttachments attachments) {
        this.documents = documents;
        this.reading = reading;
        this.attachments = attachments;
    }

    @Operation(
            operationId = "searchDocuments",
            summary = "Search documents by text (accents ignored), number, type, issuer, term and date range;"
                    + " a number recurs in every term, so narrow it by issuerId and termId (or the term's dates)")
    @GetMapping
    SearchResult search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String number,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) Long issuerId,
            @RequestParam(required = false) Long termId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "1")
                    @Parameter(schema = @Schema(type = "integer", format = "int32", minimum = "1"))
                    int page,
            @RequestParam(defaultValue = "20")
                    @Parameter(schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "100"))
                    int size,
            @AuthenticationPrincipal ActorPrincipal principal) {
        return documents.search(
                new SearchCriteria(q, number, type, issuerId, termId, from, to, page, size),
                Visibility.of(principal.actor()));
    }

    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @Operation(
            operationId = "issueDocument",
            summary = "Issue a document with the next number of its issuer and type in the issuing committee's term"
                    + " (byCongress: in the sequence of the congress sitting that day, shared by all types)")
    @PostMapping
    ResponseEntity<DocumentView> issue(
            @RequestBody NewDocument input, @AuthenticationPrincipal ActorPrincipal principal) {
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
            @RequestBody ExternalDocument input, @AuthenticationPrincipal ActorPrincipal principal) {
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

    @ApiResponse(
            responseCode = "200",
            description = "The one document",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DocumentView.class)))
    @ApiResponse(
            responseCode = "300",
            description = "Several documents match: every candidate",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Candidates.class)))
    @Operation(
            operationId = "findDocumentByNumber",
            summary = "The document with this exact number, by issuer and the term the day `on` falls in; 300 with"
                    + " every candidate when several match, 404 when none")
    @GetMapping("/by-number")
    ResponseEntity<?> byNumber(
            @RequestParam(required = false) String number,
            @RequestParam(required = false) Long issuerId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @AuthenticationPrincipal ActorPrincipal principal) {
        var matches = documents.byNumber(number, issuerId, on, Visibility.of(principal.actor()));
        if (matches.isEmpty()) {
            throw new NotFoundException("Document", number);
        }
        if (matches.size() > 1) {
            return ResponseEntity.status(HttpStatus.MULTIPLE_CHOICES).body(new Candidates(matches));
        }
        return ResponseEntity.ok(matches.get(0));
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
                document, documents.recipients(id), attachments.list(id), reading.state(id, visibility.memberId()));
    }

    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @Operation(
            operationId = "attachFile",
            summary = "Attach a file (PDF, DOCX, XLSX, image); the type is detected from the content")
    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Attachment> attach(
            @PathVariable long id,
            @RequestPart(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal ActorPrincipal principal) {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "validation.required");
        }
        try {
            var attachment = attachments.attach(
                    id, file.getOriginalFilename(), file.getSize(), file.getInputStream(), Scope.of(principal.actor()));
            return ResponseEntity.created(URI.create("/api/v1/documents/" + id + "/attachments/" + attachment.id()))
                    .body(attachment);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Operation(operationId = "downloadAttachment", summary = "Download an attachment")
    @ApiResponse(
            responseCode = "200",
            description = "The file, as the type its content was detected to be",
            content = {
                @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = DocumentAttachments.DOCX, schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = DocumentAttachments.XLSX, schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "image/gif", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "image/webp", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "application/octet-stream", schema = @Schema(type = "string", format = "binary"))
            })
    @GetMapping("/{id}/attachments/{attachmentId}")
    ResponseEntity<InputStreamResource> download(
            @PathVariable long id, @PathVariable long attachmentId, @AuthenticationPrincipal ActorPrincipal principal) {
        var attachment = attachments.get(id, attachmentId, Visibility.of(principal.actor()));
        return Downloads.attachment(
                attachment.filename(), attachment.contentType(), attachment.sizeBytes(), attachments.open(attachment));
    }

    @ApiResponse(responseCode = "204", description = "Linked")
    @Operation(
            operationId = "linkDocumentBasis",
            summary = "Record that the document implements (is based on) another; cycles are refused")
    @PostMapping("/{id}/basis")
    ResponseEntity<Void> linkBasis(
            @PathVariable long id, @RequestBody BasisLink link, @AuthenticationPrincipal ActorPrincipal principal) {
        if (link == null || link.basisId() == null) {
            throw new InvalidInputException("basisId", "validation.required");
        }
        documents.linkBasis(id, link.basisId(), Scope.of(principal.actor()));
        return ResponseEntity.noContent().build();
    }

    @Operation(
            operationId = "getDocumentCascade",
            summary = "The cascade of a document: its bases up to the roots and everything implementing it")
    @GetMapping("/{id}/cascade")
    Cascade cascade(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal) {
        return documents.cascade(id, Visibility.of(principal.actor()));
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
    List<InboxItem> inbox(@PathVariable long organizationId, @AuthenticationPrincipal ActorPrincipal principal) {
        return reading.inbox(organizationId, Visibility.of(principal.actor()));
    }

    record BasisLink(Long basisId) {}

    /** Several documents carry the number asked for; the caller picks one by issuer and term. */
    record Candidates(List<DocumentView> items) {}

    record DocumentDetails(
            DocumentView document, List<Recipient> recipients, List<Attachment> attachments, ReadState readState) {}
}
