package vn.neuguong.member;

import java.sql.Types;
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
import vn.neuguong.shared.NotFoundException;

/**
 * The posts members hold (Bí thư, Phó Bí thư, cấp ủy viên, ...). A post is its own record: giving or ending one
 * locks the member but does not change the member's row or version.
 */
@Component
class MemberPositions {

    private final JdbcClient jdbc;
    private final MemberRows rows;
    private final MemberCells cells;
    private final AuditLog audit;
    private final Clock clock;
    private final PostRules rules;

    MemberPositions(JdbcClient jdbc, MemberRows rows, MemberCells cells, AuditLog audit, Clock clock, PostRules rules) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.cells = cells;
        this.audit = audit;
        this.clock = clock;
        this.rules = rules;
    }

    /** The positions a member holds or has held, current first. Call after the member itself was read. */
    List<MemberPosition> of(long memberId) {
        return jdbc.sql("SELECT p.id, p.member_id, p.organization_id, " + TreeSql.name("p.organization_id")
                        + " AS organization_name, p.title, p.note, p.started_on, p.ended_on FROM member_position p"
                        + " WHERE p.member_id = :member ORDER BY p.ended_on DESC NULLS FIRST, p.started_on DESC")
                .param("member", memberId)
                .query(MemberPosition.class)
                .list();
    }

    /**
     * Gives a member a post in an open organization of the actor's scope, from a day up to today, ended or not. The
     * post may not overlap the member's same post there, nor a head post's other holder ({@link PostRules}).
     */
    @Transactional
    MemberPosition appoint(long memberId, MemberAppointment appointment, Actor actor) {
        rows.lock(memberId, actor);
        var errors = new ArrayList<FieldError>();
        var today = LocalDate.now(clock);
        boolean usable = cells.isPostOrganization(appointment.organizationId(), Scope.of(actor));
        if (!usable) {
            errors.add(new FieldError("organizationId", "member.position.organization"));
        }
        var startedOn = appointment.startedOn();
        var endedOn = appointment.endedOn();
        if (startedOn.isAfter(today)) {
            errors.add(new FieldError("startedOn", "member.date.future"));
            usable = false;
        }
        if (endedOn != null && (endedOn.isBefore(startedOn) || endedOn.isAfter(today))) {
            errors.add(new FieldError("endedOn", "member.position.endDate"));
            usable = false;
        }
        if (usable) {
            rules.lock(appointment.organizationId());
            rules.check(memberId, appointment.organizationId(), appointment.title(), startedOn, endedOn, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String note = appointment.note() == null || appointment.note().isBlank()
                ? null
                : appointment.note().strip();
        long id = jdbc.sql(
                        "INSERT INTO member_position (member_id, organization_id, title, note, started_on, ended_on) "
                                + "VALUES (:member, :organization, :title, :note, :started, :ended) RETURNING id")
                .param("member", memberId)
                .param("organization", appointment.organizationId())
                .param("title", appointment.title().name())
                .param("note", note)
                .param("started", startedOn)
                .param("ended", endedOn, Types.DATE)
                .query(Long.class)
                .single();
        var position = position(memberId, id);
        audit.created("MemberPosition", id, position.organizationId(), position);
        return position;
    }

    /** Ends an open post of a member on a date, no earlier than it started. */
    @Transactional
    MemberPosition end(long memberId, long positionId, LocalDate endedOn, Actor actor) {
        rows.lock(memberId, actor);
        var before = position(memberId, positionId);
        if (before.endedOn() != null) {
            throw new ConflictException("member.position.ended");
        }
        if (endedOn.isBefore(before.startedOn()) || endedOn.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("endedOn", "member.position.endDate");
        }
        jdbc.sql("UPDATE member_position SET ended_on = :ended WHERE id = :id")
                .param("ended", endedOn)
                .param("id", positionId)
                .update();
        var after = position(memberId, positionId);
        audit.updated("MemberPosition", positionId, after.organizationId(), before, after);
        return after;
    }

    private MemberPosition position(long memberId, long positionId) {
        return of(memberId).stream()
                .filter(position -> position.id() == positionId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("MemberPosition", positionId));
    }
}
