package vn.neuguong.meeting;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import vn.neuguong.member.MemberPosition.Title;
import vn.neuguong.shared.InvalidInputException.FieldError;

/**
 * One invitee: an organization, the holders of a position in an organization ("Ủy viên Ban Thường vụ" of Quận ủy
 * Đống Đa), a named member, or a guest by name and title. {@code role} DIRECTING marks the superiors who attend and
 * direct; {@code bridgePointId} the point the invitee sits at, when not in the hall.
 */
public record InviteeForm(
        @NotNull(message = "validation.required") Kind kind,
        @Schema(nullable = true) Long organizationId,
        @Schema(nullable = true) Title positionTitle,
        @Schema(nullable = true) Long memberId,

        @Schema(nullable = true) @Size(max = 300, message = "validation.tooLong")
        String guestName,

        @Schema(nullable = true) @Size(max = 300, message = "validation.tooLong")
        String guestTitle,

        @Schema(nullable = true, description = "ATTENDEE when left out")
        Role role,

        @Schema(nullable = true) Long bridgePointId) {

    public enum Kind {
        ORGANIZATION,
        POSITION,
        MEMBER,
        GUEST
    }

    public enum Role {
        ATTENDEE,
        DIRECTING
    }

    Role roleOrDefault() {
        return role == null ? Role.ATTENDEE : role;
    }

    /** What each kind needs: its organization, its position, its member, its guest's name. */
    List<FieldError> check() {
        var errors = new ArrayList<FieldError>();
        if (kind == null) {
            return errors;
        }
        if ((kind == Kind.ORGANIZATION || kind == Kind.POSITION) && organizationId == null) {
            errors.add(new FieldError("organizationId", "validation.required"));
        }
        if (kind == Kind.POSITION && positionTitle == null) {
            errors.add(new FieldError("positionTitle", "validation.required"));
        }
        if (kind == Kind.MEMBER && memberId == null) {
            errors.add(new FieldError("memberId", "validation.required"));
        }
        if (kind == Kind.GUEST && MeetingForm.blank(guestName)) {
            errors.add(new FieldError("guestName", "validation.required"));
        }
        return errors;
    }
}
