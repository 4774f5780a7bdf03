package vn.neuguong.campaign;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
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
import vn.neuguong.campaign.CampaignViews.CampaignDetail;
import vn.neuguong.campaign.CampaignViews.CampaignRow;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.web.EntityTags;

/** The campaigns as JSON: list, create, read, launch and cascade. */
@Tag(name = "Campaigns", description = "Study campaigns, their obligations down the tree and the compliance board")
@RestController
@RequestMapping("/api/v1/campaigns")
class CampaignApi {

    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 100;
    static final String PROBLEM_REF = "#/components/schemas/Problem";

    private final Campaigns campaigns;
    private final CampaignDrafts drafts;
    private final Cascades cascades;
    private final MessageSource messages;
    private final Clock clock;

    CampaignApi(Campaigns campaigns, CampaignDrafts drafts, Cascades cascades, MessageSource messages, Clock clock) {
        this.campaigns = campaigns;
        this.drafts = drafts;
        this.cascades = cascades;
        this.messages = messages;
        this.clock = clock;
    }

    @Operation(operationId = "listCampaigns", description = "The campaigns the caller sees, newest first, by page")
    @GetMapping
    Page<CampaignRow> list(
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
                                            maximum = "" + MAX_PAGE_SIZE,
                                            defaultValue = "" + DEFAULT_PAGE_SIZE))
                    Integer size,
            @AuthenticationPrincipal ActorPrincipal principal) {
        var request = PageRequest.of(page, size, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
        return campaigns.list(CampaignController.scope(principal), request);
    }

    @Operation(operationId = "createCampaign")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CampaignDetail create(@Valid @RequestBody CampaignForm form, @AuthenticationPrincipal ActorPrincipal principal) {
        var scope = CampaignController.scope(principal);
        var created = drafts.create(form, scope);
        return campaigns.detail(created.id(), scope);
    }

    @Operation(operationId = "getCampaign")
    @ApiResponse(
            responseCode = "200",
            description = "The campaign; its version as the entity tag, for If-Match on a change",
            useReturnTypeSchema = true,
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string", example = "\"3\"")))
    @GetMapping("/{id}")
    ResponseEntity<CampaignDetail> show(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal) {
        var detail = campaigns.detail(id, CampaignController.scope(principal));
        return ResponseEntity.ok()
                .eTag(EntityTags.of(detail.campaign().version()))
                .body(detail);
    }

    @Operation(
            operationId = "launchCampaign",
            description = "Launches a draft as read: If-Match names the version (the ETag of getCampaign)")
    @ApiResponse(responseCode = "200", description = "Launched", useReturnTypeSchema = true)
    @PostMapping("/{id}/launch")
    Launched launch(
            @PathVariable long id,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false)
                    @Parameter(required = true, description = "The campaign's ETag as read, e.g. \"3\"")
                    String ifMatch,
            @AuthenticationPrincipal ActorPrincipal principal,
            Locale locale) {
        int version = EntityTags.required(ifMatch, "campaign.version.required", "campaign.version.invalid");
        int created = drafts.launch(id, version, CampaignController.scope(principal), LocalDate.now(clock));
        return new Launched(id, created);
    }

    /** A launched campaign and how many obligations its launch created. */
    record Launched(long campaignId, int obligations) {}

    @Operation(operationId = "cascadeCampaign")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @PostMapping("/{id}/cascade")
    @ResponseStatus(HttpStatus.CREATED)
    CampaignDetail cascade(
            @PathVariable long id,
            @Valid @RequestBody CascadeForm form,
            @AuthenticationPrincipal ActorPrincipal principal) {
        var scope = CampaignController.scope(principal);
        var created = cascades.cascade(id, form, scope, LocalDate.now(clock));
        return campaigns.detail(created.id(), scope);
    }
}
