package vn.neuguong.campaign;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.neuguong.campaign.ComplianceBoard.Board;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;

/** A campaign's compliance board as JSON and as a workbook, and the obligations of it ticked by hand. */
@Tag(name = "Campaigns")
@RestController
@RequestMapping("/api/v1/campaigns/{id}")
class ComplianceApi {

    static final String PERIOD =
            "The first day of one period of the campaign's recurring lines; the whole when left" + " out";
    static final String UNITS = "ALL: every organization of the political system; PARTY: the party's own only";

    private final Campaigns campaigns;
    private final ComplianceBoard board;
    private final ComplianceExport export;
    private final HandTicked handTicked;
    private final BoardPeriods periods;
    private final Clock clock;

    ComplianceApi(
            Campaigns campaigns,
            ComplianceBoard board,
            ComplianceExport export,
            HandTicked handTicked,
            BoardPeriods periods,
            Clock clock) {
        this.campaigns = campaigns;
        this.board = board;
        this.periods = periods;
        this.export = export;
        this.handTicked = handTicked;
        this.clock = clock;
    }

    @Operation(operationId = "getComplianceBoard")
    @GetMapping("/compliance")
    Board compliance(
            @PathVariable long id,
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(defaultValue = "false") boolean overdueOnly,
            @Parameter(description = PERIOD)
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate period,
            @Parameter(description = UNITS) @RequestParam(defaultValue = "ALL") BoardQuery.Units units,
            @AuthenticationPrincipal ActorPrincipal principal,
            Locale locale) {
        var scope = CampaignController.scope(principal);
        var campaign = campaigns.get(id, scope);
        var query = new BoardQuery(asOf == null ? LocalDate.now(clock) : asOf, overdueOnly, period, units, locale);
        return board.compute(campaign, campaigns.requirements(id), organizationId, query, scope);
    }

    @Operation(
            operationId = "listHandTickedObligations",
            description = "The obligations of the board's subtree done by hand with neither an evidence document nor"
                    + " an attachment, only a note; most recently done first")
    @GetMapping("/compliance/hand-ticked")
    Page<HandTicked.Item> handTicked(
            @PathVariable long id,
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @Parameter(description = PERIOD)
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate period,
            @Parameter(description = UNITS) @RequestParam(defaultValue = "ALL") BoardQuery.Units units,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @AuthenticationPrincipal ActorPrincipal principal) {
        var scope = CampaignController.scope(principal);
        var campaign = campaigns.get(id, scope);
        var request = PageRequest.of(page, size);
        var query = new BoardQuery(asOf == null ? LocalDate.now(clock) : asOf, false, period, units, null);
        var node = board.nodeOf(campaign, organizationId, scope);
        periods.checked(campaign.id(), query, true);
        return handTicked.list(campaign.id(), node, query, scope, request);
    }

    @Operation(operationId = "exportComplianceBoard")
    @ApiResponse(
            responseCode = "200",
            description = "The compliance board as a workbook",
            content = @Content(mediaType = ComplianceExport.XLSX, schema = @Schema(type = "string", format = "binary")))
    @GetMapping(path = "/compliance.xlsx", produces = ComplianceExport.XLSX)
    void export(
            @PathVariable long id,
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(defaultValue = "false") boolean overdueOnly,
            @Parameter(description = PERIOD)
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate period,
            @Parameter(description = UNITS) @RequestParam(defaultValue = "ALL") BoardQuery.Units units,
            @AuthenticationPrincipal ActorPrincipal principal,
            HttpServletResponse response,
            Locale locale)
            throws IOException {
        var query = new BoardQuery(asOf == null ? LocalDate.now(clock) : asOf, overdueOnly, period, units, locale);
        export.write(id, organizationId, query, CampaignController.scope(principal), response);
    }
}
