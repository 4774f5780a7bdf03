package vn.neuguong.directive;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.organization.CommitteeBody;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.InvalidInputException.FieldError;

/**
 * The rules of a new document that need the database or the clock; the form's own rules (required, lengths, the
 * shape of a number) are its annotations'. Each check adds what it finds to the list, so one answer names every field.
 */
@Component
class DocumentChecks {

    private final JdbcClient jdbc;
    private final Clock clock;

    DocumentChecks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An open organization of the scope that may issue or register documents. */
    Optional<Issuer> issuer(long id, Scope scope) {
        return jdbc.sql("SELECT o.id, o.name, o.code, o.kind = 'DEPARTMENT' AS department, "
                        + CommitteeBody.heldBySql("o.id") + " AS committee,"
                        + " CASE WHEN o.kind = 'DEPARTMENT' AND o.parent_id IS NOT NULL THEN o.parent_id ELSE o.id END"
                        + " AS area_id FROM " + TreeSql.organizations() + " o"
                        + " WHERE o.id = :id AND o.closed_on IS NULL AND " + scope.covers("o.path"))
                .param("id", id)
                .query(Issuer.class)
                .optional();
    }

    /** Whether the issue date is usable: not before 1930, not after today. */
    boolean issuedOn(LocalDate issuedOn, List<FieldError> errors) {
        if (issuedOn == null) {
            return false;
        }
        if (issuedOn.getYear() < 1930) {
            errors.add(new FieldError("issuedOn", "validation.invalid"));
            return false;
        }
        if (issuedOn.isAfter(LocalDate.now(clock))) {
            errors.add(new FieldError("issuedOn", "document.issuedOn.future"));
            return false;
        }
        return true;
    }

    /** Recipients must be open, lie in the scope and under the issuer's area (for a department, its committee's). */
    void recipients(List<Long> recipientIds, Long areaId, Scope scope, List<FieldError> errors) {
        var ids = distinct(recipientIds);
        if (ids.isEmpty()) {
            return;
        }
        long found = jdbc.sql("SELECT count(*) FROM " + TreeSql.organizations() + " r WHERE r.id IN (:ids)"
                        + " AND r.closed_on IS NULL AND " + scope.covers("r.path")
                        + (areaId == null ? "" : " AND r.id IN " + TreeSql.subtreeIds(":area")))
                .param("ids", ids)
                .param("area", areaId)
                .query(Long.class)
                .single();
        if (found != ids.size()) {
            errors.add(new FieldError("recipientIds", "document.recipients.outOfScope"));
        }
    }

    /** Every basis must be a document the scope may read. */
    void bases(List<Long> basisIds, Scope scope, List<FieldError> errors) {
        var ids = distinct(basisIds);
        if (ids.isEmpty()) {
            return;
        }
        var visibility = Visibility.of(scope);
        long found = jdbc.sql("SELECT count(*) FROM document d WHERE d.id IN (:ids) AND " + visibility.sql("d"))
                .param("ids", ids)
                .params(visibility.parameters())
                .query(Long.class)
                .single();
        if (found != ids.size()) {
            errors.add(new FieldError("basisIds", "document.basis.notFound"));
        }
    }

    static List<Long> distinct(List<Long> ids) {
        return ids == null
                ? List.of()
                : List.copyOf(new LinkedHashSet<>(
                        ids.stream().filter(Objects::nonNull).toList()));
    }

    /**
     * @param committee whether it is a committee, with a standing and an executive committee to issue through
     * @param areaId the committee the issuer speaks for: itself, or for a department the committee it serves
     */
    record Issuer(long id, String name, String code, boolean department, boolean committee, long areaId) {}
}
