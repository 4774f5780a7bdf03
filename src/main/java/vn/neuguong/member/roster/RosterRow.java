package vn.neuguong.member.roster;

import java.util.Map;

/**
 * One data row of a roster file as written: {@code row} is its number as a spreadsheet shows it (the header is
 * row 1), {@code headers} the column titles as the file spells them, for error messages.
 */
record RosterRow(int row, Map<RosterColumn, String> values, Map<RosterColumn, String> headers) {

    String get(RosterColumn column) {
        String value = values.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    String header(RosterColumn column) {
        return headers.getOrDefault(column, column.heading);
    }
}
