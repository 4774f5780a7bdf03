package vn.neuguong.supervision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
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
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.web.EntityTags;

/** Inspection and supervision visits, their recommendations and the subtree's board, as JSON. */
@Tag(
        name = "Supervision",
        description = "Overseers of cells, the monthly meeting's quality, inspection and supervision visits")
@RestController
@RequestMapping("/api/v1/supervision")
class VisitApi {

    private final Visits visits;
    private final SupervisionBoard board;
    private final Clock clock;

    VisitApi(Visits visits, SupervisionBoard board, Clock clock) {
        this.visits = visits;
        this.board = board;
        this.clock = clock;
    }

    @Operation(operationId = "getSupervisionBoard", description = "Visits and recommendations per child subtree")
    @GetMapping("/board")
    SupervisionBoard.Board board(
            @RequestParam long organizationId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @AuthenticationPrincipal ActorPrincipal principal) {
        return board.compute(organizationId, from, to, LocalDate.now(clock), Scope.of(principal.actor()));
    }

    @Operation(operationId = "listSupervisionVisits")
    @GetMapping("/visits")
    Page<SupervisionBoard.VisitRow> list(
            @RequestParam long organizationId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
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
                                            maximum = "" + SupervisionBoard.MAX_PAGE_SIZE,
                                            defaultValue = "" + SupervisionBoard.DEFAULT_PAGE_SIZE))
                    Integer size,
            @AuthenticationPrincipal ActorPrincipal principal) {
        var request = PageRequest.of(page, size, SupervisionBoard.DEFAULT_PAGE_SIZE, SupervisionBoard.MAX_PAGE_SIZE);
        return board.visits(organizationId, from, to, request, Scope.of(principal.actor()));
    }

    @Operation(operationId = "getSupervisionVisit")
    @GetMapping("/visits/{id}")
    Visit get(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal) {
        return visits.get(id, Scope.of(principal.actor()));
    }

    @Operation(operationId = "recordSupervisionVisit")
    @ApiResponse(responseCode = "201", description = "Recorded", useReturnTypeSchema = true)
    @PostMapping("/visits")
    @ResponseStatus(HttpStatus.CREATED)
    Visit record(@Valid @RequestBody Visit.Input input, @AuthenticationPrincipal ActorPrincipal principal) {
        return visits.record(input, Scope.of(principal.actor()));
    }

    @Operation(
            operationId = "markRecommendationDone",
            description = "Follows a recommendation to done, as read: If-Match names its version")
    @ApiResponse(responseCode = "200", description = "Changed", useReturnTypeSchema = true)
    @PostMapping("/recommendations/{id}/done")
    Visit.Recommendation done(
            @PathVariable long id,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) @Parameter(required = true) String ifMatch,
            @Valid @RequestBody Visit.Done done,
            @AuthenticationPrincipal ActorPrincipal principal) {
        int version = EntityTags.required(ifMatch, "supervision.version.required", "supervision.version.invalid");
        return visits.markDone(id, version, done, Scope.of(principal.actor()));
    }
}
