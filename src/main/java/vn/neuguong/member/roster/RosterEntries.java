package vn.neuguong.member.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.neuguong.member.MemberGender;
import vn.neuguong.member.MemberInput;
import vn.neuguong.member.MemberStatus;
import vn.neuguong.shared.InvalidInputException.FieldError;

/**
 * Reads the values of a file's rows into the members they describe: dates, gender, status and the cell, each a
 * cell's error when it cannot be read (the rules between fields and rows are {@link RosterChecks}' part). The few
 * distinct genders, statuses and cell names of a file are looked up once each.
 */
final class RosterEntries {

    private final RosterCells cells;
    private final Map<String, Optional<MemberGender>> genders = new HashMap<>();
    private final Map<String, Optional<MemberStatus>> statuses = new HashMap<>();

    RosterEntries(RosterCells cells) {
        this.cells = cells;
    }

    /** Every row as an entry, its unreadable values null and reported in {@code errors}, row by row. */
    List<RosterStaging.Entry> read(List<RosterRow> rows, List<FieldError> errors) {
        var entries = new ArrayList<RosterStaging.Entry>(rows.size());
        for (var row : rows) {
            entries.add(new RosterStaging.Entry(row.row(), input(row, errors).normalized()));
        }
        return entries;
    }

    private MemberInput input(RosterRow row, List<FieldError> errors) {
        LocalDate birth = RosterValues.date(row, RosterColumn.BIRTH_DATE, errors);
        LocalDate admitted = RosterValues.date(row, RosterColumn.ADMITTED_ON, errors);
        LocalDate official = RosterValues.date(row, RosterColumn.OFFICIAL_ON, errors);
        MemberGender gender = choice(row, RosterColumn.GENDER, genders, RosterValues.GENDERS, errors);
        MemberStatus status = choice(row, RosterColumn.STATUS, statuses, RosterValues.STATUSES, errors);
        Long cellId = null;
        String cell = row.get(RosterColumn.CELL);
        if (cell == null) {
            errors.add(RosterValues.error(row, RosterColumn.CELL, "validation.required", null));
        } else {
            var resolved = cells.resolve(cell);
            if (resolved.size() == 1) {
                cellId = resolved.get(0);
            } else {
                String problem = resolved.isEmpty() ? "roster.cell.unknown" : "roster.cell.ambiguous";
                errors.add(RosterValues.error(row, RosterColumn.CELL, problem, cell));
            }
        }
        return new MemberInput(
                row.get(RosterColumn.FULL_NAME),
                birth,
                gender,
                row.get(RosterColumn.PARTY_CARD_NO),
                admitted,
                official,
                cellId,
                row.get(RosterColumn.PHONE),
                row.get(RosterColumn.EMAIL),
                status);
    }

    private static <T> T choice(
            RosterRow row,
            RosterColumn column,
            Map<String, Optional<T>> seen,
            Map<String, T> choices,
            List<FieldError> errors) {
        String text = row.get(column);
        if (text == null) {
            return null;
        }
        var value = seen.computeIfAbsent(text, t -> Optional.ofNullable(RosterValues.choice(t, choices)));
        if (value.isEmpty()) {
            String problem = column == RosterColumn.GENDER ? "roster.gender.invalid" : "roster.status.invalid";
            errors.add(RosterValues.error(row, column, problem, text));
        }
        return value.orElse(null);
    }
}
