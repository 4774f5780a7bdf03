package vn.neuguong.report;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import vn.neuguong.shared.InvalidInputException;

/**
 * One organization's report for one period of a template, with its figures. The figures change only in a draft or
 * a returned report; it is handed over signed off by the head, then the parent accepts it or returns it with a
 * comment; an accepted report is final.
 *
 * @param aggregates whether children report to this organization: then its figures are proposed from their reports
 * @param late whether it was handed over after its due day
 * @param number the number and symbol it was registered under ("12-BC/ĐU"), given at the hand-over
 */
@Schema(name = "Report")
record Report(
        long id,
        long templateId,
        String templateTitle,
        long organizationId,
        String organizationName,
        LocalDate periodStartsOn,
        LocalDate periodEndsOn,
        String periodLabel,
        LocalDate dueOn,
        Status status,
        @Schema(nullable = true) LocalDate submittedOn,
        boolean late,
        @Schema(nullable = true) String signedBy,
        @Schema(nullable = true) String number,
        @Schema(nullable = true) LocalDate decidedOn,
        @Schema(nullable = true) String decidedBy,
        @Schema(nullable = true) String comment,
        @Schema(nullable = true) Long obligationId,
        boolean aggregates,
        List<Figure> figures,
        int version) {

    enum Status {
        DRAFT,
        SUBMITTED,
        ACCEPTED,
        RETURNED
    }

    /**
     * The report's figure for one indicator: what the system proposed and what the report says; a figure that
     * differs from the proposal is a correction and carries its reason.
     */
    @Schema(name = "ReportFigure")
    record Figure(
            long indicatorId,
            int position,
            String label,
            ReportTemplate.Kind kind,
            @Schema(nullable = true) Long proposed,
            @Schema(nullable = true) Long proposedDenominator,
            @Schema(nullable = true) Long value,
            @Schema(nullable = true) Long denominator,
            @Schema(nullable = true) String text,
            @Schema(nullable = true) String reason,
            boolean corrected) {}

    /** Figures change only while the organization holds the report: a draft, or returned to it. */
    boolean editable() {
        return status == Status.DRAFT || status == Status.RETURNED;
    }

    void checkEditable() {
        if (!editable()) {
            throw new InvalidInputException("status", "report.status.notEditable");
        }
    }

    void checkSubmittable() {
        if (status == Status.ACCEPTED) {
            throw new InvalidInputException("status", "report.status.accepted");
        }
        if (status == Status.SUBMITTED) {
            throw new InvalidInputException("status", "report.status.submitted");
        }
    }

    void checkDecidable() {
        if (status != Status.SUBMITTED) {
            throw new InvalidInputException("status", "report.status.notSubmitted");
        }
    }
}
