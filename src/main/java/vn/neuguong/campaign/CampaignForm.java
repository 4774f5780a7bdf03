package vn.neuguong.campaign;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.neuguong.shared.InvalidInputException.FieldError;

/** A new campaign as the form and the API send it; requirement rows with no kind are blank rows of the form. */
public record CampaignForm(
        @NotBlank(message = "validation.required") @Size(max = 500, message = "validation.tooLong")
        String title,

        @Size(max = 4000, message = "validation.tooLong") String theme,
        @NotNull(message = "validation.required") Long directingDocumentId,
        @NotNull(message = "validation.required") Long ownerId,
        @NotEmpty(message = "validation.required") List<Long> targetIds,
        @NotNull(message = "validation.required") LocalDate startsOn,
        @NotNull(message = "validation.required") LocalDate endsOn,
        @Valid List<RequirementForm> requirements) {

    /**
     * One requirement; {@code parentRequirementId} only in a cascade, naming the parent's line it tightens. A blank
     * row of the form is left out ({@link CompleteRow}).
     */
    @CompleteRow
    public record RequirementForm(
            ObligationKind kind,
            AppliesTo appliesTo,
            LocalDate dueOn,
            @Size(max = 200, message = "validation.tooLong") String label,
            Long parentRequirementId) {

        boolean isBlank() {
            return kind == null && appliesTo == null && dueOn == null && (label == null || label.isBlank());
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
     * start, has at least one requirement, and every requirement is due by its end.
     */
    List<FieldError> check() {
        var errors = new ArrayList<FieldError>();
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            errors.add(new FieldError("endsOn", "campaign.endsOn.beforeStart"));
        }
        errors.addAll(checkRequirements(filledRequirements(), endsOn));
        return errors;
    }

    /** There is a requirement, and each is due by {@code endsOn} (a row is {@code dueOn} with its row). */
    static List<FieldError> checkRequirements(List<RequirementForm> rows, LocalDate endsOn) {
        var errors = new ArrayList<FieldError>();
        if (rows.isEmpty()) {
            errors.add(new FieldError("requirements", "campaign.requirements.none"));
        }
        for (int i = 0; i < rows.size(); i++) {
            var dueOn = rows.get(i).dueOn();
            if (dueOn != null && endsOn != null && dueOn.isAfter(endsOn)) {
                errors.add(new FieldError("dueOn", "campaign.dueOn.afterEnd", i, dueOn));
            }
        }
        return errors;
    }
}
