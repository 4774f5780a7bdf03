package vn.neuguong.meeting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.neuguong.meeting.MeetingViews.MeetingDetail;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.web.EntityTags;
import vn.neuguong.web.FormErrors;
import vn.neuguong.web.Formats;

/** A meeting's invitees, bridge points and attendance as JSON. */
@Tag(name = "Meetings")
@RestController
@RequestMapping("/api/v1/meetings/{id}")
class MeetingPartsApi {

    private final Meetings meetings;
    private final Invitees invitees;
    private final BridgePoints points;
    private final Attendance attendance;
    private final MessageSource messages;
    private final Formats formats;

    MeetingPartsApi(
            Meetings meetings,
            Invitees invitees,
            BridgePoints points,
            Attendance attendance,
            MessageSource messages,
            Formats formats) {
        this.meetings = meetings;
        this.invitees = invitees;
        this.points = points;
        this.attendance = attendance;
        this.messages = messages;
        this.formats = formats;
    }

    @Operation(operationId = "addMeetingInvitee")
    @ApiResponse(responseCode = "201", description = "Invited", useReturnTypeSchema = true)
    @PostMapping("/invitees")
    ResponseEntity<MeetingDetail> invite(
            @PathVariable long id,
            @Valid @RequestBody InviteeForm form,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Locale locale) {
        if (binding.hasErrors()) {
            throw FormErrors.invalid(binding, form.check(), messages, locale);
        }
        var viewer = Viewer.of(principal.actor());
        invitees.add(id, form, viewer);
        return ResponseEntity.status(HttpStatus.CREATED).body(meetings.detail(id, viewer));
    }

    @Operation(operationId = "removeMeetingInvitee")
    @ApiResponse(responseCode = "204", description = "Removed")
    @DeleteMapping("/invitees/{inviteeId}")
    ResponseEntity<Void> uninvite(
            @PathVariable long id, @PathVariable long inviteeId, @AuthenticationPrincipal ActorPrincipal principal) {
        invitees.remove(id, inviteeId, Viewer.of(principal.actor()));
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "addBridgePoint")
    @ApiResponse(responseCode = "201", description = "Added", useReturnTypeSchema = true)
    @PostMapping("/bridge-points")
    ResponseEntity<MeetingDetail> addPoint(
            @PathVariable long id,
            @Valid @RequestBody BridgePointForm form,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Locale locale) {
        if (binding.hasErrors()) {
            throw FormErrors.invalid(binding, Headcount.check(form.groups(), form.capacity()), messages, locale);
        }
        var viewer = Viewer.of(principal.actor());
        points.add(id, form, viewer);
        return ResponseEntity.status(HttpStatus.CREATED).body(meetings.detail(id, viewer));
    }

    @Operation(
            operationId = "updateBridgePoint",
            description = "Reports a bridge point's headcounts as read: If-Match names the point's version")
    @ApiResponse(responseCode = "200", description = "Changed", useReturnTypeSchema = true)
    @PutMapping("/bridge-points/{pointId}")
    MeetingDetail updatePoint(
            @PathVariable long id,
            @PathVariable long pointId,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false)
                    @Parameter(required = true, description = "The bridge point's version as read, e.g. \"0\"")
                    String ifMatch,
            @Valid @RequestBody BridgePointForm form,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Locale locale) {
        int version = EntityTags.required(ifMatch, "meeting.version.required", "meeting.version.invalid");
        if (binding.hasErrors()) {
            throw FormErrors.invalid(binding, Headcount.check(form.groups(), form.capacity()), messages, locale);
        }
        var viewer = Viewer.of(principal.actor());
        points.update(id, pointId, version, form, viewer);
        return meetings.detail(id, viewer);
    }

    @Operation(operationId = "removeBridgePoint")
    @ApiResponse(responseCode = "204", description = "Removed, with the points under it")
    @DeleteMapping("/bridge-points/{pointId}")
    ResponseEntity<Void> removePoint(
            @PathVariable long id, @PathVariable long pointId, @AuthenticationPrincipal ActorPrincipal principal) {
        points.remove(id, pointId, Viewer.of(principal.actor()));
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "getMeetingAttendance", description = "The expected members and what was recorded")
    @GetMapping("/attendance")
    Attendance.Checklist checklist(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal) {
        return attendance.checklist(id, Viewer.of(principal.actor()));
    }

    @Operation(operationId = "recordMeetingAttendance", description = "The secretary's entry for one expected member")
    @PutMapping("/attendance")
    Attendance.Checklist record(
            @PathVariable long id,
            @Valid @RequestBody AttendanceForm form,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Locale locale) {
        if (binding.hasErrors()) {
            throw FormErrors.invalid(binding, List.of(), messages, locale);
        }
        var viewer = Viewer.of(principal.actor());
        attendance.record(id, form, viewer);
        return attendance.checklist(id, viewer);
    }

    /** What a check-in recorded. */
    record CheckedIn(long meetingId, AttendanceForm.Status status) {}

    @Operation(operationId = "checkInToMeeting", description = "The signed-in member checks in, inside the window")
    @PostMapping("/check-in")
    CheckedIn checkIn(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal) {
        return new CheckedIn(id, attendance.checkIn(id, Viewer.of(principal.actor()), formats));
    }
}
