package vn.neuguong.commendation;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.campaign.Campaign;
import vn.neuguong.campaign.Campaigns;
import vn.neuguong.directive.DocumentSql;
import vn.neuguong.meeting.MeetingSql;
import vn.neuguong.member.CommitteeBodies;
import vn.neuguong.member.MemberSql;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.report.ReportLinks;
import vn.neuguong.shared.PageRequest;

/**
 * What the commendation pages offer to choose: campaigns, the organizations that open a round or nominate to one,
 * the collectives and members of a round's subtree, the forms its level may give, the signers of its decision.
 */
@Component
@Transactional(readOnly = true)
class CommendationPageOptions {

    static final int PICKER_SIZE = 1000;

    /** The kinds that commend and nominate: committees, grassroots committees, cells. */
    private static final String COMMENDING = "o.kind IN ('COMMITTEE', 'GRASSROOTS_COMMITTEE', 'CELL')";

    private final JdbcClient jdbc;
    private final Campaigns campaigns;
    private final CommitteeBodies bodies;
    private final AwardForms forms;

    CommendationPageOptions(JdbcClient jdbc, Campaigns campaigns, CommitteeBodies bodies, AwardForms forms) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.bodies = bodies;
        this.forms = forms;
    }

    record Choice(long id, String label) {}

    /** The launched campaigns the scope reads, newest first; the first hundred. */
    List<Choice> campaigns(Scope scope) {
        return campaigns.list(scope, PageRequest.first(100)).items().stream()
                .filter(c -> c.status() == Campaign.Status.LAUNCHED)
                .map(c -> new Choice(c.id(), c.title()))
                .toList();
    }

    /** The open organizations of the scope that commend: those a round may be opened for. */
    List<Choice> deciders(Scope scope) {
        return jdbc.sql("SELECT o.id, " + TreeSql.label("o.id") + " AS label FROM " + TreeSql.open("o") + " WHERE "
                        + COMMENDING + " AND " + scope.covers("o.path") + " ORDER BY o.path LIMIT " + PICKER_SIZE)
                .query(Choice.class)
                .list();
    }

    /** The open organizations of the scope inside the round's subtree that may nominate to it. */
    List<Choice> nominators(Round round, Scope scope) {
        return inRound(round, scope, " AND " + COMMENDING);
    }

    /** The open organizations of the scope inside the round's subtree: the collectives one may nominate. */
    List<Choice> collectives(Round round, Scope scope) {
        return inRound(round, scope, "");
    }

    /** The members of the scope's cells inside the round's subtree, as the pickers show them. */
    List<Choice> members(Round round, Scope scope) {
        return jdbc.sql(MemberSql.choices(scope.coversOrganization("member_p.cell_id") + " AND "
                                + TreeSql.within("member_p.cell_id", ":root"))
                        + " LIMIT " + PICKER_SIZE)
                .param("root", round.organizationId())
                .query(Choice.class)
                .list();
    }

    /** The forms of award the round's level may give. */
    List<AwardForms.AwardForm> forms(Round round) {
        return forms.all().stream()
                .filter(form -> round.level() != null && form.levels().contains(round.level()))
                .toList();
    }

    /**
     * The members holding a post today in the deciding committee, as the issue form of a document offers them
     * (a signer's list names the organization, not its id: those of the round's organization are kept).
     */
    List<CommitteeBodies.Signer> signers(Round round, LocalDate today) {
        return bodies.signers(Scope.below(round.organizationId()), today).stream()
                .filter(signer -> signer.organizationName().equals(round.organizationName()))
                .toList();
    }

    /** A piece of evidence to offer: its value on the form ("DOCUMENT:12") and what it is called. */
    record EvidenceChoice(String value, String label) {}

    /**
     * The evidence the scope may cite: the latest documents issued by its organizations, meetings they hosted and
     * reports they made, forty of each, newest first.
     */
    List<EvidenceChoice> evidence(Scope scope) {
        String documents =
                "SELECT 'DOCUMENT:' || d.id AS value, d.number || ' — ' || d.summary AS label, d.issued_on AS day"
                        + " FROM " + DocumentSql.summaries() + " d WHERE " + scope.coversOrganization("d.issuer_id")
                        + " ORDER BY d.issued_on DESC, d.id DESC LIMIT 40";
        String meetings = "SELECT 'MEETING:' || m.id, m.label, CAST(m.starts_at AS date) FROM " + MeetingSql.meetings()
                + " m WHERE " + scope.coversOrganization("m.host_id")
                + " ORDER BY m.starts_at DESC, m.id DESC LIMIT 40";
        String reports = "SELECT 'REPORT:' || r.id, " + TreeSql.name("r.organization_id") + " || ' — ' || r.label,"
                + " r.period_ends_on FROM " + ReportLinks.reports() + " r WHERE "
                + scope.coversOrganization("r.organization_id") + " ORDER BY r.period_ends_on DESC, r.id DESC LIMIT 40";
        return jdbc.sql("(" + documents + ") UNION ALL (" + meetings + ") UNION ALL (" + reports + ")")
                .query((rs, n) -> new EvidenceChoice(rs.getString(1), rs.getString(2)))
                .list();
    }

    private List<Choice> inRound(Round round, Scope scope, String condition) {
        return jdbc.sql("SELECT o.id, " + TreeSql.label("o.id") + " AS label FROM " + TreeSql.open("o") + " WHERE "
                        + scope.covers("o.path") + " AND " + TreeSql.within("o.id", ":root") + condition
                        + " ORDER BY o.path LIMIT " + PICKER_SIZE)
                .param("root", round.organizationId())
                .query(Choice.class)
                .list();
    }
}
