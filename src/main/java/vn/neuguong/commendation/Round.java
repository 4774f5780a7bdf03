package vn.neuguong.commendation;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A round of commendation (đợt khen thưởng): the organization that decides it, for a campaign, open to nominations
 * from its subtree until {@code closesOn}.
 *
 * @param level the deciding organization's level, which sets the forms of award it may give
 * @param nominations the nominations made in the round, cut ones included
 * @param approved those approved by the deciding organization and not yet awarded
 * @param awarded those a decision awarded
 */
@Schema(name = "CommendationRound")
public record Round(
        long id,
        long campaignId,
        String campaignTitle,
        long organizationId,
        String organizationName,
        @Schema(nullable = true) AwardLevel level,
        String title,
        LocalDate closesOn,
        long nominations,
        long approved,
        long awarded,
        int version) {

    /** A round to open. */
    @Schema(name = "CommendationRoundInput")
    record Input(
            @NotNull(message = "validation.required") Long campaignId,
            @NotNull(message = "validation.required") Long organizationId,

            @NotBlank(message = "validation.required")
            @Size(max = 500, message = "validation.tooLong")
            @Schema(maxLength = 500)
            String title,

            @NotNull(message = "validation.required") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate closesOn) {}
}
