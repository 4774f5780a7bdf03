package vn.neuguong.shared;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a module recorded in an organization's subtree over a period, counted for the periodic reports: the report
 * module opens each report prefilled with these figures and never reads another module's tables. Every module with
 * something to count (documents, meetings, the study file, ballots, obligations) declares one bean; the report module
 * takes them all.
 *
 * <p>Figures are counts, so a parent's figure is the sum over its subtree and a ratio is made of two figures (a
 * numerator and a denominator), never a percentage.
 */
public interface PeriodFigures {

    /**
     * The figures this module counts, in the order a template offers them: each key is {@code <module>.<figure>}
     * (such as {@code meeting.conferencesHeld}), and its label is the message {@code figure.<key>}.
     */
    List<String> keys();

    /**
     * The figures of the subtree of {@code organizationId} (the organization and everything below it, as the tree
     * stands today) for what happened between {@code from} and {@code to}, both days included: one entry per key of
     * {@link #keys()}, 0 when nothing happened. One statement per module, inside the caller's transaction.
     */
    Map<String, Long> count(long organizationId, LocalDate from, LocalDate to);

    /**
     * Runs a module's statement of one row, one column per key named like the key, with {@code :organizationId},
     * {@code :from} and {@code :to} bound, and answers the row in the keys' order.
     */
    static Map<String, Long> counted(
            JdbcClient jdbc, String sql, List<String> keys, long organizationId, LocalDate from, LocalDate to) {
        return jdbc.sql(sql)
                .param("organizationId", organizationId)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> {
                    var figures = new LinkedHashMap<String, Long>();
                    for (String key : keys) {
                        figures.put(key, rs.getLong(key));
                    }
                    return figures;
                })
                .single();
    }
}
