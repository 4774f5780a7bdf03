package vn.neuguong.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.InvalidInputException.FieldError;
import vn.neuguong.shared.NotFoundException;

/**
 * The party members, read and changed always through the actor's access: staff see their subtree, a secretary
 * the cell, a member their own record. Each change writes its audit row in the same transaction.
 */
@Repository
public class Members {

    static final String COLUMNS = "m.id, m.full_name, m.birth_date, m.gender, m.party_card_no, m.admitted_on, "
            + "m.official_on, m.cell_id, o.name AS cell_name, m.phone, m.email, m.status, m.version";
    static final String FROM = " FROM member m JOIN organization o ON o.id = m.cell_id ";
    static final DataClassRowMapper<Member> MAPPER = new DataClassRowMapper<>(Member.class);

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final MessageSource messages;

    Members(JdbcClient jdbc, AuditLog audit, MessageSource messages) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.messages = messages;
    }

    /** The member if it exists and the actor may read it; otherwise empty, whichever the reason. */
    public Optional<Member> find(long id, Actor actor) {
        var access = MemberAccess.of(actor);
        return jdbc.sql("SELECT " + COLUMNS + FROM + "WHERE m.id = :id AND " + access.readable())
                .param("id", id)
                .params(access.parameters())
                .query(Member.class)
                .optional();
    }

    public Member get(long id, Actor actor) {
        return find(id, actor).orElseThrow(() -> new NotFoundException("Member", id));
    }

    /** A page of the members the actor may read, ordered by name as a Vietnamese reader sorts it. */
    public MemberPage search(MemberQuery query, Actor actor) {
        var access = MemberAccess.of(actor);
        var where = new StringBuilder("WHERE ").append(access.readable());
        var params = new java.util.HashMap<>(access.parameters());
        String from = FROM;
        if (query.q() != null) {
            // the trigram index finds the matches once; joined afterwards, the scope's ltree test cannot lure the
            // planner into probing the index again for every organization of the subtree
            from = " FROM hits m JOIN organization o ON o.id = m.cell_id ";
            params.put("q", escapeLike(query.q()));
        }
        if (query.organizationId() != null) {
            where.append(" AND o.path <@ (SELECT u.path FROM organization u WHERE u.id = :unit)");
            params.put("unit", query.organizationId());
        }
        if (query.status() != null) {
            where.append(" AND m.status = :status");
            params.put("status", query.status().name());
        }
        // one pass over the matches gives the page and, through the window, how many there are in all
        long[] total = {-1};
        String with = query.q() == null
                ? ""
                : "WITH hits AS MATERIALIZED (SELECT * FROM member WHERE search_text LIKE '%' || fold_vi(:q) || '%') ";
        List<Member> members = jdbc.sql(with + "SELECT " + COLUMNS + ", count(*) OVER () AS total" + from + where
                        + " ORDER BY m.full_name COLLATE vi_icu, m.id LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", query.size())
                .param("offset", (long) (query.page() - 1) * query.size())
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return MAPPER.mapRow(rs, n);
                })
                .list();
        if (total[0] < 0) {
            total[0] = query.page() == 1
                    ? 0
                    : jdbc.sql(with + "SELECT count(*)" + from + where)
                            .params(params)
                            .query(Long.class)
                            .single();
        }
        return new MemberPage(members, query.page(), query.size(), total[0]);
    }

    /** The positions a member holds or has held, current first. Call after the member itself was read. */
    public List<MemberPosition> positions(long memberId) {
        return jdbc.sql("""
                        SELECT p.id, p.member_id, p.organization_id, o.name AS organization_name, p.title, p.note,
                               p.started_on, p.ended_on
                        FROM member_position p JOIN organization o ON o.id = p.organization_id
                        WHERE p.member_id = :member
                        ORDER BY p.ended_on DESC NULLS FIRST, p.started_on DESC
                        """)
                .param("member", memberId)
                .query(MemberPosition.class)
                .list();
    }

    /** The cells a member has belonged to, the present one first. Call after the member itself was read. */
    public List<MemberCellStay> history(long memberId) {
        return jdbc.sql("""
                        SELECT h.cell_id, o.name AS cell_name, h.joined_on, h.left_on, h.note
                        FROM member_cell_history h JOIN organization o ON o.id = h.cell_id
                        WHERE h.member_id = :member
                        ORDER BY h.joined_on DESC, h.id DESC
                        """)
                .param("member", memberId)
                .query(MemberCellStay.class)
                .list();
    }

    /** The open cells inside a scope, with their ancestors' names, in tree order. */
    public List<MemberCell> cells(Scope scope) {
        return jdbc.sql("SELECT c.id, c.name, (SELECT string_agg(a.name, ' / ' ORDER BY nlevel(a.path)) "
                        + "FROM organization a WHERE a.path @> c.path) AS path_names "
                        + "FROM organization c WHERE c.kind = 'CELL' AND c.closed_on IS NULL AND "
                        + scope.covers("c.path") + " ORDER BY c.path")
                .params(scope.parameters())
                .query(MemberCell.class)
                .list();
    }

    /** The organizations inside a scope that can hold members in their subtree, for the list's filter. */
    public List<MemberCell> units(Scope scope) {
        return jdbc.sql("SELECT c.id, c.name, repeat('· ', nlevel(c.path) - 1) || c.name AS path_names "
                        + "FROM organization c WHERE c.kind <> 'DEPARTMENT' AND c.closed_on IS NULL AND "
                        + scope.covers("c.path") + " ORDER BY c.path")
                .params(scope.parameters())
                .query(MemberCell.class)
                .list();
    }

    /** The member, if the actor may change it; a member reading only their own record may not. */
    public Member getForChange(long id, Actor actor) {
        var access = MemberAccess.of(actor);
        return jdbc.sql("SELECT " + COLUMNS + FROM + "WHERE m.id = :id AND " + access.writable())
                .param("id", id)
                .params(access.parameters())
                .query(Member.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Member", id));
    }

    public boolean canChange(long id, Actor actor) {
        var access = MemberAccess.of(actor);
        return jdbc.sql("SELECT count(*)" + FROM + "WHERE m.id = :id AND " + access.writable())
                        .param("id", id)
                        .params(access.parameters())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * Whether the actor can transfer the member: an active member it may change, and an open cell of its scope to
     * go to (a secretary's scope is one cell, so a secretary has none).
     */
    public boolean mayTransfer(Member member, Actor actor) {
        var scope = Scope.of(actor);
        return member.isActive()
                && canChange(member.id(), actor)
                && jdbc.sql("SELECT count(*) FROM organization o WHERE o.kind = 'CELL' AND o.closed_on IS NULL "
                                        + "AND o.id <> :cell AND " + scope.covers("o.path"))
                                .param("cell", member.cellId())
                                .params(scope.parameters())
                                .query(Long.class)
                                .single()
                        > 0;
    }

    @Transactional
    public Member create(MemberInput raw, Actor actor) {
        var input = raw.normalized();
        var errors = new ArrayList<>(input.problems());
        if (input.cellId() == null) {
            errors.add(new FieldError("cellId", "validation.required"));
        } else if (!isCellInScope(input.cellId(), Scope.of(actor))) {
            errors.add(new FieldError("cellId", "member.cell.notFound"));
        }
        if (input.partyCardNo() != null) {
            cardProblem(input.partyCardNo(), null, actor).ifPresent(errors::add);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long id;
        try {
            id = jdbc.sql("""
                            INSERT INTO member (full_name, birth_date, gender, party_card_no, admitted_on, official_on,
                                                cell_id, phone, email, status)
                            VALUES (:fullName, :birthDate, :gender, :card, :admittedOn, :officialOn, :cell, :phone,
                                    :email, :status)
                            RETURNING id
                            """)
                    .params(columns(input))
                    .param("cell", input.cellId())
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("partyCardNo", UNUSABLE_CARD);
        }
        jdbc.sql("INSERT INTO member_cell_history (member_id, cell_id, joined_on) VALUES (:member, :cell, :joined)")
                .param("member", id)
                .param("cell", input.cellId())
                .param("joined", input.admittedOn() == null ? LocalDate.now() : input.admittedOn())
                .update();
        var created = reload(id);
        audit.created("Member", id, created.cellId(), created);
        return created;
    }

    /** Changes a member's details; the cell changes only by {@link #transfer}. */
    @Transactional
    public Member update(long id, MemberInput raw, Actor actor) {
        var before = lockForChange(id, actor);
        var input = raw.normalized();
        var errors = new ArrayList<>(input.problems());
        if (input.cellId() != null && input.cellId() != before.cellId()) {
            errors.add(new FieldError("cellId", "member.cell.useTransfer"));
        }
        if (input.partyCardNo() != null) {
            cardProblem(input.partyCardNo(), id, actor).ifPresent(errors::add);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        try {
            jdbc.sql("""
                            UPDATE member SET full_name = :fullName, birth_date = :birthDate, gender = :gender,
                                   party_card_no = :card, admitted_on = :admittedOn, official_on = :officialOn,
                                   phone = :phone, email = :email, status = :status, version = version + 1
                            WHERE id = :id
                            """).params(columns(input)).param("id", id).update();
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("partyCardNo", UNUSABLE_CARD);
        }
        var after = reload(id);
        audit.updated("Member", id, after.cellId(), before, after);
        return after;
    }

    /** Moves an active member to another cell in the actor's scope; the stay in the old cell ends that day. */
    @Transactional
    public Member transfer(long id, MemberTransfer transfer, Actor actor) {
        var before = lockForChange(id, actor);
        if (!before.isActive()) {
            throw new ConflictException("member.transfer.notActive");
        }
        var errors = new ArrayList<FieldError>();
        if (transfer.toCellId() == null) {
            errors.add(new FieldError("toCellId", "validation.required"));
        } else if (transfer.toCellId() == before.cellId()) {
            errors.add(new FieldError("toCellId", "member.transfer.sameCell"));
        } else if (!isCellInScope(transfer.toCellId(), Scope.of(actor))) {
            errors.add(new FieldError("toCellId", "member.cell.notFound"));
        }
        LocalDate joined = jdbc.sql(
                        "SELECT joined_on FROM member_cell_history WHERE member_id = :id AND left_on IS NULL")
                .param("id", id)
                .query(LocalDate.class)
                .optional()
                .orElse(null);
        if (transfer.transferredOn() == null) {
            errors.add(new FieldError("transferredOn", "validation.required"));
        } else if (transfer.transferredOn().isAfter(LocalDate.now())) {
            errors.add(new FieldError("transferredOn", "member.date.future"));
        } else if (joined != null && transfer.transferredOn().isBefore(joined)) {
            errors.add(new FieldError("transferredOn", "member.transfer.beforeJoined"));
        }
        String note = transfer.note() == null || transfer.note().isBlank()
                ? null
                : transfer.note().strip();
        if (note != null && note.length() > 500) {
            errors.add(new FieldError("note", "validation.tooLong"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
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
        var after = reload(id);
        audit.updated("Member", id, after.cellId(), before, after);
        return after;
    }

    /** Gives a member a post in an open organization of the actor's scope; the same open post twice is refused. */
    @Transactional
    public MemberPosition appoint(long memberId, MemberAppointment appointment, Actor actor) {
        lockForChange(memberId, actor);
        var errors = new ArrayList<FieldError>();
        var scope = Scope.of(actor);
        if (appointment.organizationId() == null) {
            errors.add(new FieldError("organizationId", "validation.required"));
        } else if (jdbc.sql("SELECT count(*) FROM organization o WHERE o.id = :id AND o.closed_on IS NULL AND "
                                + scope.covers("o.path"))
                        .param("id", appointment.organizationId())
                        .params(scope.parameters())
                        .query(Long.class)
                        .single()
                == 0) {
            errors.add(new FieldError("organizationId", "member.position.organization"));
        }
        if (appointment.title() == null) {
            errors.add(new FieldError("title", "validation.required"));
        }
        if (appointment.startedOn() == null) {
            errors.add(new FieldError("startedOn", "validation.required"));
        } else if (appointment.startedOn().isAfter(LocalDate.now())) {
            errors.add(new FieldError("startedOn", "member.date.future"));
        }
        String note = appointment.note() == null || appointment.note().isBlank()
                ? null
                : appointment.note().strip();
        if (note != null && note.length() > 200) {
            errors.add(new FieldError("note", "validation.tooLong"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long id;
        try {
            id = jdbc.sql("INSERT INTO member_position (member_id, organization_id, title, note, started_on) "
                            + "VALUES (:member, :organization, :title, :note, :started) RETURNING id")
                    .param("member", memberId)
                    .param("organization", appointment.organizationId())
                    .param("title", appointment.title().name())
                    .param("note", note)
                    .param("started", appointment.startedOn())
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("member.position.held");
        }
        var position = position(memberId, id);
        audit.created("MemberPosition", id, position.organizationId(), position);
        return position;
    }

    /** Ends an open post of a member on a date, no earlier than it started. */
    @Transactional
    public MemberPosition endPosition(long memberId, long positionId, LocalDate endedOn, Actor actor) {
        lockForChange(memberId, actor);
        var before = position(memberId, positionId);
        if (before.endedOn() != null) {
            throw new ConflictException("member.position.ended");
        }
        if (endedOn == null) {
            throw new InvalidInputException("endedOn", "validation.required");
        }
        if (endedOn.isBefore(before.startedOn()) || endedOn.isAfter(LocalDate.now())) {
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
        return positions(memberId).stream()
                .filter(position -> position.id() == positionId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("MemberPosition", positionId));
    }

    /** The open organizations of a scope a post can be held in, committees and departments included. */
    public List<MemberCell> postOrganizations(Scope scope) {
        return jdbc.sql("SELECT c.id, c.name, repeat('· ', nlevel(c.path) - 1) || c.name AS path_names "
                        + "FROM organization c WHERE c.closed_on IS NULL AND " + scope.covers("c.path")
                        + " ORDER BY c.path")
                .params(scope.parameters())
                .query(MemberCell.class)
                .list();
    }

    boolean isCellInScope(long cellId, Scope scope) {
        return jdbc.sql("SELECT count(*) FROM organization o WHERE o.id = :id AND o.kind = 'CELL' "
                                + "AND o.closed_on IS NULL AND " + scope.covers("o.path"))
                        .param("id", cellId)
                        .params(scope.parameters())
                        .query(Long.class)
                        .single()
                > 0;
    }

    private Member lockForChange(long id, Actor actor) {
        var access = MemberAccess.of(actor);
        return jdbc.sql("SELECT " + COLUMNS + FROM + "WHERE m.id = :id AND " + access.writable() + " FOR UPDATE OF m")
                .param("id", id)
                .params(access.parameters())
                .query(Member.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Member", id));
    }

    private Member reload(long id) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + "WHERE m.id = :id")
                .param("id", id)
                .query(Member.class)
                .single();
    }

    /**
     * Why a card number cannot be given to a member: held by another member the actor may read, who is named; or by
     * one outside the actor's reach, which gets the same neutral answer as any other unusable number, so that
     * nobody learns from it who exists beyond their scope.
     */
    private Optional<FieldError> cardProblem(String card, Long except, Actor actor) {
        var access = MemberAccess.of(actor);
        return jdbc.sql("SELECT m.full_name, " + access.readable() + " AS readable" + FROM
                        + "WHERE m.party_card_no = :card AND m.id IS DISTINCT FROM :except")
                .param("card", card)
                .param("except", except, java.sql.Types.BIGINT)
                .params(access.parameters())
                .query((rs, n) -> rs.getBoolean("readable")
                        ? new FieldError(
                                "partyCardNo",
                                messages.getMessage(
                                        "member.partyCardNo.takenBy",
                                        new Object[] {rs.getString("full_name")},
                                        LocaleContextHolder.getLocale()))
                        : new FieldError("partyCardNo", UNUSABLE_CARD))
                .optional();
    }

    /** The message for a card number that cannot be used, whoever holds it. */
    static final String UNUSABLE_CARD = "member.partyCardNo.unusable";

    private static java.util.Map<String, Object> columns(MemberInput input) {
        var columns = new java.util.HashMap<String, Object>();
        columns.put("fullName", input.fullName());
        columns.put("birthDate", input.birthDate());
        columns.put("gender", input.gender() == null ? null : input.gender().name());
        columns.put("card", input.partyCardNo());
        columns.put("admittedOn", input.admittedOn());
        columns.put("officialOn", input.officialOn());
        columns.put("phone", input.phone());
        columns.put("email", input.email());
        columns.put("status", input.status().name());
        return columns;
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
