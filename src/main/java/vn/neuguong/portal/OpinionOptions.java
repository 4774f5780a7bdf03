package vn.neuguong.portal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.campaign.Campaign;
import vn.neuguong.campaign.Campaigns;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.PageRequest;

/** What the opinion forms offer to choose: campaigns, organizations in scope, the open committees for the public. */
@Component
@Transactional(readOnly = true)
class OpinionOptions {

    record Choice(long value, String label) {}

    private final JdbcClient jdbc;
    private final Campaigns campaigns;

    OpinionOptions(JdbcClient jdbc, Campaigns campaigns) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
    }

    /** The launched campaigns the scope reads, newest first; the first hundred. */
    List<Choice> campaigns(Scope scope) {
        return campaigns.list(scope, PageRequest.first(100)).items().stream()
                .filter(c -> c.status() == Campaign.Status.LAUNCHED)
                .map(c -> new Choice(c.id(), c.title()))
                .toList();
    }

    /** The open organizations the scope covers; the first thousand in the tree's order. */
    List<Choice> organizations(Scope scope) {
        return jdbc.sql("SELECT o.id, " + TreeSql.label("o.id") + " AS label FROM " + TreeSql.open("o") + " WHERE "
                        + scope.covers("o.path") + " ORDER BY o.path LIMIT 1000")
                .query((rs, n) -> new Choice(rs.getLong("id"), rs.getString("label")))
                .list();
    }

    /** The open party committees a resident may send an opinion to. */
    List<Choice> committees() {
        return jdbc.sql("SELECT o.id, " + TreeSql.label("o.id") + " AS label FROM " + TreeSql.open("o")
                        + " WHERE o.kind IN ('COMMITTEE', 'GRASSROOTS_COMMITTEE') ORDER BY o.path LIMIT 1000")
                .query((rs, n) -> new Choice(rs.getLong("id"), rs.getString("label")))
                .list();
    }
}
