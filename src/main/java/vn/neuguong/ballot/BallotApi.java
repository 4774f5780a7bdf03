package vn.neuguong.ballot;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.core.io.InputStreamResource;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.neuguong.ballot.BallotViews.Detail;
import vn.neuguong.ballot.BallotViews.Row;
import vn.neuguong.ballot.BallotViews.Voter;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.web.Downloads;
import vn.neuguong.web.EntityTags;
import vn.neuguong.web.TimeConfiguration;
import vn.neuguong.web.UploadedFiles;

/** Ballot rounds as JSON: the staff's rounds, slips, receipts, closing and results; the voters' casting. */
@Tag(
        name = "Ballots",
        description = "Secret ballots on leaders (lấy ý kiến góp ý, lấy phiếu tín nhiệm): rounds, printed slips of"
                + " one-time credentials, casting without a session, closing and results above a minimum count")
@RestController
@RequestMapping("/api/v1/ballot-rounds")
class BallotApi {

    static final String PROBLEM_REF = "#/components/schemas/Problem";

    private final BallotRounds rounds;
    private final RoundDrafts drafts;
    private final Slips slips;
    private final Receipts receipts;
    private final Casting casting;
    private final Closing closing;
    private final Results results;
    private final Clock clock;

    BallotApi(
            BallotRounds rounds,
            RoundDrafts drafts,
            Slips slips,
            Receipts receipts,
            Casting casting,
            Closing closing,
            Results results,
            Clock clock) {
        this.rounds = rounds;
        this.drafts = drafts;
        this.slips = slips;
        this.receipts = receipts;
        this.casting = casting;
        this.closing = closing;
        this.results = results;
        this.clock = clock;
    }

    @Operation(operationId = "listBallotRounds", summary = "The rounds of the caller's scope, latest opening first")
    @GetMapping
    Page<Row> list(
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
                                            maximum = "" + BallotRounds.MAX_PAGE_SIZE,
                                            defaultValue = "" + BallotRounds.DEFAULT_PAGE_SIZE))
                    Integer size,
            @AuthenticationPrincipal ActorPrincipal principal) {
        var request = PageRequest.of(page, size, BallotRounds.DEFAULT_PAGE_SIZE, BallotRounds.MAX_PAGE_SIZE);
        return rounds.list(BallotAccess.of(principal.actor()), request);
    }

    @Operation(operationId = "createBallotRound", summary = "A round with its questionnaire and electorate")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @PostMapping
    ResponseEntity<Detail> create(
            @Valid @RequestBody BallotInput.Round input, @AuthenticationPrincipal ActorPrincipal principal) {
        var round = drafts.create(input, principal.actor());
        return ResponseEntity.created(URI.create("/api/v1/ballot-rounds/" + round.id()))
                .eTag(EntityTags.of(round.version()))
                .body(rounds.detail(round.id(), BallotAccess.of(principal.actor())));
    }

    @Operation(operationId = "getBallotRound")
    @ApiResponse(
            responseCode = "200",
            description = "The round; its version as the entity tag",
            useReturnTypeSchema = true,
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string", example = "\"0\"")))
    @GetMapping("/{id}")
    ResponseEntity<Detail> get(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal) {
        var detail = rounds.detail(id, BallotAccess.of(principal.actor()));
        return ResponseEntity.ok().eTag(EntityTags.of(detail.round().version())).body(detail);
    }

    @Operation(
            operationId = "updateBallotRound",
            description = "Changes the round until the first ballot is cast (then 409): If-Match names its version")
    @ApiResponse(responseCode = "200", description = "Changed", useReturnTypeSchema = true)
    @PutMapping("/{id}")
    ResponseEntity<Detail> update(
            @PathVariable long id,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) @Parameter(required = true) String ifMatch,
            @Valid @RequestBody BallotInput.Round input,
            @AuthenticationPrincipal ActorPrincipal principal) {
        var round = drafts.update(id, version(ifMatch), input, principal.actor());
        return ResponseEntity.ok()
                .eTag(EntityTags.of(round.version()))
                .body(rounds.detail(id, BallotAccess.of(principal.actor())));
    }

    @Operation(
            operationId = "openBallotRound",
            description = "Opens the round for casting; a confidence vote needs two thirds of those convened present")
    @ApiResponse(responseCode = "200", description = "Opened", useReturnTypeSchema = true)
    @PostMapping("/{id}/opening")
    ResponseEntity<BallotRound> open(
            @PathVariable long id,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) @Parameter(required = true) String ifMatch,
            @AuthenticationPrincipal ActorPrincipal principal) {
        var round = drafts.open(id, version(ifMatch), principal.actor());
        return ResponseEntity.ok().eTag(EntityTags.of(round.version())).body(round);
    }

    @Operation(
            operationId = "printBallotSlips",
            description = "Generates slips, each a one-time credential as a QR code and a short code, and answers"
                    + " them as one PDF: the only copy of the codes, which the server keeps as hashes")
    @ApiResponse(
            responseCode = "200",
            description = "The slips, eight an A4 page",
            content = @Content(mediaType = UploadedFiles.PDF, schema = @Schema(type = "string", format = "binary")))
    @PostMapping("/{id}/slips")
    ResponseEntity<InputStreamResource> slips(
            @PathVariable long id,
            @Valid @RequestBody BallotInput.Slips input,
            @AuthenticationPrincipal ActorPrincipal principal,
            Locale locale) {
        byte[] pdf = slips.print(id, input.count(), baseUrl(), principal.actor(), locale);
        return Downloads.attachment(
                "phieu-" + id + ".pdf", UploadedFiles.PDF, pdf.length, new ByteArrayInputStream(pdf));
    }

    @Operation(operationId = "listBallotVoters", summary = "The electorate's members by name, and who received a slip")
    @GetMapping("/{id}/voters")
    Page<Voter> voters(
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
                                            maximum = "" + Receipts.MAX_PAGE_SIZE,
                                            defaultValue = "" + Receipts.DEFAULT_PAGE_SIZE))
                    Integer size,
            @AuthenticationPrincipal ActorPrincipal principal) {
        var request = PageRequest.of(page, size, Receipts.DEFAULT_PAGE_SIZE, Receipts.MAX_PAGE_SIZE);
        return receipts.voters(id, principal.actor(), request);
    }

    @Schema(name = "BallotReceiptsTicked")
    record Ticked(int changed) {}

    @Operation(operationId = "tickBallotReceipts", summary = "The counting officer ticks who received a slip")
    @PutMapping("/{id}/receipts")
    Ticked tick(
            @PathVariable long id,
            @Valid @RequestBody BallotInput.Receipts input,
            @AuthenticationPrincipal ActorPrincipal principal) {
        return new Ticked(receipts.tick(id, input, Receipts.Handed.SLIP, principal.actor()));
    }

    @Operation(
            operationId = "closeBallotRound",
            description = "Closes the round: the ballots move to the results in a random order; If-Match names its"
                    + " version")
    @ApiResponse(responseCode = "200", description = "Closed", useReturnTypeSchema = true)
    @PostMapping("/{id}/closing")
    BallotViews.Closing close(
            @PathVariable long id,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) @Parameter(required = true) String ifMatch,
            @AuthenticationPrincipal ActorPrincipal principal) {
        return closing.close(
                id, version(ifMatch), principal.actor(), LocalDate.now(clock.withZone(TimeConfiguration.ZONE)));
    }

    @Operation(
            operationId = "getBallotResults",
            description = "The results of a closed round with at least its minimum of responses: to the round's"
                    + " staff, and to each leader assessed on himself")
    @ApiResponse(responseCode = "200", description = "The results", useReturnTypeSchema = true)
    @ApiResponse(
            responseCode = "409",
            description = "The round is not closed, or has fewer responses than its minimum",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = PROBLEM_REF)))
    @GetMapping("/{id}/results")
    Results.RoundResults results(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal) {
        return results.of(id, principal.actor());
    }

    @Operation(
            operationId = "getBallotQuestionnaire",
            description = "The round's questionnaire as voters read it; needs no sign-in")
    @GetMapping("/{id}/questionnaire")
    BallotViews.Questionnaire questionnaire(@PathVariable long id) {
        var round = rounds.find(id).orElseThrow(() -> new vn.neuguong.shared.NotFoundException("BallotRound", id));
        return rounds.questionnaire(round);
    }

    @Operation(
            operationId = "castBallot",
            description = "Casts a ballot with a one-time credential; needs no sign-in, and nothing ties the ballot to"
                    + " the caller. A used credential answers 409; a bad answer 400, and the credential stays good")
    @ApiResponse(responseCode = "204", description = "Cast")
    @PostMapping("/{id}/ballots")
    ResponseEntity<Void> cast(@PathVariable long id, @Valid @RequestBody BallotInput.Cast cast) {
        casting.cast(id, cast);
        return ResponseEntity.noContent().build();
    }

    private static int version(String ifMatch) {
        return EntityTags.required(ifMatch, "ballot.version.required", "ballot.version.invalid");
    }

    private static String baseUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
