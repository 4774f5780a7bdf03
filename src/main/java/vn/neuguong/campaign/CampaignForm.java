package vn.neuguong.campaign;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.neuguong.campaign.Recurrence.QuotaPeriod;
import vn.neuguong.campaign.Recurrence.QuotaUnit;
import vn.neuguong.shared.InvalidInputException.FieldError;

/**
 * A new campaign as the form and the API send it; requirement rows with no kind are blank rows of the form.
 *
 * @param termCampaignId the whole-term theme this yearly theme sits in: a launched campaign of the same owner or
 *     one above, whose dates contain this one's
 */
public record CampaignForm(
        @NotBlank(message = "validation.required") @Size(max = 500, message = "validation.tooLong")
        String title,

        @Size(max = 4000, message = "validation.tooLong") String theme,
        @NotNull(message = "validation.required") Long directingDocumentId,
        @NotNull(message = "validation.required") Long ownerId,
        @NotEmpty(message = "validation.required") List<Long> targetIds,
        @NotNull(message = "validation.required") LocalDate startsOn,
        @NotNull(message = "validation.required") LocalDate endsOn,
        @Valid List<RequirementForm> requirements,
        @Schema(nullable = true) Long termCampaignId) {

    /** A campaign that sits in no term theme. */
    public CampaignForm(
            String title,
            String theme,
            Long directingDocumentId,
            Long ownerId,
            List<Long> targetIds,
            LocalDate startsOn,
            LocalDate endsOn,
            List<RequirementForm> requirements) {
        this(title, theme, directingDocumentId, ownerId, targetIds, startsOn, endsOn, requirements, null);
    }

    /**
     * One requirement; {@code parentRequirementId} only in a cascade, naming the parent's line it tightens. A blank
     * row of the form is left out ({@link CompleteRow}). {@code recurrence} left out is ONCE, {@code dueDayOnTime}
     * left out is true; the fields of another recurrence than the row's are not kept.
     *
     * @param afterLine the row (from 0, among the filled rows) whose act starts the days of an AFTER_EVENT row
     */
    @CompleteRow
    public record RequirementForm(
            ObligationKind kind,
            AppliesTo appliesTo,
            LocalDate dueOn,
            @Size(max = 200, message = "validation.tooLong") String label,
            Long parentRequirementId,
            @Schema(nullable = true) Recurrence recurrence,
            @Schema(nullable = true) LocalDate windowStartsOn,
            @Schema(nullable = true) Integer afterLine,

            @Schema(nullable = true)
            @Min(value = 0, message = "validation.invalid")
            @Max(value = 366, message = "validation.invalid")
            Integer daysAfter,

            @Schema(nullable = true)
            @Min(value = 1, message = "validation.invalid")
            @Max(value = 366, message = "validation.invalid")
            Integer quota,

            @Schema(nullable = true) QuotaPeriod quotaPeriod,
            @Schema(nullable = true) QuotaUnit quotaUnit,
            @Schema(nullable = true) Boolean dueDayOnTime) {

        /** A one-off line, due on or before {@code dueOn}. */
        public RequirementForm(
                ObligationKind kind, AppliesTo appliesTo, LocalDate dueOn, String label, Long parentRequirementId) {
            this(kind, appliesTo, dueOn, label, parentRequirementId, null, null, null, null, null, null, null, null);
        }

        boolean isBlank() {
            return kind == null
                    && appliesTo == null
                    && dueOn == null
                    && (label == null || label.isBlank())
                    && windowStartsOn == null
                    && daysAfter == null
                    && quota == null;
        }

        public Recurrence rule() {
            return recurrence == null ? Recurrence.ONCE : recurrence;
        }

        boolean onTimeOnDueDay() {
            return !Boolean.FALSE.equals(dueDayOnTime);
        }
    }

    List<RequirementForm> filledRequirements() {
        return filled(requirements);
    }

    static List<RequirementForm> filled(List<RequirementForm> requirements) {
        return requirements == null
                ? List.of()
                : requirements.stream().filter(r -> r != null && !r.isBlank()).toList();
    }

    List<Long> targets() {
        return targetIds == null
                ? List.of()
                : targetIds.stream().filter(id -> id != null).distinct().toList();
    }

    /**
     * The rules across fields, kept here so that they name the value refused: the campaign ends on or after its
     * start, has at least one requirement, and every requirement keeps the rules of {@link RequirementChecks}.
     */
    List<FieldError> check() {
        var errors = new ArrayList<FieldError>();
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            errors.add(new FieldError("endsOn", "campaign.endsOn.beforeStart"));
        }
        errors.addAll(RequirementChecks.check(filledRequirements(), startsOn, endsOn));
        return errors;
    }
}
