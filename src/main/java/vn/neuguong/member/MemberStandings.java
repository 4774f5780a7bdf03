package vn.neuguong.member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.InvalidInputException.FieldError;
import vn.neuguong.shared.NotFoundException;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;

/**
 * The standing periods of members (miễn sinh hoạt, miễn công tác, sinh hoạt tạm thời, đi làm ăn xa). A period is its
 * own record: adding or ending one locks the member's row, so that two periods of one kind never overlap, but does
 * not change the member's row or version. Reading follows the member's read scope (one's own record included).
 */
@Component
class MemberStandings {

    static final String COLUMNS = "s.id, s.member_id, s.kind, s.reason, s.host_cell_id, "
            + "CASE WHEN s.host_cell_id IS NULL THEN NULL ELSE " + TreeSql.label("s.host_cell_id")
            + " END AS host_cell_name, s.decision_no, s.decision_on, s.starts_on, s.ends_on, s.note";

    private final JdbcClient jdbc;
    private final MemberRows rows;
    private final MemberCells cells;
    private final AuditLog audit;
    private final Clock clock;

    MemberStandings(JdbcClient jdbc, MemberRows rows, MemberCells cells, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.cells = cells;
        this.audit = audit;
        this.clock = clock;
    }

    /** A page of a member's periods, those in force today first. Call after the member itself was read. */
    Page<MemberStanding> of(long memberId, PageRequest request) {
        var items = jdbc.sql("SELECT " + COLUMNS + " FROM member_standing s WHERE s.member_id = :member ORDER BY "
                        + "(s.starts_on <= :today AND (s.ends_on IS NULL OR s.ends_on >= :today)) DESC, "
                        + "s.starts_on DESC, s.id DESC" + request.limitOffset())
                .param("member", memberId)
                .param("today", LocalDate.now(clock))
                .query(MemberStanding.class)
                .list();
        long total = jdbc.sql("SELECT count(*) FROM member_standing WHERE member_id = :member")
                .param("member", memberId)
                .query(Long.class)
                .single();
        return Page.of(items, request, total);
    }

    /** The kinds of period in force today for each of the members, for a badge in a list. */
    Map<Long, List<MemberStanding.Kind>> today(Collection<Long> memberIds) {
        var kinds = new LinkedHashMap<Long, List<MemberStanding.Kind>>();
        if (memberIds.isEmpty()) {
            return kinds;
        }
        jdbc.sql("SELECT s.member_id, s.kind FROM member_standing s WHERE s.member_id IN (:ids) AND "
                        + MemberSql.standingCovers("s", ":today") + " ORDER BY s.member_id, s.kind")
                .param("ids", memberIds)
                .param("today", LocalDate.now(clock))
                .query((rs, n) -> kinds.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                        .add(MemberStanding.Kind.valueOf(rs.getString(2))))
                .list();
        return kinds;
    }

    /** Records a period for a member the actor may change; the kind's own rules are checked field by field. */
    @Transactional
    MemberStanding add(long memberId, MemberStandingInput input, Actor actor) {
        var member = rows.lock(memberId, actor);
        var kind = input.kind();
        var errors = new ArrayList<FieldError>();
        if (kind.isExemption() && input.reason() == null) {
            errors.add(new FieldError("reason", "validation.required"));
        }
        if (kind.isExemption() && input.decisionOn() == null) {
            errors.add(new FieldError("decisionOn", "member.standing.decisionRequired"));
        } else if (input.decisionOn() != null && input.decisionOn().isAfter(LocalDate.now(clock))) {
            errors.add(new FieldError("decisionOn", "member.date.future"));
        }
        Long host = kind == MemberStanding.Kind.TEMPORARY_ELSEWHERE ? input.hostCellId() : null;
        if (kind == MemberStanding.Kind.TEMPORARY_ELSEWHERE) {
            if (host == null) {
                errors.add(new FieldError("hostCellId", "validation.required"));
            } else if (host == member.cellId() || !cells.isOpenCell(host)) {
                errors.add(new FieldError("hostCellId", "member.standing.hostCell"));
            }
        }
        if (input.endsOn() != null && input.endsOn().isBefore(input.startsOn())) {
            errors.add(new FieldError("endsOn", "member.standing.endsBeforeStart"));
        } else if (overlaps(memberId, kind, input.startsOn(), input.endsOn())) {
            errors.add(new FieldError("startsOn", "member.standing.overlaps"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long id = jdbc.sql("""
                        INSERT INTO member_standing (member_id, kind, reason, host_cell_id, decision_no, decision_on,
                                                     starts_on, ends_on, note)
                        VALUES (:member, :kind, :reason, :host, :decisionNo, :decisionOn, :startsOn, :endsOn, :note)
                        RETURNING id
                        """)
                .param("member", memberId)
                .param("kind", kind.name())
                .param("reason", kind.isExemption() ? input.reason().name() : null)
                .param("host", host)
                .param("decisionNo", blankToNull(input.decisionNo()))
                .param("decisionOn", input.decisionOn())
                .param("startsOn", input.startsOn())
                .param("endsOn", input.endsOn())
                .param("note", blankToNull(input.note()))
                .query(Long.class)
                .single();
        var standing = standing(memberId, id);
        audit.created("MemberStanding", id, member.cellId(), standing);
        return standing;
    }

    /** Ends an open period on its last day, no earlier than it started. */
    @Transactional
    MemberStanding end(long memberId, long standingId, LocalDate endsOn, Actor actor) {
        var member = rows.lock(memberId, actor);
        var before = standing(memberId, standingId);
        if (before.endsOn() != null) {
            throw new ConflictException("member.standing.ended");
        }
        if (endsOn.isBefore(before.startsOn())) {
            throw new InvalidInputException("endsOn", "member.standing.endsBeforeStart");
        }
        jdbc.sql("UPDATE member_standing SET ends_on = :ends WHERE id = :id")
                .param("ends", endsOn)
                .param("id", standingId)
                .update();
        var after = standing(memberId, standingId);
        audit.updated("MemberStanding", standingId, member.cellId(), before, after);
        return after;
    }

    private boolean overlaps(long memberId, MemberStanding.Kind kind, LocalDate startsOn, LocalDate endsOn) {
        return jdbc.sql("SELECT count(*) FROM member_standing s WHERE s.member_id = :member AND s.kind = :kind"
                                + " AND (s.ends_on IS NULL OR s.ends_on >= :startsOn)"
                                + " AND (CAST(:endsOn AS date) IS NULL OR s.starts_on <= :endsOn)")
                        .param("member", memberId)
                        .param("kind", kind.name())
                        .param("startsOn", startsOn)
                        .param("endsOn", endsOn)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private MemberStanding standing(long memberId, long standingId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM member_standing s WHERE s.id = :id AND s.member_id = :member")
                .param("id", standingId)
                .param("member", memberId)
                .query(MemberStanding.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("MemberStanding", standingId));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
