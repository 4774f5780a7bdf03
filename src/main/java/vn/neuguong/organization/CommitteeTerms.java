package vn.neuguong.organization;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.InvalidInputException.FieldError;
import vn.neuguong.shared.NotFoundException;

/**
 * The congresses of each committee and the terms (nhiệm kỳ) they open. A department has none of its own: it works,
 * and numbers its documents, within the term of the committee it serves.
 */
@Repository
public class CommitteeTerms {

    static final String COLUMNS =
            "s.id, s.organization_id, s.ordinal, s.congress_opened_on, s.congress_closed_on, s.starts_on, s.ends_on";

    /** The committee an organization's terms are those of: itself, or for a department its parent committee. */
    static final String COMMITTEE_OF =
            "(SELECT CASE WHEN o.kind = 'DEPARTMENT' AND o.parent_id IS NOT NULL THEN o.parent_id ELSE o.id END"
                    + " FROM organization o WHERE o.id = :organization)";

    private final JdbcClient jdbc;
    private final AuditLog audit;

    CommitteeTerms(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The terms an organization in the scope works within, oldest first (a department: its committee's). */
    public List<CommitteeTerm> of(long organizationId, Scope scope) {
        requireInScope(organizationId, scope);
        return jdbc.sql("SELECT " + COLUMNS + " FROM organization_term_span s WHERE s.organization_id = " + COMMITTEE_OF
                        + " ORDER BY s.congress_closed_on")
                .param("organization", organizationId)
                .query(CommitteeTerm.class)
                .list();
    }

    /** The term of the organization's committee that the day falls in. */
    public Optional<CommitteeTerm> covering(long organizationId, LocalDate day) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM organization_term_span s WHERE s.organization_id = " + COMMITTEE_OF
                        + " AND s.starts_on <= :day AND (s.ends_on IS NULL OR s.ends_on >= :day)")
                .param("organization", organizationId)
                .param("day", day)
                .query(CommitteeTerm.class)
                .optional();
    }

    /** The term opened by the congress of this committee that sat on the day, if one did. */
    public Optional<CommitteeTerm> openedByCongressSitting(long committeeId, LocalDate day) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM organization_term_span s WHERE s.organization_id = :committee"
                        + " AND s.congress_opened_on <= :day AND s.congress_closed_on >= :day")
                .param("committee", committeeId)
                .param("day", day)
                .query(CommitteeTerm.class)
                .optional();
    }

    public Optional<CommitteeTerm> find(long termId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM organization_term_span s WHERE s.id = :id")
                .param("id", termId)
                .query(CommitteeTerm.class)
                .optional();
    }

    /**
     * Records a congress of a committee in the scope. Congresses follow each other in the order of their numbers and
     * never overlap, so every day after the first one recorded belongs to exactly one term.
     */
    @Transactional
    public CommitteeTerm record(long organizationId, NewTerm input, Scope scope) {
        var organization = requireInScope(organizationId, scope);
        var errors = new ArrayList<FieldError>();
        if (organization.kind() == OrganizationKind.DEPARTMENT) {
            errors.add(new FieldError("organizationId", "term.department"));
        }
        if (input.congressClosedOn().isBefore(input.congressOpenedOn())) {
            errors.add(new FieldError("congressClosedOn", "term.closedBeforeOpened"));
        }
        throwIfAny(errors);

        // One recorder per committee at a time: two congresses recorded at once could each pass the order check.
        jdbc.sql("SELECT id FROM organization WHERE id = :id FOR UPDATE")
                .param("id", organizationId)
                .query(Long.class)
                .single();
        var others = jdbc.sql("SELECT " + COLUMNS + " FROM organization_term_span s WHERE s.organization_id = :id")
                .param("id", organizationId)
                .query(CommitteeTerm.class)
                .list();
        if (others.stream().anyMatch(t -> t.ordinal() == input.ordinal())) {
            errors.add(new FieldError("ordinal", "term.ordinal.duplicate"));
        } else if (others.stream()
                .anyMatch(t ->
                        t.ordinal() < input.ordinal() && !t.congressClosedOn().isBefore(input.congressOpenedOn())
                                || t.ordinal() > input.ordinal()
                                        && !t.congressOpenedOn().isAfter(input.congressClosedOn()))) {
            errors.add(new FieldError("congressOpenedOn", "term.order"));
        }
        throwIfAny(errors);

        long id = jdbc.sql("""
                        INSERT INTO organization_term (organization_id, ordinal, congress_opened_on, congress_closed_on)
                        VALUES (:organization, :ordinal, :opened, :closed) RETURNING id
                        """)
                .param("organization", organizationId)
                .param("ordinal", input.ordinal())
                .param("opened", input.congressOpenedOn())
                .param("closed", input.congressClosedOn())
                .query(Long.class)
                .single();
        var term = find(id).orElseThrow();
        audit.created(
                "CommitteeTerm",
                id,
                organizationId,
                Map.of(
                        "ordinal",
                        term.ordinal(),
                        "congressOpenedOn",
                        term.congressOpenedOn(),
                        "congressClosedOn",
                        term.congressClosedOn()));
        return term;
    }

    private Organization requireInScope(long organizationId, Scope scope) {
        return jdbc.sql("SELECT " + Organizations.COLUMNS + " FROM organization o WHERE o.id = :id AND "
                        + scope.covers("o.path"))
                .param("id", organizationId)
                .query(Organization.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Organization", organizationId));
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /**
     * A congress to record; that it closes no earlier than it opens, and fits among the others, is checked when it is.
     *
     * @param ordinal its number (28 for Đại hội XXVIII)
     */
    public record NewTerm(
            @NotNull(message = "validation.required")
            @Min(value = 1, message = "validation.invalid")
            @Max(value = 100, message = "validation.invalid")
            Integer ordinal,

            @NotNull(message = "validation.required") LocalDate congressOpenedOn,
            @NotNull(message = "validation.required") LocalDate congressClosedOn) {}
}
