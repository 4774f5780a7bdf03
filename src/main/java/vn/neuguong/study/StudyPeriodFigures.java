package vn.neuguong.study;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.PeriodFigures;

/**
 * The members' study files a subtree owed over a period, for the periodic report: the files due on a day of the
 * period, counted by {@link StudyCounts}' own rule as of the period's last day, each at the cell it was owed to at
 * launch (where the compliance board counts it too). A file handed in after the period ends is not handed in for this
 * period's report; whether it was accepted is read as things stand now, as the board reads it.
 */
@Component
class StudyPeriodFigures implements PeriodFigures {

    static final List<String> KEYS =
            List.of("study.membersOwed", "study.filesSubmitted", "study.filesLate", "study.filesAccepted");

    private static final String SQL = "SELECT " + StudyCounts.figures("f") + " FROM study_file f WHERE f.cell_id IN "
            + TreeSql.subtreeIds(":organizationId") + " AND f.due_on BETWEEN :from AND :to";

    private final JdbcClient jdbc;
    private final StudyAudience audience;

    StudyPeriodFigures(JdbcClient jdbc, StudyAudience audience) {
        this.jdbc = jdbc;
        this.audience = audience;
    }

    /**
     * {@code membersOwed}: files due in the period (one per member and campaign, so a member owing two campaigns
     * counts twice). {@code filesSubmitted}: of those, first handed in by the period's last day, on time or late.
     * {@code filesLate}: first handed in after the due day (and by the period's last day). {@code filesAccepted}:
     * accepted by the secretary.
     */
    @Override
    public List<String> keys() {
        return KEYS;
    }

    /** A campaign launched before this module heard of it gets its files first, as the board does. */
    @Override
    public Map<String, Long> count(long organizationId, LocalDate from, LocalDate to) {
        audience.fixPending();
        return jdbc.sql(SQL)
                .param("organizationId", organizationId)
                .param("from", from)
                .param("to", to)
                .param("asOf", to)
                .query((rs, n) -> {
                    var figures = new LinkedHashMap<String, Long>();
                    figures.put("study.membersOwed", rs.getLong("owed"));
                    figures.put("study.filesSubmitted", rs.getLong("on_time") + rs.getLong("late"));
                    figures.put("study.filesLate", rs.getLong("late"));
                    figures.put("study.filesAccepted", rs.getLong("accepted"));
                    return figures;
                })
                .single();
    }
}
