package vn.neuguong.meeting;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import vn.neuguong.shared.InvalidInputException.FieldError;

/**
 * One group of attendees at the hall or at a bridge point ("gần 180 lãnh đạo, cán bộ các phòng, ban, đơn vị"): what
 * was expected and what came, the latter exact or approximate as reported. A row with nothing in it is a spare row
 * of the form.
 */
public record Headcount(
        @Size(max = 300, message = "validation.tooLong") String label,

        @Schema(nullable = true) @Min(value = 0, message = "meeting.headcount.negative")
        Integer expected,

        @Schema(nullable = true) @Min(value = 0, message = "meeting.headcount.negative")
        Integer actual,

        @Schema(nullable = true, description = "EXACT when left out")
        Approximation approximation) {

    /** How an actual figure was reported: exactly, or khoảng, gần, hơn. */
    public enum Approximation {
        EXACT,
        ABOUT,
        NEARLY,
        OVER;

        /**
         * The word a sum of figures keeps: exact when all are; the one word when every approximate figure shares it
         * (gần 180 + gần 20 is gần 200, hơn 525 + 5 is hơn 530); khoảng when they differ (gần 180 + hơn 525 is khoảng
         * 705).
         */
        static Approximation ofSum(Collection<Approximation> parts) {
            var words = EnumSet.noneOf(Approximation.class);
            parts.stream().filter(p -> p != null && p != EXACT).forEach(words::add);
            return words.isEmpty()
                    ? EXACT
                    : words.size() == 1 ? words.iterator().next() : ABOUT;
        }
    }

    boolean isBlank() {
        return (label == null || label.isBlank()) && expected == null && actual == null;
    }

    public Approximation reported() {
        return approximation == null ? Approximation.EXACT : approximation;
    }

    /** The rows that are not blank, in their order. */
    static List<Headcount> filled(List<Headcount> rows) {
        return rows == null
                ? List.of()
                : rows.stream().filter(r -> r != null && !r.isBlank()).toList();
    }

    /**
     * The rules across a place's rows ({@code groups[i]...} as the caller sent them): a row with figures has a label,
     * and the actual figures together stay within the place's capacity (the row where the sum passes it is named).
     */
    static List<FieldError> check(List<Headcount> rows, Integer capacity) {
        var errors = new ArrayList<FieldError>();
        if (rows == null) {
            return errors;
        }
        int sum = 0;
        boolean over = false;
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            if (row == null || row.isBlank()) {
                continue;
            }
            if (row.label() == null || row.label().isBlank()) {
                errors.add(new FieldError("groups[" + i + "].label", "validation.required"));
            }
            if (row.actual() != null && row.actual() > 0) {
                sum += row.actual();
                if (capacity != null && sum > capacity && !over) {
                    over = true;
                    errors.add(new FieldError("groups[" + i + "].actual", "meeting.headcount.overCapacity", null, sum));
                }
            }
        }
        return errors;
    }
}
