package vn.neuguong.study;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.neuguong.shared.InvalidInputException.FieldError;
import vn.neuguong.web.RichText;

/** What people send to the study file: the member's draft and self-assessment, the secretary's review. */
final class StudyInput {

    private StudyInput() {}

    /**
     * The member's draft: the reflection as rich text (sanitized when stored) and the commitments; a line left empty
     * is dropped. Handing it in needs a reflection (the text, or an uploaded file) and at least one commitment.
     */
    @Schema(name = "StudyDraft")
    record Draft(
            @Schema(nullable = true) @Size(max = 100_000, message = "validation.tooLong")
            String reflectionHtml,

            @Schema(nullable = true) @Valid List<CommitmentInput> commitments) {

        List<CommitmentInput> filled() {
            return commitments == null
                    ? List.of()
                    : commitments.stream()
                            .filter(c -> c != null && !c.isBlank())
                            .toList();
        }

        /** The field errors of the draft, and when it is handed in of what handing in needs. */
        List<FieldError> problems(boolean submitting, boolean hasFile) {
            var errors = new ArrayList<FieldError>();
            for (int i = 0; commitments != null && i < commitments.size(); i++) {
                var c = commitments.get(i);
                if (c == null || c.isBlank()) {
                    continue;
                }
                if (c.text() == null || c.text().isBlank()) {
                    errors.add(new FieldError("commitments[" + i + "].text", "validation.required"));
                }
                if (c.targetOn() == null) {
                    errors.add(new FieldError("commitments[" + i + "].targetOn", "study.commitment.dateRequired"));
                }
            }
            if (submitting) {
                if (!hasFile
                        && RichText.plainText(RichText.sanitize(reflectionHtml)).isEmpty()) {
                    errors.add(new FieldError("reflectionHtml", "study.reflection.required"));
                }
                if (filled().isEmpty()) {
                    errors.add(new FieldError("commitments", "study.commitments.required"));
                }
            }
            return errors;
        }
    }

    /** One commitment of the action plan and the day it is to be done by. */
    @Schema(name = "StudyCommitmentInput")
    record CommitmentInput(
            @Schema(nullable = true) @Size(max = 1000, message = "validation.tooLong")
            String text,

            @Schema(nullable = true) LocalDate targetOn) {

        boolean isBlank() {
            return (text == null || text.isBlank()) && targetOn == null;
        }
    }

    /** The member's own assessment of the commitments handed in, later: each done or not, with a note. */
    @Schema(name = "StudyAssessment")
    record Assessment(
            @NotNull(message = "validation.required") @Valid List<AssessmentItem> items) {}

    @Schema(name = "StudyAssessmentItem")
    record AssessmentItem(
            @NotNull(message = "validation.required") Integer position,
            @Schema(nullable = true) Boolean done,

            @Schema(nullable = true) @Size(max = 1000, message = "validation.tooLong")
            String note) {}

    /** The secretary's review: accept, or return with a comment saying what to revise. */
    @Schema(name = "StudyReview")
    record Review(
            @NotNull(message = "validation.required") StudyFile.Outcome outcome,

            @Schema(nullable = true) @Size(max = 2000, message = "validation.tooLong")
            String comment) {}

    /** An uploaded reflection, as the request carried it. */
    record Upload(String filename, long size, InputStream content) {}
}
