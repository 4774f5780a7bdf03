package vn.neuguong.member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.InvalidInputException.FieldError;
import vn.neuguong.shared.NotFoundException;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;

/**
 * The party members, read and changed always through the actor's access: staff see their subtree, a secretary
 * the cell, a member their own record. Each change writes its audit row in the same transaction.
 */
@Repository
public class Members {

    /** The message for a card number that cannot be used, whoever holds it. */
    public static final String UNUSABLE_CARD = "member.partyCardNo.unusable";

    private final JdbcClient jdbc;
    private final MemberRows rows;
    private final MemberCells cells;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;
    private final MemberSearch search;

    Members(
            JdbcClient jdbc,
            MemberRows rows,
            MemberCells cells,
            AuditLog audit,
            MessageSource messages,
            Clock clock,
            MemberSearch search) {
        this.jdbc = jdbc;
        this.search = search;
        this.rows = rows;
        this.cells = cells;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** The member if it exists and the actor may read it; otherwise empty, whichever the reason. */
    public Optional<Member> find(long id, Actor actor) {
        var access = MemberAccess.of(actor);
        return jdbc.sql("SELECT " + MemberRows.COLUMNS + " FROM member m WHERE m.id = :id AND " + access.readable())
                .param("id", id)
                .params(access.parameters())
                .query(MemberRows.MAPPER)
                .optional();
    }

    public Member get(long id, Actor actor) {
        return find(id, actor).orElseThrow(() -> new NotFoundException("Member", id));
    }

    /** A page of the members the actor may read, ordered by name as a Vietnamese reader sorts it. */
    public Page<Member> search(MemberQuery query, PageRequest request, Actor actor) {
        return search.search(query, request, actor);
    }

    /** The member, if the actor may change it; a member reading only their own record may not. */
    public Member getForChange(long id, Actor actor) {
        var access = MemberAccess.of(actor);
        return jdbc.sql("SELECT " + MemberRows.COLUMNS + " FROM member m WHERE m.id = :id AND " + access.writable())
                .param("id", id)
                .params(access.parameters())
                .query(MemberRows.MAPPER)
                .optional()
                .orElseThrow(() -> new NotFoundException("Member", id));
    }

    public boolean canChange(long id, Actor actor) {
        var access = MemberAccess.of(actor);
        return jdbc.sql("SELECT count(*) FROM member m WHERE m.id = :id AND " + access.writable())
                        .param("id", id)
                        .params(access.parameters())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Adds a member to a cell of the actor's scope; the input's fields were checked by its annotations. */
    @Transactional
    public Member create(MemberInput raw, Actor actor) {
        var input = raw.normalized();
        var errors = new ArrayList<>(input.problems(LocalDate.now(clock)));
        if (input.cellId() == null) {
            errors.add(new FieldError("cellId", "validation.required"));
        } else if (!cells.isCell(input.cellId(), Scope.of(actor))) {
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
                .param("joined", input.admittedOn() == null ? LocalDate.now(clock) : input.admittedOn())
                .update();
        var created = rows.reload(id);
        audit.created("Member", id, created.cellId(), created);
        return created;
    }

    /**
     * Changes a member's details, provided nobody has changed them since {@code version} was read (409 otherwise);
     * the cell changes only by a transfer.
     */
    @Transactional
    public Member update(long id, int version, MemberInput raw, Actor actor) {
        var before = rows.lock(id, version, actor);
        var input = raw.normalized();
        var errors = new ArrayList<>(input.problems(LocalDate.now(clock)));
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
        var after = rows.reload(id);
        audit.updated("Member", id, after.cellId(), before, after);
        return after;
    }

    /**
     * Why a card number cannot be given to a member: held by another member the actor may read, who is named; or by
     * one outside the actor's reach, which gets the same neutral answer as any other unusable number, so that
     * nobody learns from it who exists beyond their scope.
     */
    private Optional<FieldError> cardProblem(String card, Long except, Actor actor) {
        var access = MemberAccess.of(actor);
        return jdbc.sql("SELECT m.full_name, " + access.readable() + " AS readable FROM member m "
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

    private static Map<String, Object> columns(MemberInput input) {
        var columns = new HashMap<String, Object>();
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
