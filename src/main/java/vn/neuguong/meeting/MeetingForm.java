package vn.neuguong.meeting;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import vn.neuguong.shared.InvalidInputException.FieldError;

/**
 * A meeting as the form and the API send it, to create or to change one: times are local to Vietnam
 * ({@code 2023-04-25T08:00}); agenda rows and headcount rows (the hall's groups) with nothing in them are spare rows of
 * the form. Invitees and bridge points are added on their own.
 */
public record MeetingForm(
        @NotBlank(message = "validation.required") @Size(max = 500, message = "validation.tooLong")
        String title,

        @NotNull(message = "validation.required") Meeting.Kind kind,
        @NotNull(message = "validation.required") Meeting.Format format,
        @NotNull(message = "validation.required") Long hostId,
        @Schema(nullable = true) Meeting.HostBody hostBody,
        @Schema(nullable = true) List<Long> coHostIds,

        @Schema(nullable = true) @Size(max = 500, message = "validation.tooLong")
        String venue,

        @NotNull(message = "validation.required")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
        @Schema(type = "string", format = "date-time-local", example = "2023-04-25T08:00:00")
        LocalDateTime startsAt,

        @NotNull(message = "validation.required")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
        @Schema(type = "string", format = "date-time-local", example = "2023-04-25T11:30:00")
        LocalDateTime endsAt,

        @Schema(nullable = true) Long campaignId,
        @Schema(nullable = true) Long requirementId,

        @Schema(nullable = true) @Min(value = 1, message = "meeting.capacity.positive")
        Integer capacity,

        @Schema(nullable = true) List<Long> materialIds,
        @Schema(nullable = true) List<@Valid AgendaRow> agenda,
        @Schema(nullable = true) List<@Valid Headcount> groups,

        @Schema(nullable = true, description = "pages only: the version the form was opened at")
        Integer version) {

    /** A topic and who presents it: a member ({@code presenterMemberId}) or a guest by name and title. */
    public record AgendaRow(
            @Size(max = 1000, message = "validation.tooLong")
            String topic,

            @Schema(nullable = true) Long presenterMemberId,

            @Schema(nullable = true) @Size(max = 300, message = "validation.tooLong")
            String presenterName,

            @Schema(nullable = true) @Size(max = 300, message = "validation.tooLong")
            String presenterTitle) {

        boolean isBlank() {
            return blank(topic) && presenterMemberId == null && blank(presenterName) && blank(presenterTitle);
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    List<AgendaRow> filledAgenda() {
        return agenda == null
                ? List.of()
                : agenda.stream().filter(r -> r != null && !r.isBlank()).toList();
    }

    List<Long> coHosts() {
        return distinct(coHostIds).stream().filter(id -> !id.equals(hostId)).toList();
    }

    List<Long> materials() {
        return distinct(materialIds);
    }

    private static List<Long> distinct(List<Long> ids) {
        return ids == null
                ? List.of()
                : ids.stream().filter(id -> id != null).distinct().toList();
    }

    /**
     * The rules across fields that need no database: the end after the start, a requirement only with its campaign, a
     * topic on every agenda row, and the hall's headcounts ({@link Headcount#check}).
     */
    List<FieldError> check() {
        var errors = new ArrayList<FieldError>();
        if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
            errors.add(new FieldError("endsAt", "meeting.endsAt.beforeStart"));
        }
        if (requirementId != null && campaignId == null) {
            errors.add(new FieldError("requirementId", "meeting.requirement.withoutCampaign"));
        }
        if (agenda != null) {
            for (int i = 0; i < agenda.size(); i++) {
                var row = agenda.get(i);
                if (row != null && !row.isBlank() && blank(row.topic())) {
                    errors.add(new FieldError("agenda[" + i + "].topic", "validation.required"));
                }
            }
        }
        errors.addAll(Headcount.check(groups, capacity));
        return errors;
    }
}
