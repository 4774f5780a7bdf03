package vn.neuguong.campaign;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.campaign.CampaignViews.OrganizationRef;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;

/**
 * The organizations a campaign page names, read through the tree's published SQL ({@link TreeSql}): the one place
 * that finds an organization inside a scope, for the campaigns, their cascades and the compliance board.
 */
@Component
class CampaignOrganizations {

    /** How many committees a picker lists; the page says so when a scope holds more. */
    static final int PICKER_SIZE = 500;

    private static final String COLUMNS = "o.id, o.name, o.kind, o.path::text AS path";

    private static final String REF = "SELECT " + COLUMNS + " FROM " + TreeSql.organizations() + " o";

    private final JdbcClient jdbc;

    CampaignOrganizations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The organization if it exists inside the scope; otherwise empty, whichever the reason. */
    Optional<OrganizationRef> find(long id, Scope scope) {
        return jdbc.sql(REF + " WHERE o.id = :id AND " + scope.covers("o.path"))
                .param("id", id)
                .query(OrganizationRef.class)
                .optional();
    }

    /** The open committees in the scope, in tree order, at most {@link #PICKER_SIZE}: who may own or be targeted. */
    List<OrganizationRef> committees(Scope scope) {
        return jdbc.sql(REF + " WHERE o.open AND o.kind IN ('COMMITTEE', 'GRASSROOTS_COMMITTEE') AND "
                        + scope.covers("o.path") + " ORDER BY o.path LIMIT " + PICKER_SIZE)
                .query(OrganizationRef.class)
                .list();
    }

    /** The organizations of a campaign's targets, in tree order. */
    List<OrganizationRef> targets(long campaignId) {
        return jdbc.sql(REF + " JOIN campaign_target t ON t.organization_id = o.id WHERE t.campaign_id = :id"
                        + " ORDER BY o.path")
                .param("id", campaignId)
                .query(OrganizationRef.class)
                .list();
    }

    /** An organization inside the scope, with its parent when the scope covers that too. */
    record Placed(OrganizationRef node, Long parentId) {}

    /** The organization inside the scope and its parent in the scope, in one statement; empty outside it. */
    Optional<Placed> findWithParent(long id, Scope scope) {
        return jdbc.sql("SELECT " + COLUMNS + ", (SELECT p.id FROM "
                        + TreeSql.organizations() + " p WHERE p.id = o.parent_id AND " + scope.covers("p.path")
                        + ") AS parent_id FROM " + TreeSql.organizations() + " o WHERE o.id = :id AND "
                        + scope.covers("o.path"))
                .param("id", id)
                .query((rs, n) -> new Placed(
                        new OrganizationRef(
                                rs.getLong("id"), rs.getString("name"), rs.getString("kind"), rs.getString("path")),
                        (Long) rs.getObject("parent_id")))
                .optional();
    }

    /** The first root of the scope, in tree order, whose subtree overlaps a target of the campaign. */
    Optional<Long> firstRootOverlapping(long campaignId, Scope scope) {
        return jdbc.sql("SELECT o.id FROM " + TreeSql.organizations()
                        + " o JOIN campaign_target t ON t.campaign_id = :c"
                        + " AND (" + TreeSql.within("t.organization_id", "o.id") + " OR "
                        + TreeSql.within("o.id", "t.organization_id") + ") WHERE " + scope.isRoot("o.id")
                        + " ORDER BY o.path LIMIT 1")
                .param("c", campaignId)
                .query(Long.class)
                .optional();
    }

    static boolean isCommittee(OrganizationRef organization) {
        return organization.kind().equals("COMMITTEE") || organization.kind().equals("GRASSROOTS_COMMITTEE");
    }
}
