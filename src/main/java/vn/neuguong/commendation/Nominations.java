package vn.neuguong.commendation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.commendation.Nomination.Evidence;
import vn.neuguong.commendation.Nomination.Step;
import vn.neuguong.directive.DocumentSql;
import vn.neuguong.meeting.MeetingSql;
import vn.neuguong.member.MemberSql;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.report.ReportLinks;
import vn.neuguong.shared.NotFoundException;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;

/**
 * Reads nominations, for a scope that covers the nominating organization or the round's deciding one (anyone else:
 * as if it did not exist), with their evidence and steps read for the whole page at once.
 */
@Component
@Transactional(readOnly = true)
class Nominations {

    /** The nominee's name as a certificate prints it. */
    static final String NOMINEE_NAME = "CASE n.nominee_kind WHEN 'COLLECTIVE' THEN " + TreeSql.name("n.organization_id")
            + " WHEN 'MEMBER' THEN " + MemberSql.fullName("n.member_id") + " ELSE n.person_name END";

    /** The line under the name: the member's cell, or what identifies the person outside the party. */
    static final String DETAILS = "CASE n.nominee_kind WHEN 'MEMBER' THEN 'Đảng viên ' || "
            + TreeSql.label(MemberSql.cellOf("n.member_id")) + " WHEN 'PERSON' THEN n.person_details END";

    private static final String SELECT = "SELECT n.*, r.title AS round_title, r.organization_id AS round_organization, "
            + TreeSql.name("n.nominated_by_id") + " AS nominated_by_name, " + NOMINEE_NAME + " AS nominee_name, "
            + DETAILS + " AS details, f.name AS form_name, " + TreeSql.name("n.next_id") + " AS next_name, "
            + DocumentSql.numberText("(SELECT d.document_id FROM commendation_decision d WHERE d.id = n.decision_id)")
            + " AS decision_number FROM commendation_nomination n JOIN commendation_round r ON r.id = n.round_id"
            + " JOIN commendation_form f ON f.code = n.form_code";

    private final JdbcClient jdbc;

    Nominations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String visible(Scope scope) {
        return "(" + scope.coversOrganization("n.nominated_by_id") + " OR "
                + scope.coversOrganization("r.organization_id") + ")";
    }

    Nomination get(long id, Scope scope) {
        return find(id, scope).orElseThrow(() -> new NotFoundException("Nomination", id));
    }

    Optional<Nomination> find(long id, Scope scope) {
        return complete(jdbc.sql(SELECT + " WHERE n.id = :id AND " + visible(scope))
                        .param("id", id)
                        .query(Nominations::row)
                        .list())
                .stream()
                .findFirst();
    }

    /**
     * The nominations of a round that the scope may see, in the order the nominating organizations stand in the
     * tree; only those of {@code status} when it is given, only those waiting for {@code nextId} when that is, only
     * those waiting for a level the scope covers when {@code waiting}.
     */
    Page<Nomination> list(
            long roundId, Nomination.Status status, Long nextId, boolean waiting, Scope scope, PageRequest request) {
        var parameters = new HashMap<String, Object>();
        parameters.put("round", roundId);
        String where = " WHERE n.round_id = :round AND " + visible(scope);
        if (status != null) {
            where += " AND n.status = :status";
            parameters.put("status", status.name());
        }
        if (nextId != null) {
            where += " AND n.next_id = :next";
            parameters.put("next", nextId);
        }
        if (waiting) {
            where += " AND n.status = 'PENDING' AND " + scope.coversOrganization("n.next_id");
        }
        long total = jdbc.sql("SELECT count(*) FROM commendation_nomination n JOIN commendation_round r"
                        + " ON r.id = n.round_id" + where)
                .params(parameters)
                .query(Long.class)
                .single();
        var items = complete(jdbc.sql(SELECT + where + " ORDER BY n.position NULLS LAST, n.nominee_kind, "
                        + TreeSql.path("n.nominated_by_id") + ", n.id" + request.limitOffset())
                .params(parameters)
                .query(Nominations::row)
                .list());
        return Page.of(items, request, total);
    }

    /** The nominations a decision awarded, in its order: for its certificates. */
    List<Nomination> ofDecision(long decisionId) {
        return complete(jdbc.sql(SELECT + " WHERE n.decision_id = :decision ORDER BY n.position")
                .param("decision", decisionId)
                .query(Nominations::row)
                .list());
    }

    /** The nominations waiting for one of the organizations in the scope to act, oldest first: a staff task list. */
    List<Nomination> waitingFor(Scope scope, int limit) {
        return complete(jdbc.sql(SELECT + " WHERE n.status = 'PENDING' AND " + scope.coversOrganization("n.next_id")
                        + " ORDER BY n.created_at, n.id LIMIT :limit")
                .param("limit", limit)
                .query(Nominations::row)
                .list());
    }

    private List<Nomination> complete(List<Nomination> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        var ids = rows.stream().map(Nomination::id).toList();
        Map<Long, List<Evidence>> evidence = new HashMap<>();
        jdbc.sql("SELECT e.nomination_id, e.kind, e.ref_id, CASE e.kind WHEN 'DOCUMENT' THEN "
                        + DocumentSql.numberText("e.ref_id") + " WHEN 'MEETING' THEN " + MeetingSql.label("e.ref_id")
                        + " ELSE " + ReportLinks.label("e.ref_id") + " END AS label FROM commendation_evidence e"
                        + " WHERE e.nomination_id IN (:ids) ORDER BY e.kind, e.ref_id")
                .param("ids", ids)
                .query((rs, n) -> evidence.computeIfAbsent(rs.getLong("nomination_id"), k -> new ArrayList<>())
                        .add(new Evidence(
                                Nomination.EvidenceKind.valueOf(rs.getString("kind")),
                                rs.getLong("ref_id"),
                                rs.getString("label"))))
                .list();
        Map<Long, List<Step>> steps = new HashMap<>();
        jdbc.sql("SELECT s.*, " + TreeSql.name("s.organization_id") + " AS organization_name FROM commendation_step s"
                        + " WHERE s.nomination_id IN (:ids) ORDER BY s.id")
                .param("ids", ids)
                .query((rs, n) -> steps.computeIfAbsent(rs.getLong("nomination_id"), k -> new ArrayList<>())
                        .add(new Step(
                                Nomination.Action.valueOf(rs.getString("action")),
                                rs.getLong("organization_id"),
                                rs.getString("organization_name"),
                                rs.getString("note"),
                                rs.getString("actor"),
                                rs.getObject("at", OffsetDateTime.class))))
                .list();
        return rows.stream()
                .map(row -> row.with(
                        List.copyOf(evidence.getOrDefault(row.id(), List.of())),
                        List.copyOf(steps.getOrDefault(row.id(), List.of()))))
                .toList();
    }

    private static Nomination row(ResultSet rs, int n) throws SQLException {
        return new Nomination(
                rs.getLong("id"),
                rs.getLong("round_id"),
                rs.getString("round_title"),
                rs.getLong("nominated_by_id"),
                rs.getString("nominated_by_name"),
                Nomination.NomineeKind.valueOf(rs.getString("nominee_kind")),
                (Long) rs.getObject("organization_id"),
                (Long) rs.getObject("member_id"),
                rs.getString("nominee_name"),
                (Integer) rs.getObject("person_birth_year"),
                rs.getString("details"),
                rs.getString("form_code"),
                rs.getString("form_name"),
                rs.getString("achievement"),
                rs.getString("story"),
                rs.getBoolean("exemplary"),
                Nomination.Status.valueOf(rs.getString("status")),
                (Long) rs.getObject("next_id"),
                rs.getString("next_name"),
                (Long) rs.getObject("decision_id"),
                rs.getString("decision_number"),
                rs.getString("code"),
                rs.getObject("revoked_at", OffsetDateTime.class),
                rs.getString("revoked_reason"),
                List.of(),
                List.of(),
                rs.getInt("version"));
    }
}
