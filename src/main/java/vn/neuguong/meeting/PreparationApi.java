package vn.neuguong.meeting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.web.EntityTags;
import vn.neuguong.web.FormErrors;

/** The preparation of thematic cell meetings as JSON: assign members, see what is in, hand in one's own. */
@Tag(
        name = "Meeting preparations",
        description = "Members assigned to prepare content for a thematic cell meeting, and what they hand in")
@RestController
class PreparationApi {

    private final Preparations preparations;
    private final MessageSource messages;

    PreparationApi(Preparations preparations, MessageSource messages) {
        this.preparations = preparations;
        this.messages = messages;
    }

    @Operation(
            operationId = "listMeetingPreparations",
            description = "The assignments of a meeting with what is in, late or missing, for its host's staff")
    @GetMapping("/api/v1/meetings/{id}/preparations")
    Page<Preparation> list(
            @PathVariable long id,
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
                                            defaultValue = "50"))
                    Integer size,
            @AuthenticationPrincipal ActorPrincipal principal) {
        return preparations.of(id, principal.actor(), PageRequest.of(page, size, 50, 100));
    }

    @Operation(
            operationId = "assignMeetingPreparation",
            description = "Assigns a member of the host cell to prepare content for a planned thematic meeting")
    @ApiResponse(responseCode = "201", description = "Assigned", useReturnTypeSchema = true)
    @PostMapping("/api/v1/meetings/{id}/preparations")
    ResponseEntity<Preparation> assign(
            @PathVariable long id,
            @Valid @RequestBody Preparation.Form form,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Locale locale) {
        if (binding.hasErrors()) {
            throw FormErrors.invalid(binding, List.of(), messages, locale);
        }
        var created = preparations.assign(id, form, principal.actor());
        return ResponseEntity.created(URI.create("/api/v1/meeting-preparations/" + created.id()))
                .eTag(EntityTags.of(created.version()))
                .body(created);
    }

    @Operation(operationId = "listMyMeetingPreparations", description = "The caller's own assignments, by page")
    @GetMapping("/api/v1/meeting-preparations")
    Page<Preparation> mine(
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
        return preparations.mine(principal.actor(), PageRequest.of(page, size, 20, 100));
    }

    @Operation(operationId = "getMeetingPreparation", description = "One's own assignment, or one of a meeting managed")
    @ApiResponse(
            responseCode = "200",
            description = "The assignment; its version as the entity tag, for If-Match on a hand-in",
            useReturnTypeSchema = true,
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string", example = "\"0\"")))
    @GetMapping("/api/v1/meeting-preparations/{id}")
    ResponseEntity<Preparation> show(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal) {
        var preparation = preparations.get(id, principal.actor());
        return ResponseEntity.ok().eTag(EntityTags.of(preparation.version())).body(preparation);
    }

    @Operation(
            operationId = "submitMeetingPreparation",
            description = "The member hands in his own assignment as read (If-Match): a text, a file (PDF, DOCX, PNG,"
                    + " JPEG up to 10 MB, the type read from the content), or both; late after the due day")
    @ApiResponse(responseCode = "200", description = "Handed in", useReturnTypeSchema = true)
    @PostMapping(path = "/api/v1/meeting-preparations/{id}/content", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Preparation> submit(
            @PathVariable long id,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false)
                    @Parameter(required = true, description = "The assignment's ETag as read, e.g. \"0\"")
                    String ifMatch,
            @RequestPart(name = "text", required = false) String text,
            @RequestPart(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal ActorPrincipal principal) {
        int version = EntityTags.required(ifMatch, "meeting.version.required", "meeting.version.invalid");
        var done = preparations.submit(id, version, text, upload(file), principal.actor());
        return ResponseEntity.ok().eTag(EntityTags.of(done.version())).body(done);
    }

    static Preparations.Upload upload(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            return new Preparations.Upload(file.getOriginalFilename(), file.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
