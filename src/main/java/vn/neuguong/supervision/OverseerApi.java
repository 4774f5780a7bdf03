package vn.neuguong.supervision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.neuguong.member.CommitteeSeats;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.web.EntityTags;

/** The overseers of a committee's cells as JSON. */
@Tag(
        name = "Supervision",
        description = "Overseers of cells, the monthly meeting's quality, inspection and supervision visits")
@RestController
@RequestMapping("/api/v1/supervision/overseers")
class OverseerApi {

    private final Overseers overseers;

    OverseerApi(Overseers overseers) {
        this.overseers = overseers;
    }

    @Operation(
            operationId = "listCellOverseers",
            description = "The committee's cells with their overseer today, cells without one first")
    @GetMapping
    List<Overseer.CellRow> cells(@RequestParam long committeeId, @AuthenticationPrincipal ActorPrincipal principal) {
        return overseers.cells(committeeId, Scope.of(principal.actor()));
    }

    @Operation(operationId = "listOverseerCandidates", description = "The members seated on the committee today")
    @GetMapping("/candidates")
    List<CommitteeSeats.Seat> candidates(
            @RequestParam long committeeId, @AuthenticationPrincipal ActorPrincipal principal) {
        return overseers.candidates(committeeId, Scope.of(principal.actor()));
    }

    @Operation(operationId = "getCellOverseer")
    @ApiResponse(
            responseCode = "200",
            description = "The assignment; its version as the entity tag",
            useReturnTypeSchema = true,
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string", example = "\"0\"")))
    @GetMapping("/{id}")
    ResponseEntity<Overseer> get(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal) {
        var overseer = overseers.get(id, Scope.of(principal.actor()));
        return ResponseEntity.ok().eTag(EntityTags.of(overseer.version())).body(overseer);
    }

    @Operation(operationId = "assignCellOverseer")
    @ApiResponse(responseCode = "201", description = "Assigned", useReturnTypeSchema = true)
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Overseer assign(
            @RequestParam long committeeId,
            @Valid @RequestBody Overseer.Assignment assignment,
            @AuthenticationPrincipal ActorPrincipal principal) {
        return overseers.assign(committeeId, assignment, Scope.of(principal.actor()));
    }

    @Operation(operationId = "endCellOverseer", description = "Ends an assignment as read: If-Match names its version")
    @ApiResponse(responseCode = "200", description = "Changed", useReturnTypeSchema = true)
    @PostMapping("/{id}/end")
    Overseer end(
            @PathVariable long id,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) @Parameter(required = true) String ifMatch,
            @Valid @RequestBody Overseer.Ending ending,
            @AuthenticationPrincipal ActorPrincipal principal) {
        int version = EntityTags.required(ifMatch, "supervision.version.required", "supervision.version.invalid");
        return overseers.end(id, version, ending.endsOn(), Scope.of(principal.actor()));
    }
}
