package vn.neuguong.campaign;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.campaign.ComplianceBoard.CampaignRef;
import vn.neuguong.campaign.ComplianceBoard.Line;
import vn.neuguong.organization.Scope;

/** What a board names beside its rows: how each line is owed, the years of a term theme, a year's term theme. */
@Component
class BoardCampaigns {

    /** The lines of a campaign, the years of a term theme and the term theme of a year, in the scope. */
    record Related(List<Line> lines, List<CampaignRef> years, CampaignRef term) {}

    private final JdbcClient jdbc;

    BoardCampaigns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One statement for the three: the lines in order, then the years the scope sees by their first day, and the
     * term theme when the scope sees it.
     */
    Related of(long campaignId, Scope scope) {
        var lines = new ArrayList<Line>();
        var years = new ArrayList<CampaignRef>();
        var term = new ArrayList<CampaignRef>();
        jdbc.sql("SELECT 'L' AS part, r.id, CAST(NULL AS text) AS title, CAST(NULL AS date) AS starts_on,"
                        + " CAST(NULL AS date) AS ends_on, r.recurrence, r.due_day_on_time, r.position"
                        + " FROM campaign_requirement r WHERE r.campaign_id = :id"
                        + " UNION ALL SELECT CASE WHEN c.term_campaign_id = :id THEN 'Y' ELSE 'T' END, c.id, c.title,"
                        + " c.starts_on, c.ends_on, NULL, NULL, 0 FROM campaign c WHERE (c.term_campaign_id = :id"
                        + " OR c.id = (SELECT y.term_campaign_id FROM campaign y WHERE y.id = :id)) AND "
                        + Campaigns.visible(scope) + " ORDER BY 1, 8, 4, 2")
                .param("id", campaignId)
                .query(rs -> {
                    String part = rs.getString("part");
                    if (part.equals("L")) {
                        lines.add(new Line(
                                rs.getLong("id"), rs.getString("recurrence"), rs.getBoolean("due_day_on_time")));
                    } else {
                        var ref = new CampaignRef(
                                rs.getLong("id"),
                                rs.getString("title"),
                                rs.getObject("starts_on", java.time.LocalDate.class),
                                rs.getObject("ends_on", java.time.LocalDate.class));
                        (part.equals("Y") ? years : term).add(ref);
                    }
                });
        return new Related(List.copyOf(lines), List.copyOf(years), term.isEmpty() ? null : term.get(0));
    }
}
