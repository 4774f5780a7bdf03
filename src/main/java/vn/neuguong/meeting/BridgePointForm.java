package vn.neuguong.meeting;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A bridge point (điểm cầu) as the form and the API send it: the organization that sits there, the point it hangs
 * under ({@code parentId}, none for a point of the hall itself), the site, who hosts it (a member, or a name as
 * written), its capacity, connection, and headcounts per group; rows with nothing in them are spare rows of the form.
 */
public record BridgePointForm(
        @NotNull(message = "validation.required") Long organizationId,
        @Schema(nullable = true) Long parentId,

        @Schema(nullable = true) @Size(max = 500, message = "validation.tooLong")
        String site,

        @Schema(nullable = true) Long hostMemberId,

        @Schema(nullable = true) @Size(max = 300, message = "validation.tooLong")
        String hostName,

        @Schema(nullable = true) @Min(value = 1, message = "meeting.capacity.positive")
        Integer capacity,

        @Schema(nullable = true, description = "PENDING when left out")
        Connection connection,

        @Schema(nullable = true) List<@Valid Headcount> groups,

        @Schema(nullable = true, description = "pages only: the version the form was opened at")
        Integer version) {

    /** The state of the link to the hall. */
    public enum Connection {
        PENDING,
        TESTED,
        CONNECTED,
        LOST
    }

    Connection connectionOrDefault() {
        return connection == null ? Connection.PENDING : connection;
    }
}
