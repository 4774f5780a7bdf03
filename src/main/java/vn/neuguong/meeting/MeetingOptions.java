package vn.neuguong.meeting;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.campaign.Campaigns;
import vn.neuguong.directive.DocumentSql;
import vn.neuguong.member.MemberSql;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.PageRequest;

/** What the meeting forms offer to pick from, each list read in one statement within the viewer's scope. */
@Component
class MeetingOptions {

    /** How many documents and campaigns the form offers; the newest ones. */
    static final int PICKER_SIZE = 200;

    private final JdbcClient jdbc;
    private final Campaigns campaigns;

    MeetingOptions(JdbcClient jdbc, Campaigns campaigns) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
    }

    record Choice(long id, String label) {}

    /** A campaign's requirement, labelled with its campaign. */
    record RequirementChoice(long id, long campaignId, String label) {}

    /** The open party organizations of the scope that can host a meeting, in the order of the tree. */
    List<Choice> hosts(Scope scope) {
        return jdbc.sql("SELECT o.id, " + TreeSql.label("o.id") + " AS label FROM " + TreeSql.organizations()
                        + " o WHERE o.open AND " + TreeSql.partyKind("o.kind") + " AND " + scope.covers("o.path")
                        + " ORDER BY o.path LIMIT 1000")
                .query(Choice.class)
                .list();
    }

    /** Open organizations of any kind below the top of the scope's first root, or everything for an administrator. */
    List<Choice> organizations(Scope scope) {
        return jdbc.sql("SELECT o.id, " + TreeSql.label("o.id") + " AS label FROM " + TreeSql.organizations()
                        + " o WHERE o.open AND (" + scope.covers("o.path") + " OR " + scope.coversOrAbove("o.id")
                        + ") ORDER BY o.path LIMIT 1000")
                .query(Choice.class)
                .list();
    }

    /** The members of the scope's cells, as the minutes' chair and task owners are picked; the first thousand. */
    List<Choice> members(Scope scope) {
        return jdbc.sql(MemberSql.choices(scope.coversOrganization("member_p.cell_id")) + " LIMIT 1000")
                .query(Choice.class)
                .list();
    }

    /** Documents issued in the scope or above it, newest first, as materials. */
    List<Choice> documents(Scope scope) {
        return jdbc.sql("SELECT d.id, d.number || ' · ' || d.summary AS label FROM " + DocumentSql.summaries()
                        + " d WHERE d.issuer_id IS NOT NULL AND " + scope.coversOrAbove("d.issuer_id")
                        + " ORDER BY d.issued_on DESC, d.id DESC LIMIT " + PICKER_SIZE)
                .query(Choice.class)
                .list();
    }

    List<Choice> campaigns(Scope scope) {
        return campaigns.list(scope, PageRequest.first(100)).items().stream()
                .map(c -> new Choice(c.id(), c.title()))
                .toList();
    }

    List<RequirementChoice> requirements(List<Choice> campaignChoices) {
        return campaignChoices.stream()
                .flatMap(c -> campaigns.requirements(c.id()).stream()
                        .map(r -> new RequirementChoice(
                                r.id(), c.id(), (r.label() == null ? r.kind().name() : r.label()) + " · " + c.label())))
                .toList();
    }

    /**
     * The member a person typed on a form: the full name (diacritics and case ignored) or the party card number of
     * exactly one member of the scope; null when none or several match.
     */
    Long member(String text, Scope scope) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var found = jdbc.sql(MemberSql.choices(
                        MemberSql.designatedBy(":t") + " AND " + scope.coversOrganization("member_p.cell_id")))
                .param("t", text.strip())
                .query(Choice.class)
                .list();
        return found.size() == 1 ? found.get(0).id() : null;
    }
}
