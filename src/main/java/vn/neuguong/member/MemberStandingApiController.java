package vn.neuguong.member;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;

/**
 * A member's standing periods as JSON: read by whoever may read the member (the member included), added and ended
 * by staff of the member's cell's subtree and the cell's secretary. A foreign member answers 404.
 */
@RestController
@RequestMapping("/api/v1/members/{id}/standings")
@Tag(name = "Members")
class MemberStandingApiController {

    private final Members members;
    private final MemberStandings standings;

    MemberStandingApiController(Members members, MemberStandings standings) {
        this.members = members;
        this.standings = standings;
    }

    /** The last day of a period. */
    record StandingEnd(
            @NotNull(message = "validation.required") LocalDate endsOn) {}

    @GetMapping
    @Operation(
            operationId = "listMemberStandings",
            summary = "A member's periods of exemption, temporary activity elsewhere and work away, current first")
    Page<MemberStanding> list(
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
                                            maximum = "200",
                                            defaultValue = "20"))
                    Integer size,
            @AuthenticationPrincipal ActorPrincipal principal) {
        members.get(id, principal.actor());
        return standings.of(
                id, PageRequest.of(page, size, MemberApiController.DEFAULT_SIZE, MemberApiController.MAX_SIZE));
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @Operation(
            operationId = "addMemberStanding",
            summary = "Record a period: an exemption needs its reason and decision date, a temporary activity its"
                    + " host cell; periods of one kind never overlap")
    ResponseEntity<MemberStanding> add(
            @PathVariable long id,
            @Valid @RequestBody MemberStandingInput input,
            @AuthenticationPrincipal ActorPrincipal principal) {
        var standing = standings.add(id, input, principal.actor());
        return ResponseEntity.created(URI.create("/api/v1/members/" + id + "/standings"))
                .body(standing);
    }

    @PutMapping("/{standingId}/end")
    @Operation(operationId = "endMemberStanding", summary = "End a member's open period on its last day")
    @ApiResponse(responseCode = "200", description = "Ended", useReturnTypeSchema = true)
    @ApiResponse(
            responseCode = "409",
            description = "The period has already ended",
            content =
                    @Content(
                            mediaType = MemberApiController.PROBLEM,
                            schema = @Schema(ref = MemberApiController.PROBLEM_SCHEMA)))
    MemberStanding end(
            @PathVariable long id,
            @PathVariable long standingId,
            @Valid @RequestBody StandingEnd end,
            @AuthenticationPrincipal ActorPrincipal principal) {
        return standings.end(id, standingId, end.endsOn(), principal.actor());
    }
}
