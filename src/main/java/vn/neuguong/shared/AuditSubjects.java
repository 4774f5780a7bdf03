package vn.neuguong.shared;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Names the records of one entity type for the audit log, as they are called now: a member's full name, a campaign's
 * title. The module that owns the records implements it, so the audit module names no other module's tables; it
 * asks once per entity type for all the ids of the page it shows.
 */
public interface AuditSubjects {

    /** The entity type as audit rows name it, e.g. {@code Member} or {@code account}. */
    String entityType();

    /** The subjects of those ids that still name a record; an id gone since (or not a number) is left out. */
    Map<String, Subject> subjects(Collection<String> ids);

    /**
     * @param name what the record is called (null when it has no name of its own)
     * @param key a message key naming the record when it has no name, e.g. its kind
     */
    record Subject(String name, String key) {

        public static Subject named(String name) {
            return new Subject(name, null);
        }
    }

    /**
     * The subjects a statement names: {@code sql} selects the id and the name (and, as a third column, a message key
     * for records without a name of their own) of the records whose ids are in {@code :ids}. What most owners need.
     */
    static Map<String, Subject> select(JdbcClient jdbc, String sql, Collection<String> ids) {
        var numeric = numeric(ids);
        if (numeric.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql(sql)
                .param("ids", numeric)
                .query((rs, n) -> Map.entry(
                        rs.getString(1),
                        new Subject(rs.getString(2), rs.getMetaData().getColumnCount() > 2 ? rs.getString(3) : null)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The ids that are numbers a {@code bigint} column holds; audit rows keep every id as text. */
    static List<Long> numeric(Collection<String> ids) {
        return ids.stream()
                .filter(id -> id != null && NUMBER.matcher(id).matches())
                .map(Long::valueOf)
                .distinct()
                .toList();
    }

    Pattern NUMBER = Pattern.compile("[0-9]{1,18}");
}
