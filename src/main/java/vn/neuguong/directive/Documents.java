package vn.neuguong.directive;

import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.organization.CommitteeTerm;
import vn.neuguong.organization.CommitteeTerms;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.InvalidInputException.FieldError;
import vn.neuguong.shared.NotFoundException;

/**
 * The documents: issued in the system with the next number of their issuer and type in the term of the issuing
 * committee (a department's: the committee it serves), or by a congress in that congress's own sequence, or
 * registered from outside with their printed number; read always through a {@link Scope} (see {@link Visibility}).
 */
@Repository
public class Documents {

    static final String COLUMNS = """
            d.id, d.number_text AS number, d.type_code, t.name_vi AS type_name_vi, t.name_en AS type_name_en,
            d.issuer_id, COALESCE(i.name, d.external_issuer_name) AS issuer_name, d.issuer_code,
            d.issuer_id IS NULL AS external, d.issued_on, d.summary, d.body_html, d.registered_by_id,
            rb.name AS registered_by_name, d.created_at, d.term_id, dt.ordinal AS term_ordinal, d.congress
            """;
    static final String FROM = """
            document d JOIN document_type t ON t.code = d.type_code
            LEFT JOIN organization i ON i.id = d.issuer_id
            LEFT JOIN organization rb ON rb.id = d.registered_by_id
            LEFT JOIN organization_term dt ON dt.id = d.term_id
            """;

    /** A printed number: sequence, type code, issuer code, e.g. {@code 05-CT/TW} or {@code 111-HD/ĐU}. */
    static final Pattern NUMBER = Pattern.compile("(\\d{1,6})-(\\p{L}{1,5})/([\\p{L}\\p{N}-]{1,20})");

    /** What a congress's documents carry for an issuer code, and the name of their shared sequence: 01-NQ/ĐH. */
    static final String CONGRESS_CODE = "ĐH";

    /** Whose calendar "today" is when an issue date is checked. */
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final CommitteeTerms terms;

    Documents(JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events, CommitteeTerms terms) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.terms = terms;
    }

    /** The document if it exists and the scope may read it; otherwise empty, whichever the reason. */
    public Optional<DocumentSummary> find(long id, Scope scope) {
        return find(id, Visibility.of(scope)).map(DocumentView::toSummary);
    }

    Optional<DocumentView> find(long id, Visibility visibility) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM " + FROM + " WHERE d.id = :id AND " + visibility.sql("d"))
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
        return jdbc.sql("SELECT " + COLUMNS + " FROM " + FROM + " WHERE d.id = :id AND "
                        + "EXISTS (SELECT 1 FROM organization e WHERE e.id = COALESCE(d.issuer_id, d.registered_by_id)"
                        + " AND " + scope.covers("e.path") + ")")
                .param("id", id)
                .params(scope.parameters())
                .query(DocumentView.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Document", id));
    }

    List<DocumentType> types() {
        return jdbc.sql("SELECT code, name_vi, name_en FROM document_type ORDER BY name_vi COLLATE vi_icu")
                .query(DocumentType.class)
                .list();
    }

    /** Organizations of the scope that may issue or receive documents, in tree order. */
    List<OrganizationOption> organizations(Scope scope) {
        return jdbc.sql(
                        "SELECT o.id, organization_label(o.id) AS name, o.code, o.kind, nlevel(o.path) AS depth FROM organization o "
                                + "WHERE o.closed_on IS NULL AND " + scope.covers("o.path") + " ORDER BY o.path")
                .params(scope.parameters())
                .query(OrganizationOption.class)
                .list();
    }

    /**
     * Issues a document for an organization in the scope, numbered next in its issuer and type within the term of the
     * issuing committee that the issue date falls in; a congress document next in its congress's sequence.
     */
    @Transactional
    public DocumentView issue(NewDocument input, Scope scope) {
        boolean byCongress = Boolean.TRUE.equals(input.byCongress());
        var errors = new ArrayList<FieldError>();
        if (input.typeCode() == null || !typeExists(input.typeCode())) {
            errors.add(new FieldError(
                    "typeCode", input.typeCode() == null ? "validation.required" : "validation.invalid"));
        }
        Issuer issuer = null;
        if (input.issuerId() == null) {
            errors.add(new FieldError("issuerId", "validation.required"));
        } else {
            issuer = issuer(input.issuerId(), scope).orElse(null);
            if (issuer == null) {
                errors.add(new FieldError("issuerId", "document.issuer.outOfScope"));
            }
        }
        if (issuer != null && byCongress && issuer.department()) {
            errors.add(new FieldError("byCongress", "document.congress.department"));
        }
        boolean dateValid = validateCommon(input.issuedOn(), input.summary(), errors);
        CommitteeTerm term = null;
        if (issuer != null && dateValid && !(byCongress && issuer.department())) {
            term = (byCongress
                            ? terms.openedByCongressSitting(issuer.id(), input.issuedOn())
                            : terms.covering(issuer.id(), input.issuedOn()))
                    .orElse(null);
            if (term == null) {
                errors.add(new FieldError("issuedOn", byCongress ? "document.congress.none" : "document.term.none"));
            }
        }
        if (issuer != null) {
            validateRecipients(input.recipientIds(), issuer.areaId(), scope, errors);
        }
        validateBasis(input.basisIds(), scope, errors);
        throwIfAny(errors);

        String series = byCongress ? CONGRESS_CODE : input.typeCode();
        int sequence = nextNumber(issuer.id(), term, series);
        String code = byCongress ? CONGRESS_CODE : issuer.code();
        long id = insert(
                new Numbered(
                        input.typeCode(),
                        sequence,
                        issuer.id(),
                        code,
                        null,
                        number(sequence, input.typeCode(), code),
                        term.id(),
                        byCongress),
                input,
                null,
                issuer.name());
        return afterInsert(id, input.basisIds(), input.recipientIds(), issuer.id());
    }

    /** A printed number: the sequence with two digits at least, the type code, the issuer code (05-CT/TW). */
    static String number(int sequence, String typeCode, String issuerCode) {
        return "%02d-%s/%s".formatted(sequence, typeCode, issuerCode);
    }

    /** Registers a document received from outside the tree, with its printed number; a number is registered once. */
    @Transactional
    public DocumentView register(ExternalDocument input, Scope scope) {
        var errors = new ArrayList<FieldError>();
        var matcher =
                input.number() == null ? null : NUMBER.matcher(input.number().strip());
        if (input.number() == null || input.number().isBlank()) {
            errors.add(new FieldError("number", "validation.required"));
        } else if (!matcher.matches()) {
            errors.add(new FieldError("number", "document.number.invalid"));
        } else if (!typeExists(matcher.group(2))) {
            errors.add(new FieldError("number", "document.number.unknownType"));
        }
        if (input.issuerName() == null || input.issuerName().isBlank()) {
            errors.add(new FieldError("issuerName", "validation.required"));
        } else if (input.issuerName().length() > 300) {
            errors.add(new FieldError("issuerName", "validation.tooLong"));
        }
        Issuer registrar = null;
        if (input.registeredById() != null) {
            registrar = issuer(input.registeredById(), scope).orElse(null);
            if (registrar == null) {
                errors.add(new FieldError("registeredById", "document.issuer.outOfScope"));
            }
        } else if (!scope.unrestricted()) {
            errors.add(new FieldError("registeredById", "validation.required"));
        }
        validateCommon(input.issuedOn(), input.summary(), errors);
        if (registrar != null) {
            validateRecipients(input.recipientIds(), registrar.id(), scope, errors);
        } else if (input.recipientIds() != null && !input.recipientIds().isEmpty() && scope.unrestricted()) {
            validateRecipients(input.recipientIds(), null, scope, errors);
        }
        validateBasis(input.basisIds(), scope, errors);
        if (errors.isEmpty() && numberTaken(matcher.group(0), input.issuedOn().getYear(), input.registeredById())) {
            errors.add(new FieldError("number", "document.number.duplicate"));
        }
        throwIfAny(errors);

        String number = matcher.group(0);
        var common = new NewDocument(
                matcher.group(2),
                null,
                input.issuedOn(),
                input.summary(),
                input.bodyHtml(),
                input.basisIds(),
                input.recipientIds(),
                false);
        long id;
        try {
            id = insert(
                    new Numbered(
                            matcher.group(2),
                            Integer.parseInt(matcher.group(1)),
                            null,
                            matcher.group(3),
                            input.issuerName().strip(),
                            number,
                            null,
                            false),
                    common,
                    input.registeredById(),
                    input.issuerName().strip());
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("number", "document.number.duplicate");
        }
        return afterInsert(id, input.basisIds(), input.recipientIds(), input.registeredById());
    }

    /**
     * Puts in a document with the number it already has (the demo data's documents, issued before the system). The
     * counter of its term moves up to the number, so the next issued number of that term follows it.
     */
    @Transactional
    DocumentView issueNumbered(NewDocument input, int sequence) {
        var issuer = issuer(input.issuerId(), Scope.everything()).orElseThrow();
        var term = terms.covering(issuer.id(), input.issuedOn())
                .orElseThrow(() -> new InvalidInputException("issuedOn", "document.term.none"));
        jdbc.sql("""
                        INSERT INTO document_counter (issuer_id, term_id, series, last_no) VALUES (:issuer, :term, :type, :no)
                        ON CONFLICT (issuer_id, term_id, series)
                        DO UPDATE SET last_no = GREATEST(document_counter.last_no, EXCLUDED.last_no)
                        """)
                .param("issuer", issuer.id())
                .param("term", term.id())
                .param("type", input.typeCode())
                .param("no", sequence)
                .update();
        long id = insert(
                new Numbered(
                        input.typeCode(),
                        sequence,
                        issuer.id(),
                        issuer.code(),
                        null,
                        number(sequence, input.typeCode(), issuer.code()),
                        term.id(),
                        false),
                input,
                null,
                issuer.name());
        return afterInsert(id, input.basisIds(), input.recipientIds(), issuer.id());
    }

    /** Finds a document by its issuer (null: from outside), full number and year, for the demo data. */
    Optional<Long> findByNumber(Long issuerId, String number, int year) {
        return jdbc.sql("SELECT id FROM document WHERE issuer_id IS NOT DISTINCT FROM :issuer AND number_text = :number"
                        + " AND year = :year")
                .param("issuer", issuerId)
                .param("number", number)
                .param("year", year)
                .query(Long.class)
                .optional();
    }

    /** Records that a document implements (is based on) another; a link that would close a cycle is refused. */
    @Transactional
    public void linkBasis(long documentId, long basisId, Scope scope) {
        var document = getEditable(documentId, scope);
        if (find(basisId, Visibility.of(scope)).isEmpty()) {
            throw new InvalidInputException("basisId", "document.basis.notFound");
        }
        // One linker at a time: two links made at once could each pass the cycle check and close a cycle together.
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('document_basis'))")
                .query()
                .singleRow();
        if (documentId == basisId || ancestorIds(basisId).contains(documentId)) {
            throw new InvalidInputException("basisId", "document.basis.cycle");
        }
        jdbc.sql("INSERT INTO document_basis (document_id, basis_id) VALUES (:document, :basis) ON CONFLICT DO NOTHING")
                .param("document", documentId)
                .param("basis", basisId)
                .update();
        audit.updated(
                "Document",
                documentId,
                document.issuerId() != null ? document.issuerId() : document.registeredById(),
                null,
                Map.of("basisAdded", basisId));
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
                        FROM member m
                        JOIN organization c ON c.id = m.cell_id
                        JOIN organization o ON o.path @> c.path
                        JOIN document_recipient dr ON dr.organization_id = o.id
                        JOIN document d ON d.id = dr.document_id
                        LEFT JOIN document_read r ON r.document_id = d.id AND r.member_id = m.id
                        WHERE m.id = :member AND r.studied_at IS NULL
                        GROUP BY d.id, d.number_text, d.summary, d.issued_on, r.read_at
                        ORDER BY max(dr.received_at) DESC, d.issued_on DESC, d.id DESC
                        LIMIT :limit
                        """)
                .param("member", memberId)
                .param("limit", limit)
                .query(DocumentToStudy.class)
                .list();
    }

    /** Every document above this one (what it implements, what that implements, ...) and every one below it. */
    Cascade cascade(long id, Visibility visibility) {
        get(id, visibility);
        var up = jdbc.sql("""
                        WITH RECURSIVE up (id, via_id, depth) AS (
                            SELECT b.basis_id, b.document_id, 1 FROM document_basis b WHERE b.document_id = :id
                            UNION
                            SELECT b.basis_id, b.document_id, up.depth + 1 FROM document_basis b
                            JOIN up ON b.document_id = up.id WHERE up.depth < 50
                        )
                        SELECT d.id, up.via_id, MAX(up.depth) AS depth, d.number_text AS number, d.type_code,
                               COALESCE(i.name, d.external_issuer_name) AS issuer_name, d.issued_on, d.summary
                        FROM up JOIN document d ON d.id = up.id LEFT JOIN organization i ON i.id = d.issuer_id
                        WHERE """ + " " + visibility.sql("d") + """
                         GROUP BY d.id, up.via_id, d.number_text, d.type_code, i.name, d.external_issuer_name,
                                  d.issued_on, d.summary
                        ORDER BY depth DESC, d.issued_on, d.id
                        """)
                .param("id", id)
                .params(visibility.parameters())
                .query(CascadeNode.class)
                .list();
        var down = jdbc.sql("""
                        WITH RECURSIVE down (id, via_id, depth, trail) AS (
                            SELECT b.document_id, b.basis_id, 1, ARRAY[b.document_id]
                            FROM document_basis b WHERE b.basis_id = :id
                            UNION ALL
                            SELECT b.document_id, b.basis_id, down.depth + 1, down.trail || b.document_id
                            FROM document_basis b JOIN down ON b.basis_id = down.id
                            WHERE down.depth < 50 AND NOT b.document_id = ANY (down.trail)
                        )
                        SELECT d.id, down.via_id, down.depth, d.number_text AS number, d.type_code,
                               COALESCE(i.name, d.external_issuer_name) AS issuer_name, d.issued_on, d.summary
                        FROM down JOIN document d ON d.id = down.id LEFT JOIN organization i ON i.id = d.issuer_id
                        WHERE """ + " " + visibility.sql("d") + """
                         ORDER BY down.trail
                        """)
                .param("id", id)
                .params(visibility.parameters())
                .query(CascadeNode.class)
                .list();
        return new Cascade(up, down);
    }

    /** The documents matching the criteria, newest first; words of {@code text} must all occur, accents ignored. */
    SearchResult search(SearchCriteria criteria, Visibility visibility) {
        var where = new StringBuilder(visibility.sql("d"));
        var params = new java.util.HashMap<String, Object>(visibility.parameters());
        if (criteria.text() != null && !criteria.text().isBlank()) {
            int n = 0;
            for (String word : criteria.text().strip().split("\\s+")) {
                where.append(" AND d.search_text LIKE '%' || fold_vi(:w")
                        .append(n)
                        .append(") || '%'");
                params.put("w" + n++, escapeLike(word));
            }
        }
        if (criteria.number() != null && !criteria.number().isBlank()) {
            where.append(" AND fold_vi(d.number_text) LIKE '%' || fold_vi(:number) || '%'");
            params.put("number", escapeLike(criteria.number().strip()));
        }
        if (criteria.typeCode() != null && !criteria.typeCode().isBlank()) {
            where.append(" AND d.type_code = :type");
            params.put("type", criteria.typeCode());
        }
        if (criteria.issuerId() != null) {
            where.append(" AND d.issuer_id = :issuer");
            params.put("issuer", criteria.issuerId());
        }
        if (criteria.termId() != null) {
            where.append(" AND d.term_id = :term");
            params.put("term", criteria.termId());
        }
        if (criteria.from() != null) {
            where.append(" AND d.issued_on >= :from");
            params.put("from", criteria.from());
        }
        if (criteria.to() != null) {
            where.append(" AND d.issued_on <= :to");
            params.put("to", criteria.to());
        }
        int size = criteria.size() <= 0 ? 20 : Math.min(criteria.size(), 100);
        int page = Math.max(criteria.page(), 1);
        long total = jdbc.sql("SELECT count(*) FROM document d WHERE " + where)
                .params(params)
                .query(Long.class)
                .single();
        var items = jdbc.sql("SELECT " + COLUMNS + " FROM " + FROM + " WHERE " + where
                        + " ORDER BY d.issued_on DESC, d.id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", size)
                .param("offset", (long) (page - 1) * size)
                .query(DocumentView.class)
                .list();
        int pages = (int) Math.max(1, (total + size - 1) / size);
        return new SearchResult(items, total, page, pages);
    }

    /**
     * The documents the reader may see that carry exactly this number (case and accents ignored), narrowed to one
     * issuer and to the term that the day {@code on} falls in, when given. A number alone is not a key: every committee
     * numbers from 01 in every term, so a bare number may match several documents, and all of them are returned.
     * For a congress's documents the congress's own days count as its term; for a number without a term (registered
     * from outside, or numbered per year before terms were recorded), its year.
     */
    List<DocumentView> byNumber(String number, Long issuerId, LocalDate on, Visibility visibility) {
        if (number == null || number.isBlank()) {
            throw new InvalidInputException("number", "validation.required");
        }
        var where = new StringBuilder("fold_vi(d.number_text) = fold_vi(:number) AND ").append(visibility.sql("d"));
        var params = new java.util.HashMap<String, Object>(visibility.parameters());
        params.put("number", number.strip());
        if (issuerId != null) {
            where.append(" AND d.issuer_id = :issuer");
            params.put("issuer", issuerId);
        }
        if (on != null) {
            where.append(" AND ").append("""
                    CASE WHEN d.term_id IS NULL THEN d.year = extract(year FROM CAST(:on AS date))
                     ELSE EXISTS (SELECT 1 FROM organization_term_span s WHERE s.id = d.term_id
                        AND CAST(:on AS date) >= CASE WHEN d.congress THEN s.congress_opened_on ELSE s.starts_on END
                        AND (s.ends_on IS NULL OR CAST(:on AS date) <= s.ends_on)) END""");
            params.put("on", on);
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM " + FROM + " WHERE " + where
                        + " ORDER BY d.issued_on DESC, d.id DESC LIMIT 100")
                .params(params)
                .query(DocumentView.class)
                .list();
    }

    /** The organizations a document was sent to, those the scope covers or all when the scope may read them. */
    List<Recipient> recipients(long documentId) {
        return jdbc.sql("""
                        SELECT o.id, o.name, dr.received_at FROM document_recipient dr
                        JOIN organization o ON o.id = dr.organization_id
                        WHERE dr.document_id = :id ORDER BY o.name COLLATE vi_icu
                        """).param("id", documentId).query(Recipient.class).list();
    }

    private Optional<Issuer> issuer(long id, Scope scope) {
        return jdbc.sql(
                        "SELECT o.id, o.name, o.code, o.kind = 'DEPARTMENT' AS department, CASE WHEN o.kind = 'DEPARTMENT' AND o.parent_id IS NOT NULL "
                                + "THEN o.parent_id ELSE o.id END AS area_id FROM organization o "
                                + "WHERE o.id = :id AND o.closed_on IS NULL AND " + scope.covers("o.path"))
                .param("id", id)
                .params(scope.parameters())
                .query(Issuer.class)
                .optional();
    }

    /**
     * The next number of a series (a type, or the congress's) of the issuer in the term. The counter row is taken with
     * INSERT ... ON CONFLICT DO UPDATE in the issuing transaction: its lock serializes concurrent issuers, and a
     * rolled-back issue rolls the counter back too, so there is no gap and no duplicate. A series that starts in a
     * term continues after the numbers the issuer gave that type, on the term's days, before the term was recorded.
     */
    private int nextNumber(long issuerId, CommitteeTerm term, String series) {
        return jdbc.sql("""
                        INSERT INTO document_counter (issuer_id, term_id, series, last_no)
                        SELECT :issuer, :term, :series, COALESCE(max(d.sequence_no), 0) + 1 FROM document d
                        WHERE d.issuer_id = :issuer AND d.term_id IS NULL AND d.type_code = :series
                          AND d.issued_on >= :startsOn AND d.issued_on <= COALESCE(:endsOn, DATE 'infinity')
                        ON CONFLICT (issuer_id, term_id, series) DO UPDATE SET last_no = document_counter.last_no + 1
                        RETURNING last_no
                        """)
                .param("issuer", issuerId)
                .param("term", term.id())
                .param("series", series)
                .param("startsOn", term.startsOn())
                .param("endsOn", term.endsOn(), Types.DATE)
                .query(Integer.class)
                .single();
    }

    private long insert(Numbered numbered, NewDocument input, Long registeredById, String issuerName) {
        String body = sanitize(input.bodyHtml());
        String typeName = jdbc.sql("SELECT name_vi || ' ' || name_en FROM document_type WHERE code = :code")
                .param("code", numbered.typeCode())
                .query(String.class)
                .single();
        String extra = typeName + " " + issuerName + " "
                + (body == null ? "" : Jsoup.parse(body).text());
        return jdbc.sql("""
                        INSERT INTO document (type_code, sequence_no, year, issuer_id, issuer_code, external_issuer_name,
                                              number_text, issued_on, summary, body_html, registered_by_id, search_extra,
                                              term_id, congress)
                        VALUES (:type, :sequence, :year, :issuer, :issuerCode, :externalName, :number, :issuedOn,
                                :summary, :body, :registeredBy, :extra, :term, :congress)
                        RETURNING id
                        """)
                .param("type", numbered.typeCode())
                .param("sequence", numbered.sequence())
                .param("year", input.issuedOn().getYear())
                .param("issuer", numbered.issuerId())
                .param("issuerCode", numbered.issuerCode())
                .param("externalName", numbered.externalIssuerName())
                .param("number", numbered.number())
                .param("term", numbered.termId(), Types.BIGINT)
                .param("congress", numbered.congress())
                .param("issuedOn", input.issuedOn())
                .param("summary", input.summary().strip())
                .param("body", body)
                .param("registeredBy", registeredById)
                .param("extra", extra)
                .query(Long.class)
                .single();
    }

    private DocumentView afterInsert(long id, List<Long> basisIds, List<Long> recipientIds, Long organizationId) {
        for (Long basis : distinct(basisIds)) {
            jdbc.sql("INSERT INTO document_basis (document_id, basis_id) VALUES (:id, :basis)")
                    .param("id", id)
                    .param("basis", basis)
                    .update();
        }
        for (Long recipient : distinct(recipientIds)) {
            jdbc.sql("INSERT INTO document_recipient (document_id, organization_id) VALUES (:id, :org)")
                    .param("id", id)
                    .param("org", recipient)
                    .update();
        }
        var document = find(id, Visibility.of(Scope.everything())).orElseThrow();
        audit.created("Document", id, organizationId, document.toSummary());
        events.publishEvent(new DocumentIssued(
                id,
                document.number(),
                document.typeCode(),
                document.issuerId(),
                document.issuedOn(),
                document.summary(),
                distinct(basisIds),
                distinct(recipientIds)));
        return document;
    }

    /** Keeps the formatting of a rich-text body and drops scripts, event handlers and anything else unsafe. */
    static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        return Jsoup.clean(html, Safelist.relaxed());
    }

    private boolean typeExists(String code) {
        return jdbc.sql("SELECT count(*) FROM document_type WHERE code = :code")
                        .param("code", code)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Whether the registering organization has already registered this number (each registers its own copy). */
    private boolean numberTaken(String number, int year, Long registeredById) {
        return jdbc.sql("SELECT count(*) FROM document WHERE issuer_id IS NULL AND fold_vi(number_text) = "
                                + "fold_vi(:number) AND year = :year"
                                + " AND registered_by_id IS NOT DISTINCT FROM :registeredBy")
                        .param("number", number)
                        .param("year", year)
                        .param("registeredBy", registeredById, Types.BIGINT)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private List<Long> ancestorIds(long id) {
        return jdbc.sql("""
                        WITH RECURSIVE up (id) AS (
                            SELECT :id::bigint
                            UNION
                            SELECT b.basis_id FROM document_basis b JOIN up ON b.document_id = up.id
                        )
                        SELECT id FROM up
                        """).param("id", id).query(Long.class).list();
    }

    /** Checks the date and summary; true when the date is usable (present, not before 1930, not in the future). */
    private static boolean validateCommon(LocalDate issuedOn, String summary, List<FieldError> errors) {
        boolean dateValid = false;
        if (issuedOn == null) {
            errors.add(new FieldError("issuedOn", "validation.required"));
        } else if (issuedOn.getYear() < 1930) {
            errors.add(new FieldError("issuedOn", "validation.invalid"));
        } else if (issuedOn.isAfter(LocalDate.now(ZONE))) {
            errors.add(new FieldError("issuedOn", "document.issuedOn.future"));
        } else {
            dateValid = true;
        }
        if (summary == null || summary.isBlank()) {
            errors.add(new FieldError("summary", "validation.required"));
        } else if (summary.length() > 2000) {
            errors.add(new FieldError("summary", "validation.tooLong"));
        }
        return dateValid;
    }

    /** Recipients must lie in the scope and under the issuer (for a department, under its committee). */
    private void validateRecipients(List<Long> recipientIds, Long areaId, Scope scope, List<FieldError> errors) {
        var ids = distinct(recipientIds);
        if (ids.isEmpty()) {
            return;
        }
        long found = jdbc.sql("SELECT count(*) FROM organization r WHERE r.id IN (:ids) AND r.closed_on IS NULL AND "
                        + scope.covers("r.path")
                        + (areaId == null
                                ? ""
                                : " AND r.path <@ (SELECT a.path FROM organization a WHERE a.id = :area)"))
                .param("ids", ids)
                .param("area", areaId)
                .params(scope.parameters())
                .query(Long.class)
                .single();
        if (found != ids.size()) {
            errors.add(new FieldError("recipientIds", "document.recipients.outOfScope"));
        }
    }

    private void validateBasis(List<Long> basisIds, Scope scope, List<FieldError> errors) {
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

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static List<Long> distinct(List<Long> ids) {
        return ids == null
                ? List.of()
                : List.copyOf(new LinkedHashSet<>(
                        ids.stream().filter(java.util.Objects::nonNull).toList()));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** @param areaId the committee the issuer speaks for: itself, or for a department the committee it serves */
    private record Issuer(long id, String name, String code, boolean department, long areaId) {}

    /** How a document is numbered: by the system in a term, or as printed (no term) when it came from outside. */
    private record Numbered(
            String typeCode,
            int sequence,
            Long issuerId,
            String issuerCode,
            String externalIssuerName,
            String number,
            Long termId,
            boolean congress) {}

    /** A document as pages and the API show it. {@code external} when registered from outside the tree. */
    public record DocumentView(
            long id,
            String number,
            String typeCode,
            String typeNameVi,
            String typeNameEn,
            @Schema(nullable = true) Long issuerId,
            String issuerName,
            @Schema(nullable = true) String issuerCode,
            boolean external,
            LocalDate issuedOn,
            String summary,
            @Schema(nullable = true) String bodyHtml,
            @Schema(nullable = true) Long registeredById,
            @Schema(nullable = true) String registeredByName,
            OffsetDateTime createdAt,
            @Schema(nullable = true) Long termId,
            @Schema(nullable = true) Integer termOrdinal,
            boolean congress) {

        /** The congress ordinal of the term its number belongs to (XXVIII), or null for a number without a term. */
        public String termLabel() {
            return termOrdinal == null ? null : CommitteeTerm.roman(termOrdinal);
        }

        public DocumentSummary toSummary() {
            return new DocumentSummary(id, number, typeCode, issuerId, issuerName, issuedOn, summary);
        }
    }

    /**
     * A document to issue; its number is given by the system.
     *
     * @param byCongress issued by the congress of the issuing committee (Nghị quyết Đại hội): numbered in the
     *     congress's sequence shared by all types, 01-NQ/ĐH; the issue date must be one of the congress's days
     */
    public record NewDocument(
            String typeCode,
            Long issuerId,
            LocalDate issuedOn,
            @Schema(maxLength = 2000) String summary,
            String bodyHtml,
            List<Long> basisIds,
            List<Long> recipientIds,
            Boolean byCongress) {

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

    /**
     * A document received from outside the tree (Bộ Chính trị, Ban Bí thư, ...), with its printed number.
     *
     * @param registeredById the organization in the tree that registers it and may send it on
     */
    public record ExternalDocument(
            String number,
            @Schema(maxLength = 300) String issuerName,
            LocalDate issuedOn,
            @Schema(maxLength = 2000) String summary,
            String bodyHtml,
            Long registeredById,
            List<Long> basisIds,
            List<Long> recipientIds) {}

    public record DocumentType(String code, String nameVi, String nameEn) {}

    public record OrganizationOption(long id, String name, String code, String kind, int depth) {}

    public record Recipient(long id, String name, OffsetDateTime receivedAt) {}

    public record SearchCriteria(
            String text,
            String number,
            String typeCode,
            Long issuerId,
            Long termId,
            LocalDate from,
            LocalDate to,
            int page,
            int size) {}

    public record SearchResult(List<DocumentView> items, long total, int page, int pages) {}

    /**
     * One document of a cascade.
     *
     * @param viaId the document it was reached from (the one implementing it going up, its basis going down)
     * @param depth how many links away from the document the cascade is of
     */
    public record CascadeNode(
            long id,
            long viaId,
            int depth,
            String number,
            String typeCode,
            String issuerName,
            LocalDate issuedOn,
            String summary) {}

    /** @param up the bases, roots first; @param down the implementing documents, depth first */
    public record Cascade(List<CascadeNode> up, List<CascadeNode> down) {}
}
