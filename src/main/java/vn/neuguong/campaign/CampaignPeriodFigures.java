package vn.neuguong.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.PeriodFigures;

/**
 * The obligations a subtree's organizations owed over a period, for the periodic report, and where they stood on its
 * last day by {@link ObligationStatus}' rule, as the compliance board reads it (the line's own rule for an act on the
 * due day). Across campaigns a line refined by a cascade's line is left out, as on the obligations page: the
 * organization owes one task for the act, the refining line with the tightest deadline.
 */
@Component
class CampaignPeriodFigures implements PeriodFigures {

    static final List<String> KEYS = List.of(
            "campaign.obligationsDue",
            "campaign.obligationsOnTime",
            "campaign.obligationsLate",
            "campaign.obligationsOverdue");

    private static final String SQL = "SELECT count(*) AS \"campaign.obligationsDue\", count(*) FILTER (WHERE"
            + " x.status = 'DONE_ON_TIME') AS \"campaign.obligationsOnTime\", count(*) FILTER (WHERE x.status ="
            + " 'DONE_LATE') AS \"campaign.obligationsLate\", count(*) FILTER (WHERE x.status = 'OVERDUE') AS"
            + " \"campaign.obligationsOverdue\" FROM (SELECT " + ObligationStatus.sql("ob", "to") + " AS status"
            + " FROM obligation ob WHERE ob.organization_id IN " + TreeSql.subtreeIds(":organizationId")
            + " AND ob.due_on BETWEEN :from AND :to"
            + " AND NOT EXISTS (SELECT 1 FROM obligation k WHERE k.refines_obligation_id = ob.id)) x";

    private final JdbcClient jdbc;

    CampaignPeriodFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * {@code obligationsDue}: obligations of an organization of the subtree (units it leads included) whose due day
     * falls in the period; a period of a recurring line counts apart, and a line waiting for its event by its latest
     * day. Of those, as of the period's last day: {@code obligationsOnTime} done by the last day on time, {@code
     * obligationsLate} done after it, {@code obligationsOverdue} not done and past it. The rest fall due on the
     * period's last day itself and are still open.
     */
    @Override
    public List<String> keys() {
        return KEYS;
    }

    @Override
    public Map<String, Long> count(long organizationId, LocalDate from, LocalDate to) {
        return PeriodFigures.counted(jdbc, SQL, KEYS, organizationId, from, to);
    }
}
