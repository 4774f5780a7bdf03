package vn.neuguong.meeting;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/**
 * What a meeting list is narrowed to: a kind, a status, a period of start days (both ends included), and an
 * organization, whose own meetings are those it hosts, co-hosts or is a bridge point of.
 */
public record MeetingFilter(
        @Schema(nullable = true) Meeting.Kind kind,
        @Schema(nullable = true) Meeting.Status status,
        @Schema(nullable = true) LocalDate from,
        @Schema(nullable = true) LocalDate to,
        @Schema(nullable = true) Long organizationId) {

    static MeetingFilter none() {
        return new MeetingFilter(null, null, null, null, null);
    }
}
