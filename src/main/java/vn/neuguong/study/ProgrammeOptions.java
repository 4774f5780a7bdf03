package vn.neuguong.study;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.campaign.Campaign;
import vn.neuguong.campaign.Campaigns;
import vn.neuguong.directive.DocumentSql;
import vn.neuguong.member.MemberSql;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.PageRequest;

/**
 * What the action programme forms offer and accept: the committees of the scope, the launched campaigns that concern
 * a committee, its members as owners, the documents it may cite; each read in one statement.
 */
@Component
class ProgrammeOptions {

    /** How many documents and campaigns a form offers; the newest ones. */
    static final int PICKER_SIZE = 200;

    private final JdbcClient jdbc;
    private final Campaigns campaigns;

    ProgrammeOptions(JdbcClient jdbc, Campaigns campaigns) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
    }

    record Choice(long id, String label) {}

    /** The open committees (district or grassroots) the scope changes, in the order of the tree. */
    List<Choice> committees(Scope scope) {
        return jdbc.sql("SELECT o.id, " + TreeSql.label("o.id") + " AS label FROM " + TreeSql.organizations()
                        + " o WHERE o.open AND o.kind IN ('COMMITTEE', 'GRASSROOTS_COMMITTEE') AND "
                        + scope.covers("o.path") + " ORDER BY o.path LIMIT 1000")
                .query(Choice.class)
                .list();
    }

    /** The committee, when it is an open committee the scope changes. */
    Optional<String> committee(long organizationId, Scope scope) {
        return jdbc.sql("SELECT o.name FROM " + TreeSql.organizations() + " o WHERE o.id = :org AND o.open"
                        + " AND o.kind IN ('COMMITTEE', 'GRASSROOTS_COMMITTEE') AND " + scope.covers("o.path"))
                .param("org", organizationId)
                .query(String.class)
                .optional();
    }

    /** The launched campaigns the scope sees, newest first. */
    List<Choice> campaigns(Scope scope) {
        return campaigns.list(scope, PageRequest.first(100)).items().stream()
                .filter(c -> c.status() == Campaign.Status.LAUNCHED)
                .map(c -> new Choice(c.id(), c.title()))
                .toList();
    }

    /** The launched campaign, when it concerns the committee (owned by it or above, or aimed at a subtree with it). */
    Optional<Campaign> campaignOf(long campaignId, long organizationId) {
        return campaigns.find(campaignId, Scope.below(organizationId)).filter(c -> !c.isDraft());
    }

    /** The members of the committee's cells, as a measure's owner is picked; the first thousand. */
    List<Choice> members(long organizationId) {
        return jdbc.sql(MemberSql.choices(TreeSql.within("member_p.cell_id", ":org")) + " LIMIT 1000")
                .param("org", organizationId)
                .query(Choice.class)
                .list();
    }

    /** Whether the member belongs to a cell of the committee. */
    boolean isMember(long memberId, long organizationId) {
        return !jdbc.sql(
                        MemberSql.choices(MemberSql.hasId(":m") + " AND " + TreeSql.within("member_p.cell_id", ":org")))
                .param("m", memberId)
                .param("org", organizationId)
                .query(Choice.class)
                .list()
                .isEmpty();
    }

    /** Documents issued by the committee, below it or above it, newest first: what may carry its programme. */
    List<Choice> documents(long organizationId) {
        var scope = Scope.below(organizationId);
        return jdbc.sql("SELECT d.id, d.number || ' · ' || d.summary AS label FROM " + DocumentSql.summaries()
                        + " d WHERE d.issuer_id IS NOT NULL AND " + scope.coversOrAbove("d.issuer_id")
                        + " ORDER BY d.issued_on DESC, d.id DESC LIMIT " + PICKER_SIZE)
                .query(Choice.class)
                .list();
    }

    /** Whether the document is one {@link #documents} could offer the committee. */
    boolean isDocument(long documentId, long organizationId) {
        var scope = Scope.below(organizationId);
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM " + DocumentSql.summaries() + " d WHERE d.id = :d"
                        + " AND d.issuer_id IS NOT NULL AND " + scope.coversOrAbove("d.issuer_id") + ")")
                .param("d", documentId)
                .query(Boolean.class)
                .single();
    }
}
