package vn.neuguong.study;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * A member's study file for one campaign: the reflection (bài thu hoạch) as rich text or an uploaded file, and the
 * personal action plan (kế hoạch hành động của bản thân) as commitments with target dates. The working draft is what
 * the member edits; {@link Submission}s are the versions handed in, each with the secretary's review.
 *
 * @param cellId the cell the member belongs to now (the file follows a transfer)
 * @param owedCellId the cell the member belonged to when the campaign was launched
 * @param late whether the first submission came after the due day (false while nothing is submitted)
 */
public record StudyFile(
        long id,
        long campaignId,
        String campaignTitle,
        long memberId,
        String memberName,
        long cellId,
        String cellName,
        long owedCellId,
        LocalDate dueOn,
        Status status,
        boolean late,
        @Schema(nullable = true) String reflectionHtml,
        @Schema(nullable = true) String attachmentName,
        @Schema(nullable = true) LocalDate firstSubmittedOn,
        @Schema(nullable = true) LocalDate submittedOn,
        List<Commitment> commitments,
        int version) {

    /** Where a file stands: nothing yet, a draft never handed in, handed in, returned for revision, accepted. */
    @Schema(enumAsRef = true, name = "StudyFileStatus")
    public enum Status {
        NOT_STARTED,
        DRAFT,
        SUBMITTED,
        RETURNED,
        ACCEPTED;

        /** Whether the member may change the draft. */
        public boolean editable() {
            return this == NOT_STARTED || this == DRAFT || this == RETURNED;
        }

        /** Whether the member may assess the commitments handed in. */
        public boolean assessable() {
            return this == SUBMITTED || this == ACCEPTED;
        }
    }

    /**
     * What the list of a cell shows: the status, with a submission after the due day (late, until reviewed) and a
     * file never started when the due day has passed (missing).
     */
    @Schema(enumAsRef = true, name = "StudyFileState")
    public enum State {
        NOT_STARTED,
        DRAFT,
        SUBMITTED,
        LATE,
        RETURNED,
        ACCEPTED,
        MISSING
    }

    /**
     * One commitment of the action plan.
     *
     * @param done the member's own assessment, later: done or not (null until assessed)
     */
    @Schema(name = "StudyCommitment")
    public record Commitment(
            int position,
            String text,
            LocalDate targetOn,
            @Schema(nullable = true) Boolean done,
            @Schema(nullable = true) String assessmentNote,
            @Schema(nullable = true) LocalDate assessedOn) {}

    /** One version handed in, as it was, and its review. */
    @Schema(name = "StudySubmission")
    public record Submission(
            long id,
            int number,
            @Schema(nullable = true) String reflectionHtml,
            @Schema(nullable = true) String attachmentName,
            List<Commitment> commitments,
            LocalDate submittedOn,
            boolean late,
            @Schema(nullable = true) Outcome outcome,
            @Schema(nullable = true) String reviewComment,
            @Schema(nullable = true) String reviewedBy,
            @Schema(nullable = true) LocalDate reviewedOn) {}

    /** The secretary's decision on a submission. */
    public enum Outcome {
        ACCEPTED,
        RETURNED
    }

    /** One member's line in the list of a cell or of the member's own files. */
    @Schema(name = "StudyRow")
    public record Row(
            long id,
            long campaignId,
            String campaignTitle,
            long memberId,
            String memberName,
            LocalDate dueOn,
            State state,
            @Schema(nullable = true) LocalDate submittedOn,
            int version) {}
}
