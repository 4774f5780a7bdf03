package vn.neuguong.portal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.PeriodFigures;

/**
 * The public opinion of a subtree over a period, for the periodic reports: opinions heard in the period, by class,
 * and the distortions heard in it that were answered.
 */
@Component
class OpinionPeriodFigures implements PeriodFigures {

    static final List<String> KEYS = List.of(
            "portal.opinionsRecorded",
            "portal.opinionsSupport",
            "portal.opinionsConcern",
            "portal.opinionsSuggestion",
            "portal.opinionsComplaint",
            "portal.distortionsAnswered");

    private static final String SQL = "WITH s(id) AS " + TreeSql.subtreeIds(":organizationId")
            + ", p AS (SELECT kind, class, answer FROM portal_opinion WHERE heard_on BETWEEN :from AND :to"
            + " AND organization_id IN (SELECT id FROM s))"
            + " SELECT count(*) FILTER (WHERE kind = 'OPINION') AS \"portal.opinionsRecorded\","
            + " count(*) FILTER (WHERE class = 'SUPPORT') AS \"portal.opinionsSupport\","
            + " count(*) FILTER (WHERE class = 'CONCERN') AS \"portal.opinionsConcern\","
            + " count(*) FILTER (WHERE class = 'SUGGESTION') AS \"portal.opinionsSuggestion\","
            + " count(*) FILTER (WHERE class = 'COMPLAINT') AS \"portal.opinionsComplaint\","
            + " count(*) FILTER (WHERE kind = 'DISTORTION' AND answer IS NOT NULL) AS \"portal.distortionsAnswered\""
            + " FROM p";

    private final JdbcClient jdbc;

    OpinionPeriodFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> keys() {
        return KEYS;
    }

    @Override
    public Map<String, Long> count(long organizationId, LocalDate from, LocalDate to) {
        return PeriodFigures.counted(jdbc, SQL, KEYS, organizationId, from, to);
    }
}
