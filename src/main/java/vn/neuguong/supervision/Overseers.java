package vn.neuguong.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.member.CommitteeSeats;
import vn.neuguong.member.MemberSql;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.FieldErrors;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.NotFoundException;

/**
 * The overseers committees assign to their cells. A cell has one overseer at a time: an assignment is checked
 * against the cell's others under a transaction-scoped advisory lock on the cell, so two at once cannot both pass.
 */
@Component
public class Overseers {

    static final String COLUMNS = "ov.id, ov.committee_id, ov.cell_id, " + TreeSql.name("ov.cell_id")
            + " AS cell_name, ov.member_id, " + MemberSql.fullName("ov.member_id")
            + " AS member_name, ov.starts_on, ov.ends_on, ov.version";

    /** True when the overseer row {@code ov} covers the days from {@code fromExpression} to {@code toExpression}. */
    static String overlaps(String fromExpression, String toExpression) {
        return "ov.starts_on <= " + toExpression + " AND (ov.ends_on IS NULL OR ov.ends_on >= " + fromExpression + ")";
    }

    private final JdbcClient jdbc;
    private final Committees committees;
    private final CommitteeSeats seats;
    private final AuditLog audit;
    private final Clock clock;

    Overseers(JdbcClient jdbc, Committees committees, CommitteeSeats seats, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.committees = committees;
        this.seats = seats;
        this.audit = audit;
        this.clock = clock;
    }

    /** The committee's cells with their overseer today, cells without one first. */
    public List<Overseer.CellRow> cells(long committeeId, Scope scope) {
        committees.committee(committeeId, scope);
        return jdbc.sql("SELECT c.id AS cell_id, c.name AS cell_name, ov.id AS overseer_id, ov.member_id, "
                        + MemberSql.fullName("ov.member_id")
                        + " AS member_name, ov.starts_on, ov.ends_on, ov.version FROM "
                        + TreeSql.open("c") + " LEFT JOIN cell_overseer ov ON ov.cell_id = c.id AND "
                        + overlaps(":today", ":today") + " WHERE c.kind = 'CELL' AND "
                        + TreeSql.nearestCommittee("c.id") + " = :committee AND " + scope.covers("c.path")
                        + " ORDER BY ov.id IS NOT NULL, c.name COLLATE vi_icu, c.id")
                .param("committee", committeeId)
                .param("today", LocalDate.now(clock))
                .query(Overseer.CellRow.class)
                .list();
    }

    /** The members a committee may assign: those seated on it today. */
    public List<CommitteeSeats.Seat> candidates(long committeeId, Scope scope) {
        committees.committee(committeeId, scope);
        return seats.on(committeeId, LocalDate.now(clock));
    }

    public Overseer get(long id, Scope scope) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM cell_overseer ov WHERE ov.id = :id AND "
                        + scope.coversOrganization("ov.committee_id"))
                .param("id", id)
                .query(Overseer.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Overseer", id));
    }

    /** Assigns a member seated on the committee today to one of its cells, for days no other overseer has. */
    @Transactional
    public Overseer assign(long committeeId, Overseer.Assignment input, Scope scope) {
        committees.committee(committeeId, scope);
        var errors = new FieldErrors();
        if (!committees.isCellOf(input.cellId(), committeeId)) {
            errors.add("cellId", "supervision.overseer.cell");
        }
        if (!seats.seated(input.memberId(), committeeId, LocalDate.now(clock))) {
            errors.add("memberId", "supervision.overseer.notSeated");
        }
        if (input.endsOn() != null && input.endsOn().isBefore(input.startsOn())) {
            errors.add("endsOn", "supervision.period.order");
        }
        errors.throwIfAny();
        lockCell(input.cellId());
        if (taken(input.cellId(), input.startsOn(), input.endsOn(), 0)) {
            throw new InvalidInputException("startsOn", "supervision.overseer.taken");
        }
        long id = jdbc.sql("INSERT INTO cell_overseer (committee_id, cell_id, member_id, starts_on, ends_on)"
                        + " VALUES (:committee, :cell, :member, :starts, :ends) RETURNING id")
                .param("committee", committeeId)
                .param("cell", input.cellId())
                .param("member", input.memberId())
                .param("starts", input.startsOn())
                .param("ends", input.endsOn())
                .query(Long.class)
                .single();
        var created = get(id, Scope.everything());
        audit.created("CellOverseer", id, input.cellId(), created);
        return created;
    }

    /**
     * Ends an assignment, as read at {@code version}, on a day no earlier than it started; an assignment already over
     * ends no more.
     */
    @Transactional
    public Overseer end(long id, int version, LocalDate endsOn, Scope scope) {
        var before = get(id, scope);
        lockCell(before.cellId());
        if (before.endsOn() != null && before.endsOn().isBefore(LocalDate.now(clock))) {
            throw new ConflictException("supervision.overseer.ended");
        }
        if (endsOn.isBefore(before.startsOn())) {
            throw new InvalidInputException("endsOn", "supervision.period.order");
        }
        int changed = jdbc.sql(
                        "UPDATE cell_overseer SET ends_on = :ends, version = version + 1 WHERE id = :id AND version = :version")
                .param("ends", endsOn)
                .param("id", id)
                .param("version", version)
                .update();
        if (changed == 0) {
            throw new ConflictException("supervision.version.stale");
        }
        var after = get(id, Scope.everything());
        audit.updated("CellOverseer", id, before.cellId(), before, after);
        return after;
    }

    private void lockCell(long cellId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(80, CAST(:cell AS int))")
                .param("cell", cellId)
                .query((rs, n) -> 1)
                .list();
    }

    private boolean taken(long cellId, LocalDate from, LocalDate to, long except) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM cell_overseer ov WHERE ov.cell_id = :cell AND ov.id <> :except"
                        + " AND " + overlaps(":from", "COALESCE(CAST(:to AS date), 'infinity')") + ")")
                .param("cell", cellId)
                .param("except", except)
                .param("from", from)
                .param("to", to)
                .query(Boolean.class)
                .single();
    }
}
