package vn.neuguong.campaign;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.neuguong.shared.InvalidInputException.FieldError;

/** A new campaign as the form and the API send it; requirement rows with no kind are blank rows of the form. */
public record CampaignForm(
        @Schema(maxLength = 500) String title,
        String theme,
        Long directingDocumentId,
        Long ownerId,
        List<Long> targetIds,
        LocalDate startsOn,
        LocalDate endsOn,
        List<RequirementForm> requirements) {

    /** One requirement; {@code parentRequirementId} only in a cascade, naming the parent's line it tightens. */
    public record RequirementForm(
            ObligationKind kind,
            AppliesTo appliesTo,
            LocalDate dueOn,
            @Schema(maxLength = 200) String label,
            Long parentRequirementId) {

        boolean isBlank() {
            return kind == null && appliesTo == null && dueOn == null && (label == null || label.isBlank());
        }
    }

    List<RequirementForm> filledRequirements() {
        return requirements == null
                ? List.of()
                : requirements.stream().filter(r -> r != null && !r.isBlank()).toList();
    }

    List<Long> targets() {
        return targetIds == null
                ? List.of()
                : targetIds.stream().filter(id -> id != null).distinct().toList();
    }

    /** The rules that need no database: required fields, lengths and date order. */
    List<FieldError> check() {
        var errors = new ArrayList<FieldError>();
        if (title == null || title.isBlank()) {
            errors.add(new FieldError("title", "validation.required"));
        } else if (title.length() > 500) {
            errors.add(new FieldError("title", "validation.tooLong"));
        }
        if (directingDocumentId == null) {
            errors.add(new FieldError("directingDocumentId", "validation.required"));
        }
        if (ownerId == null) {
            errors.add(new FieldError("ownerId", "validation.required"));
        }
        if (targets().isEmpty()) {
            errors.add(new FieldError("targetIds", "validation.required"));
        }
        if (startsOn == null) {
            errors.add(new FieldError("startsOn", "validation.required"));
        }
        if (endsOn == null) {
            errors.add(new FieldError("endsOn", "validation.required"));
        } else if (startsOn != null && endsOn.isBefore(startsOn)) {
            errors.add(new FieldError("endsOn", "campaign.endsOn.beforeStart"));
        }
        errors.addAll(checkRequirements(filledRequirements(), endsOn));
        return errors;
    }

    /** The rules of requirement rows that need no database; a line is due by the campaign's end ({@code endsOn}). */
    static List<FieldError> checkRequirements(List<RequirementForm> rows, LocalDate endsOn) {
        var errors = new ArrayList<FieldError>();
        if (rows.isEmpty()) {
            errors.add(new FieldError("requirements", "campaign.requirements.none"));
        }
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            if (row.kind() == null) {
                errors.add(new FieldError("kind", "validation.required", i, null));
            }
            if (row.appliesTo() == null) {
                errors.add(new FieldError("appliesTo", "validation.required", i, null));
            }
            if (row.dueOn() == null) {
                errors.add(new FieldError("dueOn", "validation.required", i, null));
            } else if (endsOn != null && row.dueOn().isAfter(endsOn)) {
                errors.add(new FieldError("dueOn", "campaign.dueOn.afterEnd", i, row.dueOn()));
            }
            if (row.label() != null && row.label().length() > 200) {
                errors.add(new FieldError("label", "validation.tooLong", i, null));
            }
        }
        return errors;
    }
}
