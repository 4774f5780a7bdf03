package vn.neuguong.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.neuguong.organization.StructureChanges.Part;
import vn.neuguong.organization.StructureChanges.Split;

/**
 * The split form: rows of parts ({@code partName}, {@code partCode}, {@code partLevel}; a row without a name is
 * left out), and for each child organization {@code child.<id>} and each member {@code member.<id>} the number of
 * the row it goes to.
 */
record SplitForm(
        LocalDate effectiveOn,
        List<String> partNames,
        List<String> partCodes,
        List<String> partLevels,
        Map<Long, Integer> children,
        Map<Long, Integer> members) {

    static final int ROWS = 3;

    static SplitForm empty() {
        return new SplitForm(null, List.of(), List.of(), List.of(), Map.of(), Map.of());
    }

    static SplitForm of(Map<String, String[]> parameters) {
        LocalDate effectiveOn = null;
        var effective = first(parameters, "effectiveOn");
        if (effective != null && !effective.isBlank()) {
            try {
                effectiveOn = LocalDate.parse(effective);
            } catch (java.time.format.DateTimeParseException e) {
                effectiveOn = null;
            }
        }
        return new SplitForm(
                effectiveOn,
                all(parameters, "partName"),
                all(parameters, "partCode"),
                all(parameters, "partLevel"),
                assignments(parameters, "child."),
                assignments(parameters, "member."));
    }

    Split toSplit() {
        var parts = new ArrayList<Part>();
        var rows = new ArrayList<Integer>();
        for (int i = 0; i < partNames.size(); i++) {
            String code = i < partCodes.size() ? partCodes.get(i) : null;
            if ((partNames.get(i) == null || partNames.get(i).isBlank()) && (code == null || code.isBlank())) {
                continue;
            }
            rows.add(i);
            parts.add(new Part(i < partLevels.size() ? partLevels.get(i) : null, partNames.get(i), code, null));
        }
        return new Split(effectiveOn, parts, renumber(children, rows), renumber(members, rows));
    }

    public String name(int row) {
        return row < partNames.size() ? partNames.get(row) : null;
    }

    public String code(int row) {
        return row < partCodes.size() ? partCodes.get(row) : null;
    }

    public int childPart(long id) {
        return children.getOrDefault(id, 0);
    }

    public int memberPart(long id) {
        return members.getOrDefault(id, 0);
    }

    /** Form rows count blank ones; the parts of the change do not. */
    private static Map<Long, Integer> renumber(Map<Long, Integer> assignments, List<Integer> rows) {
        var renumbered = new LinkedHashMap<Long, Integer>();
        assignments.forEach((id, row) -> renumbered.put(id, rows.contains(row) ? rows.indexOf(row) : -1));
        return renumbered;
    }

    private static String first(Map<String, String[]> parameters, String name) {
        var values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static List<String> all(Map<String, String[]> parameters, String name) {
        var values = parameters.get(name);
        return values == null ? List.of() : List.of(values);
    }

    private static Long number(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Map<Long, Integer> assignments(Map<String, String[]> parameters, String prefix) {
        var assignments = new LinkedHashMap<Long, Integer>();
        parameters.forEach((name, values) -> {
            if (name.startsWith(prefix) && values.length > 0) {
                var id = number(name.substring(prefix.length()));
                if (id != null) {
                    var row = number(values[0]);
                    assignments.put(id, row == null ? -1 : row.intValue());
                }
            }
        });
        return assignments;
    }
}
