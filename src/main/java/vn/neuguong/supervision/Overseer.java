package vn.neuguong.supervision;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A committee member assigned to oversee a cell (cấp ủy viên phụ trách chi bộ), from a day to a day inclusive. */
public record Overseer(
        long id,
        long committeeId,
        long cellId,
        String cellName,
        long memberId,
        String memberName,
        LocalDate startsOn,
        @Schema(nullable = true) LocalDate endsOn,
        int version) {

    /** A cell of a committee with its overseer today, if it has one. */
    @Schema(name = "OverseerCellRow")
    public record CellRow(
            long cellId,
            String cellName,
            @Schema(nullable = true) Long overseerId,
            @Schema(nullable = true) Long memberId,
            @Schema(nullable = true) String memberName,
            @Schema(nullable = true) LocalDate startsOn,
            @Schema(nullable = true) LocalDate endsOn,

            @Schema(nullable = true, description = "The overseer's version, for ending it")
            Integer version) {}

    /** An assignment as the form and the API send it; {@code endsOn} empty for an open one. */
    public record Assignment(
            @NotNull(message = "validation.required") Long cellId,
            @NotNull(message = "validation.required") Long memberId,

            @NotNull(message = "validation.required") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate startsOn,

            @Schema(nullable = true) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate endsOn) {}

    /** The last day of an assignment. */
    @Schema(name = "OverseerEnding")
    public record Ending(
            @NotNull(message = "validation.required") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate endsOn) {}
}
