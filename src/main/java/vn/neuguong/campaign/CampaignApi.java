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
import java.util.List;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.neuguong.campaign.CampaignViews.CampaignDetail;
import vn.neuguong.campaign.CampaignViews.CampaignRow;
import vn.neuguong.campaign.ComplianceBoard.Board;
import vn.neuguong.campaign.Obligations.ObligationPage;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.NotFoundException;

/** The campaigns as JSON: create, launch, cascade, obligations and the compliance board. */
@Tag(name = "Campaigns", description = "Study campaigns, their obligations down the tree and the compliance board")
@RestController
@RequestMapping("/api/v1/campaigns")
class CampaignApi {

    private final Campaigns campaigns;
    private final Obligations obligations;
    private final ComplianceBoard board;
    private final ComplianceWorkbook workbook;
    private final Clock clock;

    CampaignApi(
            Campaigns campaigns,
            Obligations obligations,
            ComplianceBoard board,
            ComplianceWorkbook workbook,
            Clock clock) {
        this.campaigns = campaigns;
        this.obligations = obligations;
        this.board = board;
        this.workbook = workbook;
        this.clock = clock;
    }

    @Operation(operationId = "listCampaigns")
    @GetMapping
    List<CampaignRow> list(@AuthenticationPrincipal ActorPrincipal principal) {
        return campaigns.list(scope(principal));
    }

    @Operation(operationId = "createCampaign")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CampaignDetail create(@RequestBody CampaignForm form, @AuthenticationPrincipal ActorPrincipal principal) {
        var created = campaigns.create(form, scope(principal));
        return campaigns.detail(created.id(), scope(principal));
    }

    @Operation(operationId = "getCampaign")
    @GetMapping("/{id}")
    CampaignDetail show(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal) {
        return campaigns.detail(id, scope(principal));
    }

    @Operation(operationId = "launchCampaign")
    @PostMapping("/{id}/launch")
    Launched launch(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal) {
        int created = campaigns.launch(id, scope(principal), today());
        return new Launched(id, created);
    }

    /** A launched campaign and how many obligations its launch created. */
    record Launched(long campaignId, int obligations) {}

    @Operation(operationId = "cascadeCampaign")
    @PostMapping("/{id}/cascade")
    @ResponseStatus(HttpStatus.CREATED)
    CampaignDetail cascade(
            @PathVariable long id, @RequestBody CascadeForm form, @AuthenticationPrincipal ActorPrincipal principal) {
        var created = campaigns.cascade(id, form, scope(principal), today());
        return campaigns.detail(created.id(), scope(principal));
    }

    @Operation(operationId = "listObligations")
    @GetMapping("/{id}/obligations")
    ObligationPage obligations(
            @PathVariable long id,
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) ObligationStatus status,
            @RequestParam(defaultValue = "false") boolean openOnly,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "50")
                    @Parameter(
                            schema =
                                    @Schema(
                                            type = "integer",
                                            format = "int32",
                                            minimum = "1",
                                            maximum = "" + Obligations.MAX_PAGE_SIZE))
                    int size,
            @AuthenticationPrincipal ActorPrincipal principal) {
        campaigns.get(id, scope(principal));
        return obligations.list(
                new Obligations.Filter(id, organizationId, status, openOnly, asOf, today(), page, size),
                scope(principal));
    }

    /** Marking done by hand, as JSON. */
    record DoneRequest(
            LocalDate fulfilledOn, @Schema(maxLength = 4000) String note) {}

    @Operation(operationId = "markObligationDone")
    @PostMapping(path = "/{id}/obligations/{obligationId}/done", consumes = MediaType.APPLICATION_JSON_VALUE)
    Obligation markDone(
            @PathVariable long id,
            @PathVariable long obligationId,
            @RequestBody DoneRequest request,
            @AuthenticationPrincipal ActorPrincipal principal) {
        requireOf(id, obligationId, principal);
        return obligations.markDone(
                obligationId, request.fulfilledOn(), request.note(), null, scope(principal), today());
    }

    /** Marking done by hand with an attached file. */
    @Operation(operationId = "markObligationDone")
    @PostMapping(path = "/{id}/obligations/{obligationId}/done", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Obligation markDoneWithFile(
            @PathVariable long id,
            @PathVariable long obligationId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate fulfilledOn,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) MultipartFile file,
            @AuthenticationPrincipal ActorPrincipal principal)
            throws IOException {
        requireOf(id, obligationId, principal);
        return obligations.markDone(
                obligationId, fulfilledOn, note, CampaignController.upload(file), scope(principal), today());
    }

    @Operation(operationId = "getComplianceBoard")
    @GetMapping("/{id}/compliance")
    Board compliance(
            @PathVariable long id,
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(defaultValue = "false") boolean overdueOnly,
            @AuthenticationPrincipal ActorPrincipal principal) {
        var scope = scope(principal);
        var campaign = campaigns.get(id, scope);
        return board.compute(
                campaign,
                campaigns.requirements(id),
                organizationId,
                asOf == null ? today() : asOf,
                overdueOnly,
                scope);
    }

    @Operation(operationId = "exportComplianceBoard")
    @ApiResponse(
            responseCode = "200",
            description = "The compliance board as a workbook",
            content =
                    @Content(mediaType = CampaignController.XLSX, schema = @Schema(type = "string", format = "binary")))
    @GetMapping(path = "/{id}/compliance.xlsx", produces = CampaignController.XLSX)
    void export(
            @PathVariable long id,
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(defaultValue = "false") boolean overdueOnly,
            @AuthenticationPrincipal ActorPrincipal principal,
            HttpServletResponse response,
            Locale locale)
            throws IOException {
        CampaignController.exportBoard(
                campaigns,
                board,
                workbook,
                id,
                organizationId,
                asOf == null ? today() : asOf,
                overdueOnly,
                scope(principal),
                response,
                locale);
    }

    private void requireOf(long campaignId, long obligationId, ActorPrincipal principal) {
        obligations
                .find(obligationId, scope(principal))
                .filter(o -> o.campaignId() == campaignId)
                .orElseThrow(() -> new NotFoundException("Obligation", obligationId));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static Scope scope(ActorPrincipal principal) {
        return Scope.of(principal.actor());
    }
}
