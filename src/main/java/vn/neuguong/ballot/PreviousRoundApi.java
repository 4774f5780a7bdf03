package vn.neuguong.ballot;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.web.EntityTags;

/** The previous round (đợt I) a round (đợt II) compares its results with, as JSON. */
@Tag(name = "Ballots")
@RestController
@RequestMapping("/api/v1/ballot-rounds/{id}/previous-round")
class PreviousRoundApi {

    private final BallotRounds rounds;
    private final StaffRounds staff;
    private final RoundEditing editing;

    PreviousRoundApi(BallotRounds rounds, StaffRounds staff, RoundEditing editing) {
        this.rounds = rounds;
        this.staff = staff;
        this.editing = editing;
    }

    @Schema(name = "BallotPreviousRound")
    record Previous(long roundId, @Schema(nullable = true) Long previousRoundId) {}

    @Schema(name = "BallotPreviousRoundInput")
    record PreviousInput(
            @Schema(nullable = true, description = "A closed round of the same organization; null forgets it")
            Long previousRoundId) {}

    @Operation(operationId = "getBallotPreviousRound")
    @ApiResponse(
            responseCode = "200",
            description = "The previous round; the round's version as the entity tag",
            useReturnTypeSchema = true,
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string", example = "\"2\"")))
    @GetMapping
    ResponseEntity<Previous> get(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal) {
        var round = rounds.get(id, BallotAccess.of(principal.actor()));
        return ResponseEntity.ok()
                .eTag(EntityTags.of(round.version()))
                .body(new Previous(id, staff.previousOf(id).orElse(null)));
    }

    @Operation(
            operationId = "setBallotPreviousRound",
            description = "Names the round's previous round (a closed round of the same organization), whose"
                    + " results the results page compares with: If-Match names the round's version")
    @ApiResponse(responseCode = "200", description = "Named", useReturnTypeSchema = true)
    @PutMapping
    ResponseEntity<Previous> set(
            @PathVariable long id,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) @Parameter(required = true) String ifMatch,
            @RequestBody PreviousInput input,
            @AuthenticationPrincipal ActorPrincipal principal) {
        int version = EntityTags.required(ifMatch, "ballot.version.required", "ballot.version.invalid");
        var round = editing.namePrevious(id, version, input.previousRoundId(), principal.actor());
        return ResponseEntity.ok()
                .eTag(EntityTags.of(round.version()))
                .body(new Previous(id, staff.previousOf(id).orElse(null)));
    }
}
