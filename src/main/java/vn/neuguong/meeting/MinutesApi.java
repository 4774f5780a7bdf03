package vn.neuguong.meeting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
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
import org.springframework.web.bind.annotation.RestController;
import vn.neuguong.meeting.MinutesViews.Minutes;
import vn.neuguong.meeting.MinutesViews.Revision;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.web.EntityTags;
import vn.neuguong.web.FormErrors;

/** The minutes of a held meeting as JSON: read every revision, draft, change the draft, approve it as the chair. */
@Tag(name = "Meeting minutes", description = "Minutes (biên bản) of held meetings: revisions, approval, follow-ups")
@RestController
@RequestMapping("/api/v1/meetings/{id}/minutes")
class MinutesApi {

    private final MinutesBook book;
    private final MessageSource messages;
    private final MinutesTasks tasks;

    MinutesApi(MinutesBook book, MessageSource messages, MinutesTasks tasks) {
        this.book = book;
        this.messages = messages;
        this.tasks = tasks;
    }

    @Operation(operationId = "getMeetingMinutes", description = "Every revision of the minutes, newest first")
    @GetMapping
    Minutes read(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal) {
        return book.read(id, Viewer.of(principal.actor()));
    }

    @Operation(
            operationId = "draftMeetingMinutes",
            description = "Starts the draft: the first revision, or a change of approved minutes as the next one")
    @ApiResponse(responseCode = "201", description = "Drafted", useReturnTypeSchema = true)
    @PostMapping
    ResponseEntity<Revision> draft(
            @PathVariable long id,
            @Valid @RequestBody MinutesForm form,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Locale locale) {
        if (binding.hasErrors()) {
            throw FormErrors.invalid(binding, form.check(), messages, locale);
        }
        var created = book.draft(id, form, Viewer.of(principal.actor()));
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + id + "/minutes"))
                .eTag(EntityTags.of(created.version()))
                .body(created);
    }

    @Operation(operationId = "changeMeetingMinutes", description = "Changes the draft as read: If-Match names it")
    @ApiResponse(responseCode = "200", description = "Changed", useReturnTypeSchema = true)
    @PutMapping
    ResponseEntity<Revision> change(
            @PathVariable long id,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false)
                    @Parameter(required = true, description = "The draft's ETag as read, e.g. \"3\"")
                    String ifMatch,
            @Valid @RequestBody MinutesForm form,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Locale locale) {
        int version = EntityTags.required(ifMatch, "meeting.version.required", "meeting.version.invalid");
        if (binding.hasErrors()) {
            throw FormErrors.invalid(binding, form.check(), messages, locale);
        }
        var changed = book.change(id, version, form, Viewer.of(principal.actor()));
        return ResponseEntity.ok().eTag(EntityTags.of(changed.version())).body(changed);
    }

    @Operation(
            operationId = "approveMeetingMinutes",
            description = "The chair approves the draft as read (If-Match): it is locked, and a meeting serving a"
                    + " campaign fulfils its obligations as of the meeting day")
    @ApiResponse(responseCode = "200", description = "Approved", useReturnTypeSchema = true)
    @PostMapping("/approve")
    Revision approve(
            @PathVariable long id,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false)
                    @Parameter(required = true, description = "The draft's ETag as read, e.g. \"3\"")
                    String ifMatch,
            @AuthenticationPrincipal ActorPrincipal principal) {
        int version = EntityTags.required(ifMatch, "meeting.version.required", "meeting.version.invalid");
        return book.approve(id, version, Viewer.of(principal.actor()));
    }

    @Operation(
            operationId = "markMeetingMinutesTaskDone",
            description =
                    "The member who owns a follow-up task of approved minutes, or the host's staff, marks it done")
    @PostMapping("/tasks/{taskId}/done")
    MinutesViews.Task markDone(
            @PathVariable long id, @PathVariable long taskId, @AuthenticationPrincipal ActorPrincipal principal) {
        return tasks.markDone(id, taskId, Viewer.of(principal.actor()));
    }
}
