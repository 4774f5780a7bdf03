package vn.neuguong.meeting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.neuguong.meeting.MeetingViews.MeetingDetail;
import vn.neuguong.meeting.MeetingViews.MeetingRow;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.web.EntityTags;
import vn.neuguong.web.FormErrors;

/** The meetings as JSON: list, read, plan, change, hold and cancel. */
@Tag(
        name = "Meetings",
        description = "Conferences and cell meetings: hosts, agenda, invitees, bridge points, attendance")
@RestController
@RequestMapping("/api/v1/meetings")
class MeetingApi {

    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 100;
    static final String PROBLEM_REF = "#/components/schemas/Problem";

    private final Meetings meetings;
    private final MeetingPlans plans;
    private final MessageSource messages;

    MeetingApi(Meetings meetings, MeetingPlans plans, MessageSource messages) {
        this.meetings = meetings;
        this.plans = plans;
        this.messages = messages;
    }

    @Operation(operationId = "listMeetings", description = "The meetings the caller sees, latest start first, by page")
    @GetMapping
    Page<MeetingRow> list(
            @RequestParam(required = false) Meeting.Kind kind,
            @RequestParam(required = false) Meeting.Status status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false)
                    @Parameter(description = "meetings this organization hosts, co-hosts or is a bridge point of")
                    Long organizationId,
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
        return meetings.list(
                new MeetingFilter(kind, status, from, to, organizationId), Viewer.of(principal.actor()), request);
    }

    @Operation(operationId = "getMeeting")
    @ApiResponse(
            responseCode = "200",
            description = "The meeting with its parts; its version as the entity tag, for If-Match on a change",
            useReturnTypeSchema = true,
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string", example = "\"3\"")))
    @GetMapping("/{id}")
    ResponseEntity<MeetingDetail> show(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal) {
        return tagged(meetings.detail(id, Viewer.of(principal.actor())));
    }

    @Operation(operationId = "createMeeting")
    @ApiResponse(responseCode = "201", description = "Planned", useReturnTypeSchema = true)
    @PostMapping
    ResponseEntity<MeetingDetail> create(
            @Valid @RequestBody MeetingForm form,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Locale locale) {
        if (binding.hasErrors()) {
            throw FormErrors.invalid(binding, form.check(), messages, locale);
        }
        var viewer = Viewer.of(principal.actor());
        var created = plans.create(form, viewer);
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + created.id()))
                .eTag(EntityTags.of(created.version()))
                .body(meetings.detail(created.id(), viewer));
    }

    @Operation(operationId = "updateMeeting", description = "Changes the meeting as read: If-Match names the version")
    @ApiResponse(responseCode = "200", description = "Changed", useReturnTypeSchema = true)
    @PutMapping("/{id}")
    ResponseEntity<MeetingDetail> update(
            @PathVariable long id,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false)
                    @Parameter(required = true, description = "The meeting's ETag as read, e.g. \"3\"")
                    String ifMatch,
            @Valid @RequestBody MeetingForm form,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Locale locale) {
        int version = EntityTags.required(ifMatch, "meeting.version.required", "meeting.version.invalid");
        if (binding.hasErrors()) {
            throw FormErrors.invalid(binding, form.check(), messages, locale);
        }
        var viewer = Viewer.of(principal.actor());
        plans.update(id, version, form, viewer);
        return tagged(meetings.detail(id, viewer));
    }

    @Operation(operationId = "holdMeeting", description = "Marks the meeting held: If-Match names the version")
    @ApiResponse(responseCode = "200", description = "Held", useReturnTypeSchema = true)
    @PostMapping("/{id}/hold")
    Meeting hold(
            @PathVariable long id,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false)
                    @Parameter(required = true, description = "The meeting's ETag as read, e.g. \"3\"")
                    String ifMatch,
            @AuthenticationPrincipal ActorPrincipal principal) {
        int version = EntityTags.required(ifMatch, "meeting.version.required", "meeting.version.invalid");
        return plans.hold(id, version, Viewer.of(principal.actor()));
    }

    /** Why a meeting is called off. */
    record Cancellation(
            @Schema(nullable = true) @Size(max = 1000, message = "validation.tooLong")
            String reason) {}

    @Operation(operationId = "cancelMeeting", description = "Cancels a planned meeting with a reason")
    @ApiResponse(responseCode = "200", description = "Cancelled", useReturnTypeSchema = true)
    @PostMapping("/{id}/cancel")
    Meeting cancel(
            @PathVariable long id,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false)
                    @Parameter(required = true, description = "The meeting's ETag as read, e.g. \"3\"")
                    String ifMatch,
            @RequestBody Cancellation body,
            @AuthenticationPrincipal ActorPrincipal principal) {
        int version = EntityTags.required(ifMatch, "meeting.version.required", "meeting.version.invalid");
        return plans.cancel(id, version, body.reason(), Viewer.of(principal.actor()));
    }

    static ResponseEntity<MeetingDetail> tagged(MeetingDetail detail) {
        return ResponseEntity.ok()
                .eTag(EntityTags.of(detail.meeting().version()))
                .body(detail);
    }
}
