package vn.neuguong.ballot;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.neuguong.ballot.BallotViews.Criterion;
import vn.neuguong.ballot.BallotViews.Electorate;
import vn.neuguong.ballot.BallotViews.Leader;
import vn.neuguong.ballot.BallotViews.Question;
import vn.neuguong.ballot.BallotViews.Questionnaire;
import vn.neuguong.ballot.BallotViews.Row;
import vn.neuguong.directive.DocumentSql;
import vn.neuguong.member.MemberSql;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.NotFoundException;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;

/** The rounds as they are read, each statement filtered by who may see them ({@link BallotAccess}). */
@Repository
class BallotRounds {

    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 100;

    static final RowMapper<BallotRound> ROUND = BallotRounds::round;

    private final JdbcClient jdbc;

    BallotRounds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<Row> list(BallotAccess access, PageRequest request) {
        long total = jdbc.sql("SELECT count(*) FROM ballot_round r WHERE " + access.manages())
                .params(access.parameters())
                .query(Long.class)
                .single();
        var items = jdbc.sql("SELECT r.id, r.title, r.period_label, r.kind, r.organization_id, "
                        + TreeSql.name("r.organization_id")
                        + " AS organization_name, r.opens_at, r.closes_at, r.status, r.responses FROM ballot_round r"
                        + " WHERE " + access.manages() + " ORDER BY r.opens_at DESC, r.id DESC"
                        + request.limitOffset())
                .params(access.parameters())
                .query(Row.class)
                .list();
        return Page.of(items, request, total);
    }

    /** The round, or 404 when it does not exist or the viewer does not manage it. */
    BallotRound get(long id, BallotAccess access) {
        return jdbc.sql("SELECT " + BallotRound.COLUMNS + " FROM ballot_round r WHERE r.id = :id AND "
                        + access.manages())
                .param("id", id)
                .params(access.parameters())
                .query(ROUND)
                .optional()
                .orElseThrow(() -> new NotFoundException("BallotRound", id));
    }

    /** The round locked for a change by its staff (edit, opening, slips, closing). */
    BallotRound lock(long id, BallotAccess access) {
        return jdbc.sql("SELECT " + BallotRound.COLUMNS + " FROM ballot_round r WHERE r.id = :id AND "
                        + access.manages() + " FOR UPDATE OF r")
                .param("id", id)
                .params(access.parameters())
                .query(ROUND)
                .optional()
                .orElseThrow(() -> new NotFoundException("BallotRound", id));
    }

    /** Any round, for the voters who reach it by its id or code without signing in. */
    Optional<BallotRound> find(long id) {
        return jdbc.sql("SELECT " + BallotRound.COLUMNS + " FROM ballot_round r WHERE r.id = :id")
                .param("id", id)
                .query(ROUND)
                .optional();
    }

    Optional<BallotRound> findByCode(String code) {
        return jdbc.sql("SELECT " + BallotRound.COLUMNS + " FROM ballot_round r WHERE r.code = :code")
                .param("code", code)
                .query(ROUND)
                .optional();
    }

    BallotViews.Detail detail(long id, BallotAccess access) {
        var round = get(id, access);
        record Names(String organizationName, String orderedByName, String planDocumentNumber) {}
        var names = jdbc.sql("SELECT " + TreeSql.name(":o") + " AS organization_name, " + TreeSql.name(":b")
                        + " AS ordered_by_name, " + DocumentSql.numberText("CAST(:d AS bigint)")
                        + " AS plan_document_number")
                .param("o", round.organizationId())
                .param("b", round.orderedById())
                .param("d", round.planDocumentId())
                .query(Names.class)
                .single();
        int cast = ballotsCast(id);
        int received = jdbc.sql("SELECT count(*) FROM ballot_voter WHERE round_id = :r")
                .param("r", id)
                .query(Integer.class)
                .single();
        int electorate = jdbc.sql("SELECT count(*) FROM (" + Electorates.members() + ") e")
                        .param("r", id)
                        .param("day", Electorates.day(round))
                        .query(Integer.class)
                        .single()
                + guests(id);
        return new BallotViews.Detail(
                round,
                names.organizationName(),
                names.orderedByName(),
                names.planDocumentNumber(),
                cast > 0,
                cast,
                received,
                electorate,
                questionnaire(round),
                electorate(id));
    }

    /** The ballots cast: those still in the buffer of an open round and those of a closed one. */
    int ballotsCast(long roundId) {
        return jdbc.sql("SELECT (SELECT count(*) FROM ballot_buffer WHERE round_id = :r)"
                        + " + (SELECT count(*) FROM ballot_response WHERE round_id = :r)")
                .param("r", roundId)
                .query(Integer.class)
                .single();
    }

    int guests(long roundId) {
        return jdbc.sql("SELECT coalesce(sum(guest_count), 0) FROM ballot_electorate WHERE round_id = :r")
                .param("r", roundId)
                .query(Integer.class)
                .single();
    }

    Questionnaire questionnaire(BallotRound round) {
        var leaders = jdbc.sql("SELECT id, member_id, person_id, full_name, post FROM ballot_leader WHERE round_id = :r"
                        + " ORDER BY position")
                .param("r", round.id())
                .query(Leader.class)
                .list();
        var criteria = jdbc.sql("SELECT id, text, required FROM ballot_criterion WHERE round_id = :r ORDER BY position")
                .param("r", round.id())
                .query(Criterion.class)
                .list();
        var questions = jdbc.sql("SELECT id, text FROM ballot_question WHERE round_id = :r ORDER BY position")
                .param("r", round.id())
                .query(Question.class)
                .list();
        return new Questionnaire(
                round.id(),
                round.title(),
                round.periodLabel(),
                round.kind(),
                round.status(),
                round.opensAt(),
                round.closesAt(),
                round.scale(),
                round.textLimit(),
                leaders,
                criteria,
                questions);
    }

    List<Electorate> electorate(long roundId) {
        var parameters = new HashMap<String, Object>();
        parameters.put("r", roundId);
        return jdbc.sql("SELECT e.id, e.kind, e.organization_id, " + TreeSql.name("e.organization_id")
                        + " AS organization_name, e.position_title, e.member_id, " + MemberSql.fullName("e.member_id")
                        + " AS member_name, e.guest_label, e.guest_count FROM ballot_electorate e"
                        + " WHERE e.round_id = :r ORDER BY e.id")
                .params(parameters)
                .query(Electorate.class)
                .list();
    }

    private static BallotRound round(ResultSet rs, int n) throws SQLException {
        var scale = (String[]) rs.getArray("scale").getArray();
        return new BallotRound(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("title"),
                rs.getString("period_label"),
                BallotRound.Kind.valueOf(rs.getString("kind")),
                rs.getLong("organization_id"),
                rs.getLong("ordered_by_id"),
                rs.getObject("plan_document_id", Long.class),
                rs.getObject("campaign_id", Long.class),
                List.copyOf(Arrays.asList(scale)),
                rs.getInt("text_limit"),
                rs.getObject("opens_at", java.time.OffsetDateTime.class),
                rs.getObject("closes_at", java.time.OffsetDateTime.class),
                rs.getInt("min_responses"),
                rs.getObject("convened", Integer.class),
                rs.getObject("present", Integer.class),
                BallotRound.Status.valueOf(rs.getString("status")),
                rs.getInt("slips_issued"),
                rs.getObject("responses", Integer.class),
                rs.getObject("closed_on", java.time.LocalDate.class),
                rs.getInt("version"));
    }
}
