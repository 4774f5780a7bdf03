package vn.neuguong.campaign;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.neuguong.campaign.Obligations.ObligationRow;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.NotFoundException;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.web.EntityTags;

/** A campaign's obligations as JSON: the list by page, and marking one done by hand. */
@Tag(name = "Campaigns")
@RestController
@RequestMapping("/api/v1/campaigns/{id}/obligations")
class ObligationApi {

    private final Campaigns campaigns;
    private final Obligations obligations;
    private final Fulfilments fulfilments;
    private final MessageSource messages;
    private final Clock clock;

    ObligationApi(
            Campaigns campaigns,
            Obligations obligations,
            Fulfilments fulfilments,
            MessageSource messages,
            Clock clock) {
        this.campaigns = campaigns;
        this.obligations = obligations;
        this.fulfilments = fulfilments;
        this.messages = messages;
        this.clock = clock;
    }

    @Operation(operationId = "listObligations")
    @GetMapping
    Page<ObligationRow> obligations(
            @PathVariable long id,
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) ObligationStatus status,
            @RequestParam(defaultValue = "false") boolean openOnly,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
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
                                            maximum = "" + Obligations.MAX_PAGE_SIZE,
                                            defaultValue = "" + Obligations.DEFAULT_PAGE_SIZE))
                    Integer size,
            @AuthenticationPrincipal ActorPrincipal principal) {
        var scope = CampaignController.scope(principal);
        var request = PageRequest.of(page, size, Obligations.DEFAULT_PAGE_SIZE, Obligations.MAX_PAGE_SIZE);
        campaigns.get(id, scope);
        var filter = new Obligations.Filter(id, organizationId, status, openOnly, asOf, LocalDate.now(clock));
        return obligations.list(filter, request, scope);
    }

    @Operation(
            operationId = "markObligationDone",
            description =
                    "Marks an obligation done by hand, as read: If-Match names its version (a list row's version)")
    @ApiResponse(responseCode = "200", description = "Marked done", useReturnTypeSchema = true)
    @PostMapping(path = "/{obligationId}/done", consumes = MediaType.APPLICATION_JSON_VALUE)
    Obligation markDone(
            @PathVariable long id,
            @PathVariable long obligationId,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false)
                    @Parameter(required = true, description = "The obligation's version as read, e.g. \"0\"")
                    String ifMatch,
            @Valid @RequestBody DoneForm request,
            @AuthenticationPrincipal ActorPrincipal principal,
            Locale locale) {
        var scope = requireOf(id, obligationId, principal);
        int version = EntityTags.required(ifMatch, "campaign.version.required", "campaign.version.invalid");
        return fulfilments.markDone(
                obligationId, version, request.fulfilledOn(), request.note(), null, scope, LocalDate.now(clock));
    }

    /** Marking done by hand with an attached file. */
    @Operation(operationId = "markObligationDone")
    @ApiResponse(responseCode = "200", description = "Marked done", useReturnTypeSchema = true)
    @PostMapping(path = "/{obligationId}/done", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Obligation markDoneWithFile(
            @PathVariable long id,
            @PathVariable long obligationId,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false)
                    @Parameter(required = true, description = "The obligation's version as read, e.g. \"0\"")
                    String ifMatch,
            @Valid @ModelAttribute DoneForm.DoneWithFile form,
            @AuthenticationPrincipal ActorPrincipal principal,
            Locale locale)
            throws IOException {
        var scope = requireOf(id, obligationId, principal);
        int version = EntityTags.required(ifMatch, "campaign.version.required", "campaign.version.invalid");
        return fulfilments.markDone(
                obligationId,
                version,
                form.fulfilledOn(),
                form.note(),
                ObligationController.upload(form.file()),
                scope,
                LocalDate.now(clock));
    }

    private Scope requireOf(long campaignId, long obligationId, ActorPrincipal principal) {
        var scope = CampaignController.scope(principal);
        obligations
                .find(obligationId, scope)
                .filter(o -> o.campaignId() == campaignId)
                .orElseThrow(() -> new NotFoundException("Obligation", obligationId));
        return scope;
    }
}
