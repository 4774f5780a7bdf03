package vn.neuguong.ballot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.ballot.BallotViews.Row;
import vn.neuguong.campaign.Campaign;
import vn.neuguong.campaign.Campaigns;
import vn.neuguong.member.MemberSql;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.InvalidInputException.FieldError;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;

/**
 * What the staff pages read beside the round itself: the list filtered by organization and status, the choices the
 * round form offers, and the previous round (đợt I before đợt II) a round compares itself with.
 */
@Component
class StaffRounds {

    record Choice(long id, String label) {}

    private final JdbcClient jdbc;
    private final Campaigns campaigns;

    StaffRounds(JdbcClient jdbc, Campaigns campaigns) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
    }

    /** The rounds the staff manage, of the organization's subtree and in the status when given. */
    Page<Row> list(BallotAccess access, Long organizationId, BallotRound.Status status, PageRequest request) {
        String where = " WHERE " + access.manages()
                + (organizationId == null ? "" : " AND " + TreeSql.within("r.organization_id", ":org"))
                + (status == null ? "" : " AND r.status = :status");
        var parameters = new java.util.HashMap<String, Object>(access.parameters());
        if (organizationId != null) {
            parameters.put("org", organizationId);
        }
        if (status != null) {
            parameters.put("status", status.name());
        }
        long total = jdbc.sql("SELECT count(*) FROM ballot_round r" + where)
                .params(parameters)
                .query(Long.class)
                .single();
        var items = jdbc.sql("SELECT r.id, r.title, r.period_label, r.kind, r.organization_id, "
                        + TreeSql.name("r.organization_id")
                        + " AS organization_name, r.opens_at, r.closes_at, r.status, r.responses FROM ballot_round r"
                        + where + " ORDER BY r.opens_at DESC, r.id DESC" + request.limitOffset())
                .params(parameters)
                .query(Row.class)
                .list();
        return Page.of(items, request, total);
    }

    /** The open organizations of the scope, in the order of the tree: whose leaders a round may assess. */
    List<Choice> organizations(Scope scope) {
        return jdbc.sql("SELECT o.id, " + TreeSql.label("o.id") + " AS label FROM " + TreeSql.organizations()
                        + " o WHERE o.open AND o.kind <> 'CELL' AND " + scope.covers("o.path")
                        + " ORDER BY o.path LIMIT 1000")
                .query(Choice.class)
                .list();
    }

    /** The organization and the committees above it, nearest first: who may order a round on it. */
    List<Choice> orderers(long organizationId) {
        return jdbc.sql("SELECT o.id, " + TreeSql.label("o.id") + " AS label FROM " + TreeSql.organizations()
                        + " o WHERE " + TreeSql.above("o.id", ":org") + " ORDER BY nlevel(o.path) DESC")
                .param("org", organizationId)
                .query(Choice.class)
                .list();
    }

    /** The members of the organization's cells, as leaders and voters are picked; the first thousand. */
    List<Choice> members(long organizationId) {
        return jdbc.sql(MemberSql.choices(TreeSql.within("member_p.cell_id", ":org")) + " LIMIT 1000")
                .param("org", organizationId)
                .query(Choice.class)
                .list();
    }

    /** The launched campaigns the scope sees, newest first. */
    List<Choice> campaigns(Scope scope) {
        return campaigns.list(scope, PageRequest.first(100)).items().stream()
                .filter(c -> c.status() == Campaign.Status.LAUNCHED)
                .map(c -> new Choice(c.id(), c.title()))
                .toList();
    }

    /** The closed rounds of the organization, but {@code except}, newest first: the previous rounds it may name. */
    List<Choice> closedRounds(long organizationId, Long except) {
        return jdbc.sql("SELECT r.id, r.title || ' — ' || r.period_label AS label FROM ballot_round r"
                        + " WHERE r.organization_id = :org AND r.status = 'CLOSED' AND r.id <> coalesce(CAST(:except"
                        + " AS bigint), 0) ORDER BY r.closed_on DESC, r.id DESC LIMIT 100")
                .param("org", organizationId)
                .param("except", except)
                .query(Choice.class)
                .list();
    }

    Optional<Long> previousOf(long roundId) {
        return jdbc.sql("SELECT previous_round_id FROM ballot_round WHERE id = :r AND previous_round_id IS NOT NULL")
                .param("r", roundId)
                .query(Long.class)
                .optional();
    }

    /** Why {@code previousId} cannot be the previous round of a round of the organization (none when it can). */
    List<FieldError> previousProblems(Long previousId, Long organizationId, Long self) {
        var errors = new ArrayList<FieldError>();
        if (previousId == null || organizationId == null) {
            return errors;
        }
        var previous = jdbc.sql("SELECT organization_id, status FROM ballot_round WHERE id = :p")
                .param("p", previousId)
                .query((rs, n) -> List.of(rs.getLong(1), rs.getString(2)))
                .optional();
        if (previous.isEmpty() || previousId.equals(self)) {
            errors.add(new FieldError("previousRoundId", "ballot.staff.previous.notFound"));
        } else if (!previous.get().get(0).equals(organizationId)) {
            errors.add(new FieldError("previousRoundId", "ballot.staff.previous.otherOrganization"));
        } else if (!"CLOSED".equals(previous.get().get(1))) {
            errors.add(new FieldError("previousRoundId", "ballot.staff.previous.notClosed"));
        }
        return errors;
    }

    void setPrevious(long roundId, Long previousId) {
        jdbc.sql("UPDATE ballot_round SET previous_round_id = :p WHERE id = :r")
                .param("p", previousId)
                .param("r", roundId)
                .update();
    }

    /** A change of the round that is not its questionnaire: a new version all the same. */
    void touch(long roundId) {
        jdbc.sql("UPDATE ballot_round SET version = version + 1 WHERE id = :r")
                .param("r", roundId)
                .update();
    }
}
