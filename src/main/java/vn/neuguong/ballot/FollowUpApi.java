package vn.neuguong.ballot;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.neuguong.ballot.FollowUp.Conclusion;
import vn.neuguong.ballot.FollowUp.Measure;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.web.EntityTags;
import vn.neuguong.web.TimeConfiguration;

/** The ordering committee's follow-up of a closed round as JSON: conclusions and remedial measures. */
@Tag(name = "Ballots")
@RestController
@RequestMapping("/api/v1/ballot-rounds/{id}/follow-up")
class FollowUpApi {

    private final FollowUps followUps;
    private final Clock clock;

    FollowUpApi(FollowUps followUps, Clock clock) {
        this.followUps = followUps;
        this.clock = clock;
    }

    @Operation(
            operationId = "getBallotFollowUp",
            summary = "The conclusions and remedial measures the ordering committee recorded on the round")
    @GetMapping
    FollowUp.View get(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal) {
        return followUps.of(id, principal.actor(), today());
    }

    @Operation(
            operationId = "recordBallotConclusions",
            description = "Records or changes the ordering committee's conclusions on a closed round: If-Match names"
                    + " their version, \"0\" before the first")
    @ApiResponse(
            responseCode = "200",
            description = "Recorded; the new version as the entity tag",
            useReturnTypeSchema = true,
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string", example = "\"1\"")))
    @PutMapping("/conclusions")
    ResponseEntity<Conclusion> conclude(
            @PathVariable long id,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) @Parameter(required = true) String ifMatch,
            @Valid @RequestBody FollowUp.ConclusionInput input,
            @AuthenticationPrincipal ActorPrincipal principal) {
        var conclusion = followUps.conclude(id, version(ifMatch), input, principal.actor(), today());
        return ResponseEntity.ok().eTag(EntityTags.of(conclusion.version())).body(conclusion);
    }

    @Operation(operationId = "addBallotMeasure", summary = "A remedial measure with its owner and due date")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @PostMapping("/measures")
    ResponseEntity<Measure> add(
            @PathVariable long id,
            @Valid @RequestBody FollowUp.MeasureInput input,
            @AuthenticationPrincipal ActorPrincipal principal) {
        var measure = followUps.add(id, input, principal.actor(), today());
        return ResponseEntity.created(URI.create("/api/v1/ballot-rounds/" + id + "/follow-up/measures/" + measure.id()))
                .eTag(EntityTags.of(measure.version()))
                .body(measure);
    }

    @Operation(
            operationId = "changeBallotMeasure",
            description =
                    "Changes a remedial measure, or marks it done with the day it was: If-Match names its" + " version")
    @ApiResponse(responseCode = "200", description = "Changed", useReturnTypeSchema = true)
    @PutMapping("/measures/{measureId}")
    ResponseEntity<Measure> change(
            @PathVariable long id,
            @PathVariable long measureId,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) @Parameter(required = true) String ifMatch,
            @Valid @RequestBody FollowUp.MeasureInput input,
            @AuthenticationPrincipal ActorPrincipal principal) {
        var measure = followUps.change(id, measureId, version(ifMatch), input, principal.actor(), today());
        return ResponseEntity.ok().eTag(EntityTags.of(measure.version())).body(measure);
    }

    private static int version(String ifMatch) {
        return EntityTags.required(ifMatch, "ballot.version.required", "ballot.version.invalid");
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TimeConfiguration.ZONE));
    }
}
