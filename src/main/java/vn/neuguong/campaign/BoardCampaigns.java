package vn.neuguong.campaign;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.campaign.ComplianceBoard.CampaignRef;
import vn.neuguong.campaign.ComplianceBoard.Line;
import vn.neuguong.organization.Scope;

/** What a board names beside its rows: how each line is owed, the years of a term theme, a year's term theme. */
@Component
class BoardCampaigns {

    private final JdbcClient jdbc;

    BoardCampaigns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Line> lines(long campaignId) {
        return jdbc.sql("SELECT id, recurrence, due_day_on_time FROM campaign_requirement WHERE campaign_id = :id"
                        + " ORDER BY position")
                .param("id", campaignId)
                .query((rs, n) -> new Line(rs.getLong(1), rs.getString(2), rs.getBoolean(3)))
                .list();
    }

    private static final String REF = "SELECT c.id, c.title, c.starts_on, c.ends_on FROM campaign c WHERE ";

    List<CampaignRef> years(long campaignId, Scope scope) {
        return jdbc.sql(REF + "c.term_campaign_id = :id AND " + Campaigns.visible(scope)
                        + " ORDER BY c.starts_on, c.id")
                .param("id", campaignId)
                .query(CampaignRef.class)
                .list();
    }

    Optional<CampaignRef> term(long campaignId, Scope scope) {
        return jdbc.sql(REF + "c.id = (SELECT y.term_campaign_id FROM campaign y WHERE y.id = :id) AND "
                        + Campaigns.visible(scope))
                .param("id", campaignId)
                .query(CampaignRef.class)
                .optional();
    }
}
