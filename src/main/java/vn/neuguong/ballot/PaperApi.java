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
import vn.neuguong.ballot.PaperBallots.Counts;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.web.Downloads;
import vn.neuguong.web.EntityTags;
import vn.neuguong.web.UploadedFiles;

/** Paper ballots of a round as JSON (counts, answers entered, who received one) and its counting report. */
@Tag(name = "Ballots")
@RestController
@RequestMapping("/api/v1/ballot-rounds/{id}")
class PaperApi {

    private final PaperBallots paper;
    private final Receipts receipts;
    private final CountingReport report;

    PaperApi(PaperBallots paper, Receipts receipts, CountingReport report) {
        this.paper = paper;
        this.receipts = receipts;
        this.report = report;
    }

    @Operation(operationId = "getBallotPaperCounts", summary = "The paper ballots issued, returned, invalid, entered")
    @ApiResponse(
            responseCode = "200",
            description = "The counts; the round's version as the entity tag",
            useReturnTypeSchema = true,
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string", example = "\"0\"")))
    @GetMapping("/paper")
    ResponseEntity<Counts> counts(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal) {
        var counts = paper.counts(id, principal.actor());
        return ResponseEntity.ok().eTag(EntityTags.of(counts.version())).body(counts);
    }

    @Operation(
            operationId = "recordBallotPaperCounts",
            description = "The counting officers' counts: returned at most issued, invalid at most returned, and"
                    + " returned less invalid at least the papers already entered; If-Match names the round's version")
    @ApiResponse(
            responseCode = "200",
            description = "Recorded",
            useReturnTypeSchema = true,
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string", example = "\"1\"")))
    @PutMapping("/paper")
    ResponseEntity<Counts> record(
            @PathVariable long id,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) @Parameter(required = true) String ifMatch,
            @Valid @RequestBody PaperBallots.CountsInput input,
            @AuthenticationPrincipal ActorPrincipal principal) {
        int version = EntityTags.required(ifMatch, "ballot.version.required", "ballot.version.invalid");
        var counts = paper.record(id, version, input, principal.actor());
        return ResponseEntity.ok().eTag(EntityTags.of(counts.version())).body(counts);
    }

    @Operation(
            operationId = "enterBallotPaper",
            description = "Enters one valid paper ballot's answers, checked like an electronic ballot; stored with no"
                    + " person, time or order. Never more than the papers returned less invalid (409)")
    @ApiResponse(responseCode = "200", description = "Entered; the counts after it", useReturnTypeSchema = true)
    @PostMapping("/paper/ballots")
    Counts enter(
            @PathVariable long id,
            @Valid @RequestBody BallotInput.Answers answers,
            @AuthenticationPrincipal ActorPrincipal principal) {
        return paper.enter(id, answers, principal.actor());
    }

    @Operation(
            operationId = "listBallotPaperVoters",
            summary = "The electorate's members by name, who received a paper ballot and who an electronic one")
    @GetMapping("/paper/voters")
    Page<BallotViews.PaperVoter> voters(
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
        return receipts.paperVoters(id, principal.actor(), request);
    }

    @Schema(name = "BallotPaperReceiptsTicked")
    record Ticked(int changed) {}

    @Operation(
            operationId = "tickBallotPaperReceipts",
            summary = "Ticks who received a paper ballot; one given a slip or a credential cannot (400 names them)")
    @PutMapping("/paper/receipts")
    Ticked tick(
            @PathVariable long id,
            @Valid @RequestBody BallotInput.Receipts input,
            @AuthenticationPrincipal ActorPrincipal principal) {
        return new Ticked(receipts.tick(id, input, Receipts.Handed.PAPER, principal.actor()));
    }

    @Operation(
            operationId = "tickBallotPaperReceiptsForEveryone",
            summary = "Ticks every member of the electorate who has received nothing yet as given a paper ballot")
    @PostMapping("/paper/receipts/everyone")
    Ticked tickEveryone(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal) {
        return new Ticked(receipts.tickEveryoneElse(id, Receipts.Handed.PAPER, principal.actor()));
    }

    @Operation(
            operationId = "getBallotCountingReportPdf",
            description = "The counting report (biên bản kiểm phiếu) of a closed round with its minimum of responses")
    @ApiResponse(
            responseCode = "200",
            description = "The report",
            content = @Content(mediaType = UploadedFiles.PDF, schema = @Schema(type = "string", format = "binary")))
    @GetMapping("/counting-report.pdf")
    ResponseEntity<InputStreamResource> pdf(
            @PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Locale locale) {
        return file(CountingReport.filename(id, "pdf"), UploadedFiles.PDF, report.pdf(id, principal.actor(), locale));
    }

    @Operation(
            operationId = "getBallotCountingReportXlsx",
            description = "The counting report as a workbook: the figures, and a row per leader, criterion, rating")
    @ApiResponse(
            responseCode = "200",
            description = "The report",
            content = @Content(mediaType = UploadedFiles.XLSX, schema = @Schema(type = "string", format = "binary")))
    @GetMapping("/counting-report.xlsx")
    ResponseEntity<InputStreamResource> xlsx(
            @PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Locale locale) {
        return file(
                CountingReport.filename(id, "xlsx"), UploadedFiles.XLSX, report.xlsx(id, principal.actor(), locale));
    }

    static ResponseEntity<InputStreamResource> file(String name, String type, byte[] content) {
        return Downloads.attachment(name, type, content.length, new ByteArrayInputStream(content));
    }
}
