package vn.neuguong.directive;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.directive.DocumentChecks.Issuer;
import vn.neuguong.directive.DocumentRecords.Entry;
import vn.neuguong.directive.DocumentSignatures.Signature;
import vn.neuguong.member.MemberSql;
import vn.neuguong.organization.CommitteeBody;
import vn.neuguong.organization.CommitteeTerm;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.InvalidInputException.FieldError;
import vn.neuguong.shared.NotFoundException;

/**
 * The register of documents: issued in the system with the next number of their issuer and type in the term of the
 * issuing committee (a department's: the committee it serves), or by a congress in that congress's own sequence, or
 * registered from outside with their printed number ({@link DocumentNumber}); read always through a {@link Scope}
 * (see {@link Visibility}).
 */
@Repository
public class Documents {

    private final JdbcClient jdbc;
    private final DocumentChecks checks;
    private final DocumentNumbering numbering;
    private final DocumentRecords records;
    private final DocumentSignatures signatures;

    Documents(
            JdbcClient jdbc,
            DocumentChecks checks,
            DocumentNumbering numbering,
            DocumentRecords records,
            DocumentSignatures signatures) {
        this.jdbc = jdbc;
        this.checks = checks;
        this.numbering = numbering;
        this.records = records;
        this.signatures = signatures;
    }

    /** The document if it exists and the scope may read it; otherwise empty, whichever the reason. */
    public Optional<DocumentSummary> find(long id, Scope scope) {
        return find(id, Visibility.of(scope)).map(DocumentView::toSummary);
    }

    Optional<DocumentView> find(long id, Visibility visibility) {
        return jdbc.sql("SELECT " + DocumentView.COLUMNS + " FROM " + DocumentView.FROM + " WHERE d.id = :id AND "
                        + visibility.sql("d"))
                .param("id", id)
                .params(visibility.parameters())
                .query(DocumentView.class)
                .optional();
    }

    DocumentView get(long id, Visibility visibility) {
        return find(id, visibility).orElseThrow(() -> new NotFoundException("Document", id));
    }

    /** The document, if the scope may change it: its issuer, or the organization that registered it, is in scope. */
    DocumentView getEditable(long id, Scope scope) {
        return jdbc.sql("SELECT " + DocumentView.COLUMNS + " FROM " + DocumentView.FROM + " WHERE d.id = :id AND "
                        + scope.coversOrganization("COALESCE(d.issuer_id, d.registered_by_id)"))
                .param("id", id)
                .query(DocumentView.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Document", id));
    }

    /**
     * Issues a document for an organization in the scope, numbered next in its issuer and type within the term of the
     * issuing committee that the issue date falls in; a congress document next in its congress's sequence.
     */
    @Transactional
    public DocumentView issue(NewDocument input, Scope scope) {
        boolean byCongress = input.byCongress();
        var errors = new ArrayList<FieldError>();
        if (!numbering.typeExists(input.typeCode())) {
            errors.add(new FieldError("typeCode", "validation.invalid"));
        }
        Issuer issuer = checks.issuer(input.issuerId(), scope).orElse(null);
        if (issuer == null) {
            errors.add(new FieldError("issuerId", "document.issuer.outOfScope"));
        } else if (byCongress && issuer.department()) {
            errors.add(new FieldError("byCongress", "document.congress.department"));
        }
        CommitteeTerm term = null;
        boolean dated = checks.issuedOn(input.issuedOn(), errors);
        if (dated && issuer != null && !(byCongress && issuer.department())) {
            term = numbering.term(issuer.id(), input.issuedOn(), byCongress).orElse(null);
            if (term == null) {
                errors.add(new FieldError("issuedOn", byCongress ? "document.congress.none" : "document.term.none"));
            }
        }
        if (issuer != null) {
            checks.recipients(input.recipientIds(), issuer.areaId(), scope, errors);
        }
        checks.bases(input.basisIds(), scope, errors);
        var signature = signatures.check(input, dated, issuer, scope, errors);
        throwIfAny(errors);

        int sequence = numbering.next(issuer.id(), term, byCongress ? DocumentNumber.CONGRESS_CODE : input.typeCode());
        var number = byCongress
                ? DocumentNumber.ofCongress(sequence, input.typeCode(), term.id())
                : DocumentNumber.inTerm(sequence, input.typeCode(), issuer.code(), term.id());
        return records.write(Entry.issued(number, issuer, input, signature), issuer.id());
    }

    /** Registers a document received from outside the tree, with its printed number; a number is registered once. */
    @Transactional
    public DocumentView register(ExternalDocument input, Scope scope) {
        var errors = new ArrayList<FieldError>();
        var number = DocumentNumber.parse(input.number())
                .orElseThrow(() -> new InvalidInputException("number", "document.number.invalid"));
        if (!numbering.typeExists(number.typeCode())) {
            errors.add(new FieldError("number", "document.number.unknownType"));
        }
        Issuer registrar = null;
        if (input.registeredById() != null) {
            registrar = checks.issuer(input.registeredById(), scope).orElse(null);
            if (registrar == null) {
                errors.add(new FieldError("registeredById", "document.issuer.outOfScope"));
            }
        } else if (!scope.unrestricted()) {
            errors.add(new FieldError("registeredById", "validation.required"));
        }
        checks.issuedOn(input.issuedOn(), errors);
        if (registrar != null || scope.unrestricted()) {
            checks.recipients(input.recipientIds(), registrar == null ? null : registrar.id(), scope, errors);
        }
        checks.bases(input.basisIds(), scope, errors);
        String printed = input.number().strip();
        if (errors.isEmpty()
                && numbering.externalNumberTaken(printed, input.issuedOn().getYear(), input.registeredById())) {
            errors.add(new FieldError("number", "document.number.duplicate"));
        }
        throwIfAny(errors);
        var entry = new Entry(
                number,
                printed,
                null,
                input.issuerName().strip(),
                true,
                input.registeredById(),
                false,
                input.issuedOn(),
                input.summary(),
                input.bodyHtml(),
                input.basisIds(),
                input.recipientIds(),
                Signature.NONE);
        try {
            return records.write(entry, input.registeredById());
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("number", "document.number.duplicate");
        }
    }

    /**
     * Every document that one of {@code documentIds} implements, directly or down a chain of bases (căn cứ): the
     * ids only, for rules such as "this plan implements that directive"; what a reader may see is not asked here.
     */
    public Set<Long> basesOf(Collection<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(
                jdbc.sql("""
                        WITH RECURSIVE up(id) AS (
                            SELECT basis_id FROM document_basis WHERE document_id IN (:ids)
                            UNION
                            SELECT b.basis_id FROM document_basis b JOIN up ON b.document_id = up.id)
                        SELECT id FROM up
                        """).param("ids", documentIds).query(Long.class).list());
    }

    /**
     * A document a member is to study: sent to his cell or to a committee above it, not yet marked studied by him.
     *
     * @param read whether he has opened it
     * @param total how many such documents he has in all
     */
    public record DocumentToStudy(
            long id,
            String number,
            String summary,
            LocalDate issuedOn,
            OffsetDateTime receivedAt,
            boolean read,
            long total) {}

    /** What the member has received through his cell and the committees above it and not studied, newest first. */
    public List<DocumentToStudy> toStudy(long memberId, int limit) {
        return jdbc.sql("""
                        SELECT d.id, d.number_text AS number, d.summary, d.issued_on, max(dr.received_at) AS received_at,
                               r.read_at IS NOT NULL AS read, count(*) OVER () AS total
                        FROM document_recipient dr
                        JOIN document d ON d.id = dr.document_id
                        LEFT JOIN document_read r ON r.document_id = d.id AND r.member_id = :member
                        WHERE %s AND r.studied_at IS NULL
                        GROUP BY d.id, d.number_text, d.summary, d.issued_on, r.read_at
                        ORDER BY max(dr.received_at) DESC, d.issued_on DESC, d.id DESC
                        LIMIT :limit
                        """.formatted(TreeSql.above("dr.organization_id", MemberSql.cellOf(":member"))))
                .param("member", memberId)
                .param("limit", limit)
                .query(DocumentToStudy.class)
                .list();
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /**
     * A document to issue; its number is given by the system.
     *
     * @param byCongress issued by the congress of the issuing committee (Nghị quyết Đại hội): numbered in the
     *     congress's sequence shared by all types, 01-NQ/ĐH; the issue date must be one of the congress's days
     * @param issuedByBody issued by the committee's standing or executive committee, in the committee's own series;
     *     null: by the issuer itself
     * @param signerId who signs it: a member of that body (or holding a post in the issuer) on the issue date
     */
    public record NewDocument(
            @NotBlank(message = "validation.required") @Size(max = 5, message = "validation.invalid")
            String typeCode,

            @NotNull(message = "validation.required") Long issuerId,

            @NotNull(message = "validation.required") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate issuedOn,

            @NotBlank(message = "validation.required")
            @Size(max = 2000, message = "validation.tooLong")
            @Schema(maxLength = 2000)
            String summary,

            String bodyHtml,
            @Size(max = 50, message = "document.tooMany") List<@NotNull(message = "validation.required") Long> basisIds,

            @Size(max = 1000, message = "document.tooMany")
            List<@NotNull(message = "validation.required") Long> recipientIds,

            Boolean byCongress,
            @Schema(nullable = true) CommitteeBody issuedByBody,
            @Schema(nullable = true) Long signerId) {

        public NewDocument {
            basisIds = basisIds == null ? List.of() : basisIds;
            recipientIds = recipientIds == null ? List.of() : recipientIds;
            byCongress = Boolean.TRUE.equals(byCongress);
        }

        public NewDocument(
                String typeCode,
                Long issuerId,
                LocalDate issuedOn,
                String summary,
                String bodyHtml,
                List<Long> basisIds,
                List<Long> recipientIds,
                Boolean byCongress) {
            this(typeCode, issuerId, issuedOn, summary, bodyHtml, basisIds, recipientIds, byCongress, null, null);
        }

        public NewDocument(
                String typeCode,
                Long issuerId,
                LocalDate issuedOn,
                String summary,
                String bodyHtml,
                List<Long> basisIds,
                List<Long> recipientIds) {
            this(typeCode, issuerId, issuedOn, summary, bodyHtml, basisIds, recipientIds, false);
        }
    }
}
