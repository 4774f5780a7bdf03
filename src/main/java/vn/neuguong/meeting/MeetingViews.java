package vn.neuguong.meeting;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import vn.neuguong.meeting.Headcount.Approximation;
import vn.neuguong.member.MemberPosition.Title;

/** The read models of the meeting pages and API answers. */
public final class MeetingViews {

    private MeetingViews() {}

    /** A meeting in a list. */
    public record MeetingRow(
            long id,
            String title,
            Meeting.Kind kind,
            Meeting.Format format,
            long hostId,
            String hostName,
            @Schema(nullable = true) Meeting.HostBody hostBody,
            @Schema(nullable = true) String venue,
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,
            Meeting.Status status,
            @Schema(nullable = true) String cancelReason,
            long bridgePoints,

            @Schema(description = "NONE until a draft of the minutes is written; APPROVED once a revision is")
            MinutesState minutes) {}

    /** How far the minutes of a meeting have come: none, a draft, approved (a later draft keeps it approved). */
    public enum MinutesState {
        NONE,
        DRAFT,
        APPROVED
    }

    public record CoHost(long id, String name) {}

    /** A document of the registry handed out at the meeting. */
    public record Material(long documentId, String number, String summary) {}

    /** A topic and its presenter: the member's name when a member presents, else the guest's name and title. */
    public record AgendaItem(
            long id,
            int position,
            String topic,
            @Schema(nullable = true) Long presenterMemberId,
            @Schema(nullable = true) String presenterName,
            @Schema(nullable = true) String presenterTitle) {}

    public record Invitee(
            long id,
            InviteeForm.Kind kind,
            @Schema(nullable = true) Long organizationId,
            @Schema(nullable = true) String organizationName,
            @Schema(nullable = true) Title positionTitle,
            @Schema(nullable = true) Long memberId,
            @Schema(nullable = true) String memberName,
            @Schema(nullable = true) String guestName,
            @Schema(nullable = true) String guestTitle,
            InviteeForm.Role role,
            @Schema(nullable = true) Long bridgePointId) {}

    /** A bridge point with its headcount groups; {@code depth} 0 for a point of the hall, 1 below one, ... */
    public record BridgePoint(
            long id,
            @Schema(nullable = true) Long parentId,
            int depth,
            long organizationId,
            String organizationName,
            @Schema(nullable = true) String site,
            @Schema(nullable = true) Long hostMemberId,
            @Schema(nullable = true) String hostName,
            @Schema(nullable = true) Integer capacity,
            BridgePointForm.Connection connection,
            int version,
            List<Headcount> groups) {}

    /** A figure as reported or summed: "gần 180", "hơn 525", "khoảng 705"; no value when nothing was reported. */
    public record Figure(@Schema(nullable = true) Integer value, Approximation approximation) {}

    /** One place of the attendance table: the hall ({@code bridgePointId} null) or a bridge point. */
    public record Place(
            @Schema(nullable = true) Long bridgePointId,
            int depth,
            String name,
            List<Headcount> groups,
            Figure expected,
            Figure actual) {}

    /** The hall and every bridge point as one table, with the totals. */
    public record AttendanceTable(List<Place> places, Figure expected, Figure actual) {}

    /** A meeting with everything its page shows. */
    public record MeetingDetail(
            Meeting meeting,
            String hostName,
            List<CoHost> coHosts,
            @Schema(nullable = true) String campaignTitle,

            @Schema(nullable = true, description = "the obligation kind of the requirement, e.g. HOLD_CONFERENCE")
            String requirementKind,

            @Schema(nullable = true) String requirementLabel,
            List<Material> materials,
            List<AgendaItem> agenda,
            List<Invitee> invitees,
            List<BridgePoint> bridgePoints,
            List<Headcount> hallGroups,
            AttendanceTable attendance,
            boolean managed) {}
}
