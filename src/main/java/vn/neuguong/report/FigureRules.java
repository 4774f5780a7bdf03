package vn.neuguong.report;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import vn.neuguong.shared.FieldErrors;

/**
 * The rules a report's figures keep, checked all at once so the author sees every bad figure: an indicator of the
 * report's template, sent once; no negative count; a ratio's numerator never above its denominator; a figure other
 * than the proposal only with its reason; and, for the hand-over, every count and ratio filled in. Errors name the
 * row sent ({@code figures[i].value}); completeness names the indicator's row in the report ({@code figures[i]} in
 * the template's order).
 */
@Component
class FigureRules {

    void check(Report report, List<ReportInput.FigureInput> sent) {
        var errors = new FieldErrors();
        var seen = new HashSet<Long>();
        for (int i = 0; i < sent.size(); i++) {
            var input = sent.get(i);
            String row = "figures[" + i + "].";
            var figure = report.figures().stream()
                    .filter(f -> f.indicatorId() == input.indicatorId())
                    .findFirst();
            if (figure.isEmpty()) {
                errors.add(row + "indicatorId", "report.figure.unknownIndicator");
                continue;
            }
            if (!seen.add(input.indicatorId())) {
                errors.add(row + "indicatorId", "report.figure.duplicate");
                continue;
            }
            var kind = figure.get().kind();
            if (kind == ReportTemplate.Kind.TEXT) {
                continue;
            }
            if (input.value() != null && input.value() < 0) {
                errors.add(row + "value", "report.figure.negative");
            }
            if (kind == ReportTemplate.Kind.RATIO) {
                if (input.denominator() != null && input.denominator() < 0) {
                    errors.add(row + "denominator", "report.figure.negative");
                } else if (input.value() != null && input.denominator() == null) {
                    errors.add(row + "denominator", "report.figure.denominatorRequired");
                } else if (input.value() != null && input.value() > input.denominator()) {
                    errors.add(row + "value", "report.figure.aboveDenominator");
                }
            }
            Long denominator = kind == ReportTemplate.Kind.RATIO ? input.denominator() : null;
            boolean differs = figure.get().proposed() != null
                    && input.value() != null
                    && !(Objects.equals(input.value(), figure.get().proposed())
                            && Objects.equals(denominator, figure.get().proposedDenominator()));
            if (differs && ReportTemplates.blankToNull(input.reason()) == null) {
                errors.add(row + "reason", "report.figure.reasonRequired");
            }
        }
        errors.throwIfAny();
    }

    /** Every count and ratio has its figure before the report is handed over. */
    void checkComplete(Report report) {
        var errors = new FieldErrors();
        var figures = report.figures();
        for (int i = 0; i < figures.size(); i++) {
            var figure = figures.get(i);
            if (figure.kind() != ReportTemplate.Kind.TEXT && figure.value() == null) {
                errors.add("figures[" + i + "].value", "report.figure.required");
            } else if (figure.kind() == ReportTemplate.Kind.RATIO && figure.denominator() == null) {
                errors.add("figures[" + i + "].denominator", "report.figure.required");
            }
        }
        errors.throwIfAny();
    }

    ReportTemplate.Kind kind(Report report, long indicatorId) {
        return report.figures().stream()
                .filter(f -> f.indicatorId() == indicatorId)
                .findFirst()
                .orElseThrow()
                .kind();
    }
}
