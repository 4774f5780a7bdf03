package vn.neuguong.campaign;

import io.swagger.v3.oas.annotations.Operation;
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

/** A campaign's compliance board as JSON and as a workbook. */
@Tag(name = "Campaigns")
@RestController
@RequestMapping("/api/v1/campaigns/{id}")
class ComplianceApi {

    private final Campaigns campaigns;
    private final ComplianceBoard board;
    private final ComplianceExport export;
    private final Clock clock;

    ComplianceApi(Campaigns campaigns, ComplianceBoard board, ComplianceExport export, Clock clock) {
        this.campaigns = campaigns;
        this.board = board;
        this.export = export;
        this.clock = clock;
    }

    @Operation(operationId = "getComplianceBoard")
    @GetMapping("/compliance")
    Board compliance(
            @PathVariable long id,
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(defaultValue = "false") boolean overdueOnly,
            @AuthenticationPrincipal ActorPrincipal principal) {
        var scope = CampaignController.scope(principal);
        var campaign = campaigns.get(id, scope);
        return board.compute(
                campaign,
                campaigns.requirements(id),
                organizationId,
                asOf == null ? LocalDate.now(clock) : asOf,
                overdueOnly,
                scope);
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
            @AuthenticationPrincipal ActorPrincipal principal,
            HttpServletResponse response,
            Locale locale)
            throws IOException {
        export.write(
                id,
                organizationId,
                asOf == null ? LocalDate.now(clock) : asOf,
                overdueOnly,
                CampaignController.scope(principal),
                response,
                locale);
    }
}
