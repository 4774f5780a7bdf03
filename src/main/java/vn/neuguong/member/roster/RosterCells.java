package vn.neuguong.member.roster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.neuguong.member.MemberCell;

/**
 * Finds the cell a roster row names, among the cells of the importer's scope: by id ("57"), or by its name with
 * as many of its ancestors as it takes to be unique, separated by "/" ("Đảng ủy phường Văn Miếu / Chi bộ Tổ dân
 * phố số 1"), ignoring case and diacritics. A secretary of one cell may write just the cell's name.
 */
final class RosterCells {

    private final List<MemberCell> cells;
    private final Map<Long, MemberCell> byId = new HashMap<>();
    private final Map<Long, List<String>> folded = new HashMap<>();
    /** The cells by the last segment of their folded path, in tree order: a name is looked for among these only. */
    private final Map<String, List<MemberCell>> byName = new HashMap<>();

    private final Map<String, List<Long>> resolved = new HashMap<>();

    RosterCells(List<MemberCell> cells) {
        this.cells = cells;
        for (var cell : cells) {
            byId.put(cell.id(), cell);
            var segments = segments(cell.pathNames());
            folded.put(cell.id(), segments);
            if (!segments.isEmpty()) {
                byName.computeIfAbsent(segments.get(segments.size() - 1), name -> new ArrayList<>())
                        .add(cell);
            }
        }
    }

    /** The ids of the cells the text could mean: one when it is clear, none or several otherwise. */
    List<Long> resolve(String text) {
        return resolved.computeIfAbsent(text.strip(), this::find);
    }

    Long[] ids() {
        return cells.stream().map(MemberCell::id).toArray(Long[]::new);
    }

    private List<Long> find(String text) {
        if (text.matches("\\d{1,18}")) {
            long id = Long.parseLong(text);
            return byId.containsKey(id) ? List.of(id) : List.of();
        }
        var wanted = segments(text);
        if (wanted.isEmpty()) {
            return List.of();
        }
        return byName.getOrDefault(wanted.get(wanted.size() - 1), List.of()).stream()
                .filter(cell -> endsWith(folded.get(cell.id()), wanted))
                .map(MemberCell::id)
                .toList();
    }

    private static boolean endsWith(List<String> path, List<String> suffix) {
        if (suffix.size() > path.size()) {
            return false;
        }
        return path.subList(path.size() - suffix.size(), path.size()).equals(suffix);
    }

    private static List<String> segments(String path) {
        return Arrays.stream(path.split("[/>]"))
                .map(RosterColumn::fold)
                .filter(segment -> !segment.isEmpty())
                .toList();
    }
}
