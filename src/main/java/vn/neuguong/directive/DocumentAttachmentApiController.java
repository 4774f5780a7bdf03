package vn.neuguong.directive;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.neuguong.directive.DocumentAttachments.Attachment;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.web.Downloads;

@Tag(name = "Documents")
@RestController
@RequestMapping("/api/v1/documents/{id}/attachments")
class DocumentAttachmentApiController {

    private final DocumentAttachments attachments;

    DocumentAttachmentApiController(DocumentAttachments attachments) {
        this.attachments = attachments;
    }

    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @Operation(
            operationId = "attachFile",
            summary = "Attach a file (PDF, DOCX, XLSX, image); the type is detected from the content")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Attachment> attach(
            @PathVariable long id,
            @RequestPart(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal ActorPrincipal principal) {
        var attachment = attachments.attach(id, file, Scope.of(principal.actor()));
        return ResponseEntity.created(URI.create("/api/v1/documents/" + id + "/attachments/" + attachment.id()))
                .body(attachment);
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
    @GetMapping("/{attachmentId}")
    ResponseEntity<InputStreamResource> download(
            @PathVariable long id, @PathVariable long attachmentId, @AuthenticationPrincipal ActorPrincipal principal) {
        var attachment = attachments.get(id, attachmentId, Visibility.of(principal.actor()));
        return Downloads.attachment(
                attachment.filename(), attachment.contentType(), attachment.sizeBytes(), attachments.open(attachment));
    }
}
