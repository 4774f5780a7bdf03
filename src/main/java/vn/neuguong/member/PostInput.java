package vn.neuguong.member;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * A post given to a person: in an organization of the scope (a unit, or a committee for the staff of its offices),
 * of a kind, in the unit's own words (the kind's wording when blank), from a day, until a day or open.
 */
public record PostInput(
        @NotNull(message = "validation.required") Long organizationId,
        @NotNull(message = "validation.required") PostTitle title,

        @Schema(nullable = true) @Size(max = 200, message = "validation.tooLong")
        String titleText,

        @NotNull(message = "validation.required") @DateTimeFormat(iso = ISO.DATE)
        LocalDate startedOn,

        @Schema(nullable = true) @DateTimeFormat(iso = ISO.DATE)
        LocalDate endedOn) {

    /** The post's wording: as given, or the kind's. */
    String wording() {
        String text = PersonInput.trim(titleText);
        return text == null ? title.wording() : text;
    }
}
