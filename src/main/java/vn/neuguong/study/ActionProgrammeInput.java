package vn.neuguong.study;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.neuguong.shared.InvalidInputException.FieldError;
import vn.neuguong.study.ActionProgramme.Progress;

/** What committee staff send about an action programme: the draft, its adoption, a measure's progress. */
final class ActionProgrammeInput {

    private ActionProgrammeInput() {}

    /** A new programme: the committee, the campaign and the first draft. */
    @Schema(name = "ActionProgrammeNew")
    record New(
            @NotNull(message = "validation.required") Long campaignId,
            @NotNull(message = "validation.required") Long organizationId,

            @NotBlank(message = "validation.required") @Size(max = 500, message = "validation.tooLong")
            String title,

            @Schema(nullable = true) List<@Size(max = 2000, message = "validation.tooLong") String> goals,
            @Schema(nullable = true) @Valid List<MeasureInput> measures) {

        Draft draft() {
            return new Draft(title, goals, measures);
        }
    }

    /**
     * The draft: the title, the goals (an empty line is dropped; at least one is needed) and the measures (an empty
     * row is dropped; each names what, who and by when, inside the campaign's period).
     */
    @Schema(name = "ActionProgrammeDraft")
    record Draft(
            @NotBlank(message = "validation.required") @Size(max = 500, message = "validation.tooLong")
            String title,

            @Schema(nullable = true) List<@Size(max = 2000, message = "validation.tooLong") String> goals,
            @Schema(nullable = true) @Valid List<MeasureInput> measures) {

        List<String> filledGoals() {
            return goals == null
                    ? List.of()
                    : goals.stream()
                            .filter(g -> g != null && !g.isBlank())
                            .map(String::strip)
                            .toList();
        }

        List<MeasureInput> filledMeasures() {
            return measures == null
                    ? List.of()
                    : measures.stream().filter(m -> m != null && !m.isBlank()).toList();
        }

        /**
         * The rules beside the annotations, each error named by the row the form or the request sent; the dates are
         * held to the campaign's period when it is known.
         */
        List<FieldError> problems(LocalDate campaignStartsOn, LocalDate campaignEndsOn) {
            boolean period = campaignStartsOn != null && campaignEndsOn != null;
            var errors = new ArrayList<FieldError>();
            if (filledGoals().isEmpty()) {
                errors.add(new FieldError("goals", "study.programme.goals.required"));
            }
            for (int i = 0; measures != null && i < measures.size(); i++) {
                var m = measures.get(i);
                if (m == null || m.isBlank()) {
                    continue;
                }
                String row = "measures[" + i + "].";
                if (m.content() == null || m.content().isBlank()) {
                    errors.add(new FieldError(row + "content", "validation.required"));
                }
                if (m.ownerMemberId() == null
                        && (m.ownerText() == null || m.ownerText().isBlank())) {
                    errors.add(new FieldError(row + "ownerText", "study.programme.measure.ownerRequired"));
                }
                if (m.dueOn() == null) {
                    errors.add(new FieldError(row + "dueOn", "study.programme.measure.dueRequired"));
                } else if (period
                        && (m.dueOn().isBefore(campaignStartsOn) || m.dueOn().isAfter(campaignEndsOn))) {
                    errors.add(new FieldError(row + "dueOn", "study.programme.measure.outsideCampaign"));
                }
                if (m.startsOn() != null) {
                    if (period
                            && (m.startsOn().isBefore(campaignStartsOn)
                                    || m.startsOn().isAfter(campaignEndsOn))) {
                        errors.add(new FieldError(row + "startsOn", "study.programme.measure.outsideCampaign"));
                    } else if (m.dueOn() != null && m.startsOn().isAfter(m.dueOn())) {
                        errors.add(new FieldError(row + "startsOn", "study.programme.measure.startsAfterDue"));
                    }
                }
            }
            return errors;
        }
    }

    /** One measure: what is done, who carries it out (a member, or a body or department in words), the dates. */
    @Schema(name = "ActionProgrammeMeasureInput")
    record MeasureInput(
            @Schema(nullable = true) @Size(max = 2000, message = "validation.tooLong")
            String content,

            @Schema(nullable = true) Long ownerMemberId,

            @Schema(nullable = true) @Size(max = 300, message = "validation.tooLong")
            String ownerText,

            @Schema(nullable = true) LocalDate startsOn,
            @Schema(nullable = true) LocalDate dueOn) {

        boolean isBlank() {
            return (content == null || content.isBlank())
                    && ownerMemberId == null
                    && (ownerText == null || ownerText.isBlank())
                    && startsOn == null
                    && dueOn == null;
        }
    }

    /** The adoption: the day (not after today, not before the campaign starts) and the document carrying it. */
    @Schema(name = "ActionProgrammeAdoption")
    record Adoption(
            @NotNull(message = "validation.required") LocalDate adoptedOn,
            @Schema(nullable = true) Long documentId) {}

    /**
     * A progress update of one measure: a status, a percentage, or both (a status alone keeps the percentage, DONE
     * meaning 100; a percentage alone gives the status), a note and the day it speaks of.
     */
    @Schema(name = "ActionProgrammeProgressInput")
    record ProgressInput(
            @Schema(nullable = true) Progress status,

            @Schema(nullable = true)
            @Min(value = 0, message = "study.progress.percentRange")
            @Max(value = 100, message = "study.progress.percentRange")
            Integer percent,

            @Schema(nullable = true) @Size(max = 2000, message = "validation.tooLong")
            String note,

            @NotNull(message = "validation.required") LocalDate reportedOn) {

        /** The rules beside the annotations: something reported, and status and percentage agreeing. */
        List<FieldError> problems() {
            var errors = new ArrayList<FieldError>();
            if (status == null && percent == null) {
                errors.add(new FieldError("percent", "study.progress.required"));
            } else if (status != null && percent != null && percent >= 0 && percent <= 100) {
                if ((status == Progress.DONE) != (percent == 100) || (status == Progress.NOT_STARTED && percent > 0)) {
                    errors.add(new FieldError("percent", "study.progress.disagrees"));
                }
            }
            return errors;
        }

        /** The status to keep. */
        Progress statusGiven() {
            return status != null ? status : Progress.of(percent);
        }

        /** The percentage to keep, given the measure's before: a status alone keeps it (DONE 100, NOT_STARTED 0). */
        int percentGiven(int before) {
            if (percent != null) {
                return percent;
            }
            return switch (status) {
                case DONE -> 100;
                case NOT_STARTED -> 0;
                case IN_PROGRESS -> before == 100 ? 0 : before;
            };
        }
    }
}
