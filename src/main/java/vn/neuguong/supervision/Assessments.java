package vn.neuguong.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.member.MemberSql;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.FieldErrors;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.NotFoundException;

/**
 * The monthly meeting assessments. The cell's secretary or staff in scope record one per cell and month; the
 * overseer of the cell in that month reviews it, and sees it even outside a scope of his own.
 */
@Component
public class Assessments {

    static final String COLUMNS = "a.id, a.cell_id, " + TreeSql.name("a.cell_id")
            + " AS cell_name, to_char(a.month, 'YYYY-MM') AS month, a.held_on, a.preparation, a.preparation_note,"
            + " a.content, a.content_note, a.attendance, a.attendance_note, a.discussion, a.discussion_note,"
            + " a.conclusions, a.conclusions_note, a.rating, a.prepared_by, a.reviewed_by, "
            + MemberSql.fullName("a.reviewed_by")
            + " AS reviewed_by_name, a.reviewed_on, a.review_rating, a.review_comment, a.version";

    /** True when the member {@code :member} oversees the cell of the assessment {@code a} in its month. */
    static final String OVERSEEN = "EXISTS (SELECT 1 FROM cell_overseer ov WHERE ov.cell_id = a.cell_id AND"
            + " ov.member_id = :member AND "
            + Overseers.overlaps("a.month", "CAST(a.month + interval '1 month' - interval '1 day' AS date)") + ")";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    Assessments(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The assessment if the actor's scope covers its cell or the actor oversees the cell that month. */
    public Optional<Assessment> find(long id, Actor actor) {
        var scope = Scope.of(actor);
        return jdbc.sql("SELECT " + COLUMNS + " FROM meeting_assessment a WHERE a.id = :id AND ("
                        + scope.coversOrganization("a.cell_id") + " OR " + OVERSEEN + ")")
                .param("id", id)
                .param("member", actor.memberId() == null ? -1 : actor.memberId())
                .query(Assessment.class)
                .optional();
    }

    public Assessment get(long id, Actor actor) {
        return find(id, actor).orElseThrow(() -> new NotFoundException("Assessment", id));
    }

    /** The month's assessment of a cell in scope, if recorded. */
    public Optional<Assessment> of(long cellId, YearMonth month, Scope scope) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM meeting_assessment a WHERE a.cell_id = :cell AND a.month = :month"
                        + " AND " + scope.coversOrganization("a.cell_id"))
                .param("cell", cellId)
                .param("month", month.atDay(1))
                .query(Assessment.class)
                .optional();
    }

    /** True when the actor oversees the cell of the assessment in its month. */
    public boolean oversees(Assessment assessment, Actor actor) {
        return actor.memberId() != null
                && jdbc.sql("SELECT " + OVERSEEN + " FROM meeting_assessment a WHERE a.id = :id")
                        .param("id", assessment.id())
                        .param("member", actor.memberId())
                        .query(Boolean.class)
                        .single();
    }

    @Transactional
    public Assessment record(Assessment.Input input, Scope scope) {
        requireCell(input.cellId(), scope);
        var month = check(input, YearMonth.parse(input.month()));
        Long id = jdbc.sql("""
                        INSERT INTO meeting_assessment (cell_id, month, held_on, preparation, preparation_note, content,
                            content_note, attendance, attendance_note, discussion, discussion_note, conclusions,
                            conclusions_note, rating, prepared_by)
                        VALUES (:cell, :month, :heldOn, :preparation, :preparationNote, :content, :contentNote,
                            :attendance, :attendanceNote, :discussion, :discussionNote, :conclusions, :conclusionsNote,
                            :rating, :preparedBy)
                        ON CONFLICT (cell_id, month) DO NOTHING RETURNING id
                        """)
                .paramSource(parameters(input, month))
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new InvalidInputException("month", "supervision.assessment.exists"));
        var created = inScope(id, Scope.everything()).orElseThrow();
        audit.created("MeetingAssessment", id, input.cellId(), created);
        return created;
    }

    /** Changes an assessment as read at {@code version}; its cell and month stay. */
    @Transactional
    public Assessment update(long id, int version, Assessment.Input input, Scope scope) {
        var before = inScope(id, scope).orElseThrow(() -> new NotFoundException("Assessment", id));
        var month = YearMonth.parse(before.month());
        check(
                new Assessment.Input(
                        before.cellId(),
                        before.month(),
                        input.heldOn(),
                        input.preparation(),
                        input.preparationNote(),
                        input.content(),
                        input.contentNote(),
                        input.attendance(),
                        input.attendanceNote(),
                        input.discussion(),
                        input.discussionNote(),
                        input.conclusions(),
                        input.conclusionsNote(),
                        input.rating(),
                        input.preparedBy()),
                month);
        int changed = jdbc.sql("""
                        UPDATE meeting_assessment SET held_on = :heldOn, preparation = :preparation,
                            preparation_note = :preparationNote, content = :content, content_note = :contentNote,
                            attendance = :attendance, attendance_note = :attendanceNote, discussion = :discussion,
                            discussion_note = :discussionNote, conclusions = :conclusions,
                            conclusions_note = :conclusionsNote, rating = :rating, prepared_by = :preparedBy,
                            version = version + 1
                        WHERE id = :id AND version = :version
                        """)
                .paramSource(parameters(input, month).addValue("id", id).addValue("version", version))
                .update();
        if (changed == 0) {
            throw new ConflictException("supervision.version.stale");
        }
        var after = inScope(id, Scope.everything()).orElseThrow();
        audit.updated("MeetingAssessment", id, before.cellId(), before, after);
        return after;
    }

    /** The overseer's review, on the version read; anyone else who can see the assessment is refused (403). */
    @Transactional
    public Assessment review(long id, int version, Assessment.Review review, Actor actor) {
        var before = get(id, actor);
        if (!oversees(before, actor)) {
            throw new AccessDeniedException("supervision.review.notOverseer");
        }
        if (!Boolean.TRUE.equals(review.agrees()) && review.rating() == null) {
            throw new InvalidInputException("rating", "supervision.review.rating");
        }
        int changed = jdbc.sql("""
                        UPDATE meeting_assessment SET reviewed_by = :member, reviewed_on = :today, review_rating = :rating,
                            review_comment = :comment, version = version + 1
                        WHERE id = :id AND version = :version
                        """)
                .param("member", actor.memberId())
                .param("today", LocalDate.now(clock))
                .param(
                        "rating",
                        Boolean.TRUE.equals(review.agrees())
                                ? before.rating().name()
                                : review.rating().name())
                .param("comment", blankToNull(review.comment()))
                .param("id", id)
                .param("version", version)
                .update();
        if (changed == 0) {
            throw new ConflictException("supervision.version.stale");
        }
        var after = inScope(id, Scope.everything()).orElseThrow();
        audit.updated("MeetingAssessment", id, before.cellId(), before, after);
        return after;
    }

    private Optional<Assessment> inScope(long id, Scope scope) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM meeting_assessment a WHERE a.id = :id AND "
                        + scope.coversOrganization("a.cell_id"))
                .param("id", id)
                .query(Assessment.class)
                .optional();
    }

    private void requireCell(long cellId, Scope scope) {
        boolean cell = jdbc.sql(
                        "SELECT " + TreeSql.kind(":cell") + " = 'CELL' AND " + scope.coversOrganization(":cell"))
                .param("cell", cellId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
        if (!cell) {
            throw new NotFoundException("Cell", cellId);
        }
    }

    /** The rules across fields of an assessment of the month; a page runs them beside Bean Validation's. */
    YearMonth check(Assessment.Input input, YearMonth month) {
        var errors = new FieldErrors();
        if (input.heldOn() == null) {
            return month;
        } else if (!YearMonth.from(input.heldOn()).equals(month)) {
            errors.add("heldOn", "supervision.heldOn.month");
        } else if (input.heldOn().isAfter(LocalDate.now(clock))) {
            errors.add("heldOn", "supervision.date.future");
        }
        errors.throwIfAny();
        return month;
    }

    private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource parameters(
            Assessment.Input input, YearMonth month) {
        return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                .addValue("cell", input.cellId())
                .addValue("month", month.atDay(1))
                .addValue("heldOn", input.heldOn())
                .addValue("preparation", input.preparation())
                .addValue("preparationNote", blankToNull(input.preparationNote()))
                .addValue("content", input.content())
                .addValue("contentNote", blankToNull(input.contentNote()))
                .addValue("attendance", input.attendance())
                .addValue("attendanceNote", blankToNull(input.attendanceNote()))
                .addValue("discussion", input.discussion())
                .addValue("discussionNote", blankToNull(input.discussionNote()))
                .addValue("conclusions", input.conclusions())
                .addValue("conclusionsNote", blankToNull(input.conclusionsNote()))
                .addValue("rating", input.rating().name())
                .addValue("preparedBy", input.preparedBy().strip());
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
