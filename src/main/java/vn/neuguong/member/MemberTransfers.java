package vn.neuguong.member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.InvalidInputException.FieldError;

/** Moves of members between cells (chuyển sinh hoạt đảng) and the history of the cells each has belonged to. */
@Component
class MemberTransfers {

    private final JdbcClient jdbc;
    private final MemberRows rows;
    private final MemberCells cells;
    private final Members members;
    private final AuditLog audit;
    private final Clock clock;

    MemberTransfers(JdbcClient jdbc, MemberRows rows, MemberCells cells, Members members, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.cells = cells;
        this.members = members;
        this.audit = audit;
        this.clock = clock;
    }

    /** The cells a member has belonged to, the present one first. Call after the member itself was read. */
    List<MemberCellStay> history(long memberId) {
        return jdbc.sql("SELECT h.cell_id, " + TreeSql.name("h.cell_id") + " AS cell_name, h.joined_on, h.left_on,"
                        + " h.note FROM member_cell_history h WHERE h.member_id = :member"
                        + " ORDER BY h.joined_on DESC, h.id DESC")
                .param("member", memberId)
                .query(MemberCellStay.class)
                .list();
    }

    /**
     * Whether the actor can transfer the member: an active member it may change, and an open cell of its scope to
     * go to (a secretary's scope is one cell, so a secretary has none).
     */
    boolean mayTransfer(Member member, Actor actor) {
        return member.isActive()
                && members.canChange(member.id(), actor)
                && cells.hasCellBesides(member.cellId(), Scope.of(actor));
    }

    /**
     * Moves an active member, still at the {@code version} its author read, to another cell in the actor's scope;
     * the stay in the old cell ends that day.
     */
    @Transactional
    Member transfer(long id, int version, MemberTransfer transfer, Actor actor) {
        var before = rows.lock(id, version, actor);
        if (!before.isActive()) {
            throw new ConflictException("member.transfer.notActive");
        }
        var errors = new ArrayList<FieldError>();
        if (transfer.toCellId() == before.cellId()) {
            errors.add(new FieldError("toCellId", "member.transfer.sameCell"));
        } else if (!cells.isCell(transfer.toCellId(), Scope.of(actor))) {
            errors.add(new FieldError("toCellId", "member.cell.notFound"));
        }
        LocalDate joined = jdbc.sql(
                        "SELECT joined_on FROM member_cell_history WHERE member_id = :id AND left_on IS NULL")
                .param("id", id)
                .query(LocalDate.class)
                .optional()
                .orElse(null);
        if (transfer.transferredOn().isAfter(LocalDate.now(clock))) {
            errors.add(new FieldError("transferredOn", "member.date.future"));
        } else if (joined != null && transfer.transferredOn().isBefore(joined)) {
            errors.add(new FieldError("transferredOn", "member.transfer.beforeJoined"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String note = transfer.note() == null || transfer.note().isBlank()
                ? null
                : transfer.note().strip();
        jdbc.sql("UPDATE member_cell_history SET left_on = :on WHERE member_id = :id AND left_on IS NULL")
                .param("on", transfer.transferredOn())
                .param("id", id)
                .update();
        jdbc.sql("INSERT INTO member_cell_history (member_id, cell_id, joined_on, note) "
                        + "VALUES (:id, :cell, :on, :note)")
                .param("id", id)
                .param("cell", transfer.toCellId())
                .param("on", transfer.transferredOn())
                .param("note", note)
                .update();
        jdbc.sql("UPDATE member SET cell_id = :cell, version = version + 1 WHERE id = :id")
                .param("cell", transfer.toCellId())
                .param("id", id)
                .update();
        var after = rows.reload(id);
        audit.updated("Member", id, after.cellId(), before, after);
        return after;
    }
}
