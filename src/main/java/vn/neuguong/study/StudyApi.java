package vn.neuguong.study;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.core.io.InputStreamResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.study.StudyFile.Row;
import vn.neuguong.study.StudyFile.Submission;
import vn.neuguong.web.Downloads;
import vn.neuguong.web.EntityTags;
import vn.neuguong.web.UploadedFiles;

/** The study file as JSON: the member's own files, the cell's list and review, the counts and the exports. */
@Tag(
        name = "Study",
        description = "Members' study files: reflections, action plans, the secretary's review, counts and exports")
@RestController
@RequestMapping("/api/v1/study")
class StudyApi {

    static final String PROBLEM_REF = "#/components/schemas/Problem";

    private final StudyFiles files;
    private final StudyWork work;
    private final StudyReviews reviews;
    private final StudyCounts counts;
    private final StudyExport export;
    private final Clock clock;

    StudyApi(
            StudyFiles files,
            StudyWork work,
            StudyReviews reviews,
            StudyCounts counts,
            StudyExport export,
            Clock clock) {
        this.files = files;
        this.work = work;
        this.reviews = reviews;
        this.counts = counts;
        this.export = export;
        this.clock = clock;
    }

    @Operation(operationId = "listMyStudyFiles", summary = "The signed-in member's study files, newest first")
    @GetMapping("/my-files")
    List<Row> mine(@AuthenticationPrincipal ActorPrincipal principal) {
        var self = principal.actor().memberId();
        return self == null ? List.of() : files.mine(self, LocalDate.now(clock));
    }

    @Operation(operationId = "getMyStudyFile")
    @ApiResponse(
            responseCode = "200",
            description = "The member's file for the campaign; its version as the entity tag",
            useReturnTypeSchema = true,
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string", example = "\"0\"")))
    @GetMapping("/my-files/{campaignId}")
    ResponseEntity<StudyFile> own(@PathVariable long campaignId, @AuthenticationPrincipal ActorPrincipal principal) {
        var file = StudyPages.own(files, campaignId, principal.actor());
        return ResponseEntity.ok().eTag(EntityTags.of(file.version())).body(file);
    }

    @Operation(operationId = "saveMyStudyDraft", description = "Saves the draft as read: If-Match names its version")
    @ApiResponse(responseCode = "200", description = "Saved", useReturnTypeSchema = true)
    @PutMapping("/my-files/{campaignId}")
    StudyFile save(
            @PathVariable long campaignId,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) @Parameter(required = true) String ifMatch,
            @Valid @RequestBody StudyInput.Draft draft,
            @AuthenticationPrincipal ActorPrincipal principal) {
        return work.save(campaignId, version(ifMatch), draft, null, self(principal), false, LocalDate.now(clock));
    }

    @Operation(
            operationId = "submitMyStudyFile",
            description = "Saves the draft and hands it in as a new version: If-Match names the version read")
    @ApiResponse(responseCode = "200", description = "Handed in", useReturnTypeSchema = true)
    @PostMapping("/my-files/{campaignId}/submission")
    StudyFile submit(
            @PathVariable long campaignId,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) @Parameter(required = true) String ifMatch,
            @Valid @RequestBody StudyInput.Draft draft,
            @AuthenticationPrincipal ActorPrincipal principal) {
        return work.save(campaignId, version(ifMatch), draft, null, self(principal), true, LocalDate.now(clock));
    }

    @Operation(
            operationId = "uploadMyReflection",
            description = "Uploads the reflection as a file (PDF, DOCX, PNG, JPEG; the type read from the content),"
                    + " keeping the draft's text and commitments: If-Match names the version read")
    @ApiResponse(responseCode = "200", description = "Saved", useReturnTypeSchema = true)
    @PostMapping(path = "/my-files/{campaignId}/attachment", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    StudyFile upload(
            @PathVariable long campaignId,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) @Parameter(required = true) String ifMatch,
            @RequestPart(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal ActorPrincipal principal) {
        int version = version(ifMatch);
        var current = StudyPages.own(files, campaignId, principal.actor());
        var upload = upload(file);
        if (upload == null) {
            throw new InvalidInputException("file", "validation.required");
        }
        return work.save(
                campaignId, version, StudyPages.draftOf(current), upload, self(principal), false, LocalDate.now(clock));
    }

    @Operation(
            operationId = "assessMyCommitments",
            description = "The member's own assessment of the commitments handed in: If-Match names the version read")
    @ApiResponse(responseCode = "200", description = "Saved", useReturnTypeSchema = true)
    @PostMapping("/my-files/{campaignId}/assessment")
    StudyFile assess(
            @PathVariable long campaignId,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) @Parameter(required = true) String ifMatch,
            @Valid @RequestBody StudyInput.Assessment assessment,
            @AuthenticationPrincipal ActorPrincipal principal) {
        return work.assess(campaignId, version(ifMatch), assessment, self(principal), LocalDate.now(clock));
    }

    @Operation(operationId = "getStudyFile")
    @ApiResponse(
            responseCode = "200",
            description = "The file; its version as the entity tag",
            useReturnTypeSchema = true,
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string", example = "\"0\"")))
    @GetMapping("/files/{id}")
    ResponseEntity<StudyFile> get(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal) {
        var file = files.get(id, StudyAccess.of(principal.actor()));
        return ResponseEntity.ok().eTag(EntityTags.of(file.version())).body(file);
    }

    @Operation(operationId = "listStudySubmissions", summary = "Every version handed in, the first first")
    @GetMapping("/files/{id}/submissions")
    List<Submission> submissions(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal) {
        files.get(id, StudyAccess.of(principal.actor()));
        return files.submissions(id);
    }

    @Operation(
            operationId = "reviewStudyFile",
            description = "The secretary accepts the version handed in, or returns it with a comment: If-Match names"
                    + " the file's version")
    @ApiResponse(responseCode = "200", description = "Reviewed", useReturnTypeSchema = true)
    @PostMapping("/files/{id}/review")
    StudyFile review(
            @PathVariable long id,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) @Parameter(required = true) String ifMatch,
            @Valid @RequestBody StudyInput.Review review,
            @AuthenticationPrincipal ActorPrincipal principal) {
        return reviews.review(id, version(ifMatch), review, principal.actor(), LocalDate.now(clock));
    }

    @Operation(operationId = "listCellStudyFiles", summary = "The files of a cell's members for a campaign, by name")
    @GetMapping("/cells/{cellId}/files")
    Page<Row> cell(
            @PathVariable long cellId,
            @RequestParam long campaignId,
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
                                            maximum = "" + StudyFiles.MAX_PAGE_SIZE,
                                            defaultValue = "" + StudyFiles.DEFAULT_PAGE_SIZE))
                    Integer size,
            @AuthenticationPrincipal ActorPrincipal principal) {
        var request = PageRequest.of(page, size, StudyFiles.DEFAULT_PAGE_SIZE, StudyFiles.MAX_PAGE_SIZE);
        return files.ofCell(cellId, campaignId, Scope.of(principal.actor()), request, LocalDate.now(clock));
    }

    @Operation(
            operationId = "getStudyCounts",
            summary = "Members owing, on time, late, missing and pending per child of an organization, as of a day")
    @GetMapping("/counts")
    List<StudyCounts.Counts> counts(
            @RequestParam long campaignId,
            @RequestParam long organizationId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @AuthenticationPrincipal ActorPrincipal principal) {
        var day = asOf == null ? LocalDate.now(clock) : asOf;
        return counts.bySubtree(campaignId, organizationId, day, Scope.of(principal.actor()));
    }

    @Operation(operationId = "exportCellReflections", summary = "The cell's reflections for a campaign, DOCX or PDF")
    @ApiResponse(
            responseCode = "200",
            description = "One document of every member's latest version",
            content = {
                @Content(mediaType = UploadedFiles.DOCX, schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = UploadedFiles.PDF, schema = @Schema(type = "string", format = "binary"))
            })
    @GetMapping("/cells/{cellId}/export")
    ResponseEntity<InputStreamResource> export(
            @PathVariable long cellId,
            @RequestParam long campaignId,
            @RequestParam @Parameter(schema = @Schema(allowableValues = {"docx", "pdf"})) String format,
            @AuthenticationPrincipal ActorPrincipal principal,
            Locale locale) {
        return StudyPages.export(export, cellId, campaignId, format, Scope.of(principal.actor()), locale);
    }

    private static int version(String ifMatch) {
        return EntityTags.required(ifMatch, "study.version.required", "study.version.invalid");
    }

    private static long self(ActorPrincipal principal) {
        var self = principal.actor().memberId();
        if (self == null) {
            throw new InvalidInputException("campaignId", "study.campaign.notOwed");
        }
        return self;
    }

    static StudyInput.Upload upload(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            return new StudyInput.Upload(file.getOriginalFilename(), file.getSize(), file.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ResponseEntity<InputStreamResource> download(StudyFiles.Stored stored, java.io.InputStream content) {
        return Downloads.attachment(stored.name(), stored.type(), stored.size(), content);
    }

    static ResponseEntity<InputStreamResource> bytes(String name, String type, byte[] content) {
        return Downloads.attachment(name, type, content.length, new ByteArrayInputStream(content));
    }
}
