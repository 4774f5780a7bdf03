package vn.neuguong.study;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import vn.neuguong.shared.ConflictException;

/**
 * A committee's action programme (chương trình hành động) for a campaign: goals and measures, each measure with an
 * owner (a member, or a body named in words), dates inside the campaign and its progress. Drafted, then adopted on a
 * day, after which only the progress of the measures changes.
 *
 * @param documentId the registered document that carries the adopted programme, if any
 */
@Schema(name = "ActionProgramme")
public record ActionProgramme(
        long id,
        long campaignId,
        String campaignTitle,
        LocalDate campaignStartsOn,
        LocalDate campaignEndsOn,
        long organizationId,
        String organizationName,
        String title,
        Status status,
        @Schema(nullable = true) LocalDate adoptedOn,
        @Schema(nullable = true) String adoptedBy,
        @Schema(nullable = true) Long documentId,
        @Schema(nullable = true) String documentNumber,
        List<String> goals,
        List<Measure> measures,
        int version) {

    @Schema(enumAsRef = true, name = "ActionProgrammeStatus")
    public enum Status {
        DRAFT,
        ADOPTED
    }

    /** How far a measure has come, as reported. */
    @Schema(enumAsRef = true, name = "ActionProgrammeProgress")
    public enum Progress {
        NOT_STARTED,
        IN_PROGRESS,
        DONE;

        /** What a percentage says when no status is reported. */
        static Progress of(int percent) {
            return percent == 0 ? NOT_STARTED : percent == 100 ? DONE : IN_PROGRESS;
        }
    }

    /** What a measure's line shows: its progress, or overdue when the due day has passed and it is not done. */
    @Schema(enumAsRef = true, name = "ActionProgrammeMeasureState")
    public enum State {
        NOT_STARTED,
        IN_PROGRESS,
        DONE,
        OVERDUE
    }

    /**
     * One measure and its progress.
     *
     * @param state the progress, or OVERDUE when the due day has passed and it is not done, as of the day read
     * @param progressOn the day the latest update speaks of; null before any
     * @param updates every progress update, the earliest first
     */
    @Schema(name = "ActionProgrammeMeasure")
    public record Measure(
            long id,
            int position,
            String content,
            @Schema(nullable = true) Long ownerMemberId,
            @Schema(nullable = true) String ownerMemberName,
            @Schema(nullable = true) String ownerText,
            @Schema(nullable = true) LocalDate startsOn,
            LocalDate dueOn,
            Progress status,
            State state,
            int percent,
            @Schema(nullable = true) LocalDate progressOn,
            List<Update> updates) {

        /** Who carries the measure out, as a line reads. */
        public String owner() {
            if (ownerMemberName == null) {
                return ownerText;
            }
            return ownerText == null ? ownerMemberName : ownerMemberName + " (" + ownerText + ")";
        }
    }

    /** One progress update, as reported. */
    @Schema(name = "ActionProgrammeUpdate")
    public record Update(
            long id,
            Progress status,
            int percent,
            @Schema(nullable = true) String note,
            LocalDate reportedOn,
            String reportedBy) {}

    /** One programme's line in a list, with how its measures stand. */
    @Schema(name = "ActionProgrammeRow")
    public record Row(
            long id,
            long campaignId,
            String campaignTitle,
            long organizationId,
            String organizationName,
            String title,
            Status status,
            @Schema(nullable = true) LocalDate adoptedOn,
            int measures,
            int done,
            int overdue,
            int version) {}

    /** Whether the programme is adopted; public, for the programme's page reads it. */
    public boolean adopted() {
        return status == Status.ADOPTED;
    }

    /** Only a draft is changed or adopted; an adopted programme is locked but for progress. */
    void requireDraft() {
        if (adopted()) {
            throw new ConflictException("study.programme.adopted");
        }
    }

    void requireAdopted() {
        if (!adopted()) {
            throw new ConflictException("study.programme.notAdopted");
        }
    }

    Measure measure(long measureId) {
        return measures.stream()
                .filter(m -> m.id() == measureId)
                .findFirst()
                .orElseThrow(() -> new vn.neuguong.shared.NotFoundException("ActionProgrammeMeasure", measureId));
    }
}
