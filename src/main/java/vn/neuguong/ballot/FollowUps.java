package vn.neuguong.ballot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.ballot.FollowUp.Conclusion;
import vn.neuguong.ballot.FollowUp.ConclusionInput;
import vn.neuguong.ballot.FollowUp.Measure;
import vn.neuguong.ballot.FollowUp.MeasureInput;
import vn.neuguong.member.MemberSql;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.InvalidInputException.FieldError;
import vn.neuguong.shared.NotFoundException;

/**
 * The follow-up of a closed round. The round's staff read it; only the staff of the committee that ordered the round
 * record it (anyone else is answered as missing). Each change is checked against the version read and audited.
 */
@Component
class FollowUps {

    static final String MEASURE = "BallotMeasure";

    private static final String MEASURE_COLUMNS = "m.id, m.position, m.measure, m.owner_organization_id, "
            + TreeSql.name("m.owner_organization_id") + " AS owner_organization_name, m.owner_member_id, "
            + MemberSql.fullName("m.owner_member_id") + " AS owner_member_name, m.due_on, m.done_on, m.note,"
            + " (m.done_on IS NULL AND m.due_on < CAST(:today AS date)) AS overdue, m.version";

    private final JdbcClient jdbc;
    private final BallotRounds rounds;
    private final AuditLog audit;

    FollowUps(JdbcClient jdbc, BallotRounds rounds, AuditLog audit) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.audit = audit;
    }

    FollowUp.View of(long roundId, Actor actor, LocalDate today) {
        var round = rounds.get(roundId, BallotAccess.of(actor));
        var conclusion = jdbc.sql("SELECT conclusions, recorded_by, recorded_on, version FROM ballot_conclusion"
                        + " WHERE round_id = :r")
                .param("r", roundId)
                .query(Conclusion.class)
                .optional()
                .orElse(null);
        var measures = jdbc.sql("SELECT " + MEASURE_COLUMNS + " FROM ballot_measure m WHERE m.round_id = :r"
                        + " ORDER BY m.position")
                .param("r", roundId)
                .param("today", today)
                .query(Measure.class)
                .list();
        return new FollowUp.View(roundId, records(round, actor), conclusion, measures);
    }

    /** Whether the actor's scope covers the committee that ordered the round. */
    boolean records(BallotRound round, Actor actor) {
        var scope = Scope.of(actor);
        return jdbc.sql("SELECT " + scope.coversOrganization(":b"))
                .param("b", round.orderedById())
                .query(Boolean.class)
                .single();
    }

    /** Records or changes the conclusions read at {@code version} (0 when none were recorded yet). */
    @Transactional
    Conclusion conclude(long roundId, int version, ConclusionInput input, Actor actor, LocalDate today) {
        var round = recordable(roundId, actor);
        var before = jdbc.sql("SELECT conclusions, recorded_by, recorded_on, version FROM ballot_conclusion"
                        + " WHERE round_id = :r FOR UPDATE")
                .param("r", roundId)
                .query(Conclusion.class)
                .optional();
        if (before.map(Conclusion::version).orElse(0) != version) {
            throw new ConflictException("ballot.version.stale");
        }
        jdbc.sql("INSERT INTO ballot_conclusion (round_id, conclusions, recorded_by, recorded_on, version)"
                        + " VALUES (:r, :c, :by, :on, 1) ON CONFLICT (round_id) DO UPDATE SET conclusions = :c,"
                        + " recorded_by = :by, recorded_on = :on, version = ballot_conclusion.version + 1")
                .param("r", roundId)
                .param("c", input.conclusions().strip())
                .param("by", actor.username())
                .param("on", today)
                .update();
        audit.updated(
                "BallotRound",
                roundId,
                round.organizationId(),
                before.map(c -> Map.of("conclusions", c.conclusions())).orElse(null),
                Map.of("conclusions", input.conclusions().strip()));
        return jdbc.sql("SELECT conclusions, recorded_by, recorded_on, version FROM ballot_conclusion"
                        + " WHERE round_id = :r")
                .param("r", roundId)
                .query(Conclusion.class)
                .single();
    }

    @Transactional
    Measure add(long roundId, MeasureInput input, Actor actor, LocalDate today) {
        var round = recordable(roundId, actor);
        check(input);
        long id = jdbc.sql("INSERT INTO ballot_measure (round_id, position, measure, owner_organization_id,"
                        + " owner_member_id, due_on, done_on, note) VALUES (:r, (SELECT coalesce(max(position), 0) + 1"
                        + " FROM ballot_measure WHERE round_id = :r), :measure, :org, :member, :due, :done, :note)"
                        + " RETURNING id")
                .params(values(input))
                .param("r", roundId)
                .query(Long.class)
                .single();
        audit.created(MEASURE, id, round.organizationId(), input);
        return measure(roundId, id, today);
    }

    /** Changes the measure read at {@code version}, marking it done when a day is given. */
    @Transactional
    Measure change(long roundId, long measureId, int version, MeasureInput input, Actor actor, LocalDate today) {
        var round = recordable(roundId, actor);
        var before = jdbc.sql("SELECT " + MEASURE_COLUMNS + " FROM ballot_measure m WHERE m.round_id = :r"
                        + " AND m.id = :id FOR UPDATE OF m")
                .param("r", roundId)
                .param("id", measureId)
                .param("today", today)
                .query(Measure.class)
                .optional()
                .orElseThrow(() -> new NotFoundException(MEASURE, measureId));
        if (before.version() != version) {
            throw new ConflictException("ballot.version.stale");
        }
        check(input);
        jdbc.sql(
                        "UPDATE ballot_measure SET measure = :measure, owner_organization_id = :org, owner_member_id = :member,"
                                + " due_on = :due, done_on = :done, note = :note, version = version + 1 WHERE id = :id")
                .params(values(input))
                .param("id", measureId)
                .update();
        audit.updated(MEASURE, measureId, round.organizationId(), before, input);
        return measure(roundId, measureId, today);
    }

    Measure measure(long roundId, long measureId, LocalDate today) {
        return jdbc.sql("SELECT " + MEASURE_COLUMNS + " FROM ballot_measure m WHERE m.round_id = :r AND m.id = :id")
                .param("r", roundId)
                .param("id", measureId)
                .param("today", today)
                .query(Measure.class)
                .optional()
                .orElseThrow(() -> new NotFoundException(MEASURE, measureId));
    }

    /** The round locked, when the actor records its follow-up and it is closed. */
    private BallotRound recordable(long roundId, Actor actor) {
        var round = rounds.lock(roundId, BallotAccess.of(actor));
        if (!records(round, actor)) {
            throw new NotFoundException("BallotRound", roundId);
        }
        if (round.status() != BallotRound.Status.CLOSED) {
            throw new ConflictException("ballot.staff.followUp.notClosed");
        }
        return round;
    }

    private void check(MeasureInput input) {
        var errors = new ArrayList<FieldError>(input.problems());
        if (input.ownerOrganizationId() != null
                && !jdbc.sql("SELECT " + TreeSql.kind(":id") + " IS NOT NULL")
                        .param("id", input.ownerOrganizationId())
                        .query(Boolean.class)
                        .single()) {
            errors.add(new FieldError("ownerOrganizationId", "ballot.organization.notFound"));
        }
        if (input.ownerMemberId() != null
                && !jdbc.sql("SELECT " + MemberSql.exists(":id"))
                        .param("id", input.ownerMemberId())
                        .query(Boolean.class)
                        .single()) {
            errors.add(new FieldError("ownerMemberId", "ballot.member.notFound"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static Map<String, Object> values(MeasureInput input) {
        var values = new java.util.HashMap<String, Object>();
        values.put("measure", input.measure().strip());
        values.put("org", input.ownerOrganizationId());
        values.put("member", input.ownerMemberId());
        values.put("due", input.dueOn());
        values.put("done", input.doneOn());
        values.put(
                "note",
                input.note() == null || input.note().isBlank()
                        ? null
                        : input.note().strip());
        return values;
    }
}
