package vn.neuguong.supervision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.YearMonth;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.web.EntityTags;

/** Monthly meeting assessments, their review, and the month's quality board, as JSON. */
@Tag(
        name = "Supervision",
        description = "Overseers of cells, the monthly meeting's quality, inspection and supervision visits")
@RestController
@RequestMapping("/api/v1/supervision/assessments")
class AssessmentApi {

    static final String PROBLEM_REF = "#/components/schemas/Problem";

    private final Assessments assessments;
    private final QualityBoard board;

    AssessmentApi(Assessments assessments, QualityBoard board) {
        this.assessments = assessments;
        this.board = board;
    }

    @Operation(operationId = "getQualityBoard", description = "Cells assessed, not assessed, reviewed and by rating")
    @GetMapping("/board")
    QualityBoard.Board board(
            @RequestParam long organizationId,
            @RequestParam
                    @DateTimeFormat(pattern = "yyyy-MM")
                    @Parameter(schema = @Schema(type = "string", example = "2025-01"))
                    YearMonth month,
            @AuthenticationPrincipal ActorPrincipal principal) {
        return board.compute(organizationId, month, Scope.of(principal.actor()));
    }

    @Operation(operationId = "getAssessment")
    @ApiResponse(
            responseCode = "200",
            description = "The assessment; its version as the entity tag",
            useReturnTypeSchema = true,
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string", example = "\"0\"")))
    @GetMapping("/{id}")
    ResponseEntity<Assessment> get(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal) {
        var assessment = assessments.get(id, principal.actor());
        return ResponseEntity.ok().eTag(EntityTags.of(assessment.version())).body(assessment);
    }

    @Operation(operationId = "recordAssessment")
    @ApiResponse(responseCode = "201", description = "Recorded", useReturnTypeSchema = true)
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Assessment record(@Valid @RequestBody Assessment.Input input, @AuthenticationPrincipal ActorPrincipal principal) {
        return assessments.record(input, Scope.of(principal.actor()));
    }

    @Operation(
            operationId = "updateAssessment",
            description = "Changes an assessment as read: If-Match names its version")
    @ApiResponse(responseCode = "200", description = "Changed", useReturnTypeSchema = true)
    @PutMapping("/{id}")
    Assessment update(
            @PathVariable long id,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) @Parameter(required = true) String ifMatch,
            @Valid @RequestBody Assessment.Input input,
            @AuthenticationPrincipal ActorPrincipal principal) {
        int version = EntityTags.required(ifMatch, "supervision.version.required", "supervision.version.invalid");
        return assessments.update(id, version, input, Scope.of(principal.actor()));
    }

    @Operation(
            operationId = "reviewAssessment",
            description = "The overseer's review, as read: If-Match names the version")
    @ApiResponse(responseCode = "200", description = "Changed", useReturnTypeSchema = true)
    @PostMapping("/{id}/review")
    Assessment review(
            @PathVariable long id,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) @Parameter(required = true) String ifMatch,
            @Valid @RequestBody Assessment.Review review,
            @AuthenticationPrincipal ActorPrincipal principal) {
        int version = EntityTags.required(ifMatch, "supervision.version.required", "supervision.version.invalid");
        return assessments.review(id, version, review, principal.actor());
    }
}
