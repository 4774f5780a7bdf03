package vn.neuguong.campaign;

import io.swagger.v3.oas.annotations.media.Schema;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.directive.DocumentIssued;
import vn.neuguong.directive.Documents;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.CurrentActor;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.InvalidInputException.FieldError;
import vn.neuguong.shared.NotFoundException;
import vn.neuguong.web.FileStorage;

/** The obligations of organizations in the scope, and the ways they are fulfilled. */
@Repository
public class Obligations {

    static final String COLUMNS = "ob.id, ob.campaign_id, ob.requirement_id, ob.organization_id, ob.kind, ob.due_on, "
            + "ob.fulfilled_on, ob.evidence_document_id, ob.note, ob.attachment_key, ob.attachment_name, "
            + "ob.fulfilled_by, ob.refines_obligation_id, ob.version";

    /**
     * The refinement chains through the obligations {@code :ids}: the lines each one refines, up to the first, and
     * every line refining those. Each chain is one organization's lines for one act.
     */
    static final String CHAIN_CTE = """
            WITH RECURSIVE up AS (
                SELECT id, refines_obligation_id FROM obligation WHERE id IN (:ids)
                UNION
                SELECT p.id, p.refines_obligation_id FROM obligation p JOIN up ON p.id = up.refines_obligation_id
            ), chain AS (
                SELECT id FROM up
                UNION
                SELECT k.id FROM obligation k JOIN chain ON k.refines_obligation_id = chain.id
            )
            """;

    static final int MAX_PAGE_SIZE = 500;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final FileStorage files;
    private final Documents documents;

    Obligations(JdbcClient jdbc, AuditLog audit, FileStorage files, Documents documents) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.files = files;
        this.documents = documents;
    }

    /**
     * One obligation as a list shows it, with its status on the filter's date.
     *
     * @param refinesObligationId the parent campaign's line this one tightens, fulfilled with it
     */
    public record ObligationRow(
            long id,
            long campaignId,
            String campaignTitle,
            long requirementId,
            long organizationId,
            String organizationName,
            ObligationKind kind,
            @Schema(nullable = true) String label,
            LocalDate dueOn,
            @Schema(nullable = true) LocalDate fulfilledOn,
            @Schema(nullable = true) String evidenceNumber,
            @Schema(nullable = true) String note,
            @Schema(nullable = true) String attachmentName,
            @Schema(nullable = true) Long refinesObligationId,
            ObligationStatus status) {}

    /**
     * Which obligations to list; every field is optional but the page (from 1) and its size, and the date that
     * stands for "as of" when none is given.
     *
     * @param openOnly only those not done on the date
     */
    public record Filter(
            Long campaignId,
            Long organizationId,
            ObligationStatus status,
            boolean openOnly,
            LocalDate asOf,
            LocalDate today,
            int page,
            int size) {

        LocalDate date() {
            return asOf == null ? today : asOf;
        }
    }

    /** One page of obligations and how many match in all. */
    public record ObligationPage(List<ObligationRow> items, int page, int size, long total) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /**
     * Obligations of organizations inside the scope, by due date. An organization outside the scope is not found,
     * like one that does not exist. Across campaigns a line refined by a cascade's line is left out: the
     * organization owes one task for the act, the refining line with the tightest deadline.
     */
    public ObligationPage list(Filter filter, Scope scope) {
        var errors = new ArrayList<FieldError>();
        if (filter.page() < 1) {
            errors.add(new FieldError("page", "validation.invalid", null, filter.page()));
        }
        if (filter.size() < 1 || filter.size() > MAX_PAGE_SIZE) {
            errors.add(new FieldError("size", "validation.invalid", null, filter.size()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (filter.organizationId() != null && !organizationInScope(filter.organizationId(), scope)) {
            throw new NotFoundException("Organization", filter.organizationId());
        }
        String status = ObligationStatus.sql("ob", "asOf");
        var where = new StringBuilder(" WHERE ").append(scope.covers("o.path"));
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("asOf", filter.date());
        if (filter.campaignId() != null) {
            where.append(" AND ob.campaign_id = :campaign");
            params.put("campaign", filter.campaignId());
        } else {
            where.append(" AND NOT EXISTS (SELECT 1 FROM obligation k WHERE k.refines_obligation_id = ob.id)");
        }
        if (filter.organizationId() != null) {
            where.append(" AND ob.organization_id = :org");
            params.put("org", filter.organizationId());
        }
        if (filter.status() != null) {
            where.append(" AND ").append(status).append(" = :status");
            params.put("status", filter.status().name());
        }
        if (filter.openOnly()) {
            where.append(" AND ").append(status).append(" IN ('NOT_YET_DUE', 'OVERDUE')");
        }
        String from = " FROM obligation ob JOIN organization o ON o.id = ob.organization_id";
        long total = jdbc.sql("SELECT count(*)" + from + where)
                .params(params)
                .query(Long.class)
                .single();
        var items = jdbc.sql("SELECT ob.id, ob.campaign_id, c.title AS campaign_title, ob.requirement_id, "
                        + "ob.organization_id, organization_label(o.id) AS organization_name, ob.kind, r.label, ob.due_on, "
                        + "ob.fulfilled_on, d.number_text AS evidence_number, ob.note, ob.attachment_name, "
                        + "ob.refines_obligation_id, " + status + " AS status" + from
                        + " JOIN campaign c ON c.id = ob.campaign_id"
                        + " JOIN campaign_requirement r ON r.id = ob.requirement_id"
                        + " LEFT JOIN document d ON d.id = ob.evidence_document_id" + where
                        + " ORDER BY ob.due_on, o.path, ob.id LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", filter.size())
                .param("offset", (long) (filter.page() - 1) * filter.size())
                .query(ObligationRow.class)
                .list();
        return new ObligationPage(items, filter.page(), filter.size(), total);
    }

    private boolean organizationInScope(long organizationId, Scope scope) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM organization o WHERE o.id = :id AND " + scope.covers("o.path")
                        + ")")
                .param("id", organizationId)
                .params(scope.parameters())
                .query(Boolean.class)
                .single();
    }

    public Optional<Obligation> find(long id, Scope scope) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM obligation ob JOIN organization o ON o.id = ob.organization_id "
                        + "WHERE ob.id = :id AND " + scope.covers("o.path"))
                .param("id", id)
                .params(scope.parameters())
                .query(Obligation.class)
                .optional();
    }

    /** A file attached when the obligation was marked done. */
    public record Attachment(String name, InputStream content) {}

    public Optional<Attachment> attachment(long id, Scope scope) {
        return find(id, scope)
                .filter(o -> o.attachmentKey() != null)
                .map(o -> new Attachment(o.attachmentName(), files.open(o.attachmentKey())));
    }

    /** A file uploaded with the "mark done" form. */
    public record Upload(String filename, InputStream content) {}

    /**
     * Marks an obligation of an organization in the scope done by hand, and with it every line of its refinement
     * chain. The note is required; the file, if any, is stored first and removed again if the change does not
     * commit.
     */
    @Transactional
    public Obligation markDone(
            long id, LocalDate fulfilledOn, String note, Upload upload, Scope scope, LocalDate today) {
        find(id, scope).orElseThrow(() -> new NotFoundException("Obligation", id));
        if (note == null || note.isBlank()) {
            throw new InvalidInputException(List.of(new FieldError("note", "validation.required")));
        }
        if (note.length() > 4000) {
            throw new InvalidInputException("note", "validation.tooLong");
        }
        lockChains(List.of(id));
        var current = jdbc.sql("SELECT " + COLUMNS + " FROM obligation ob WHERE ob.id = :id")
                .param("id", id)
                .query(Obligation.class)
                .single();
        LocalDate on = fulfilledOn == null ? today : fulfilledOn;
        // checked before the file is stored, so that a refused change leaves no file behind
        current.markDone(on, today, note, null, null, CurrentActor.name());
        String key = null;
        String name = null;
        if (upload != null) {
            name = upload.filename() == null || upload.filename().isBlank() ? "attachment" : upload.filename();
            key = files.store("obligations", name, upload.content());
        }
        try {
            var done = current.markDone(on, today, note.strip(), key, name, CurrentActor.name());
            var act = new Act(done.fulfilledOn(), null, done.note(), key, name, done.fulfilledBy());
            for (var line : fulfil(List.of(id), act)) {
                if (line.id() == id) {
                    audit.updated("Obligation", id, current.organizationId(), current, done);
                } else {
                    audit.updated("Obligation", line.id(), line.organizationId(), null, act.describe(id));
                }
            }
            return done;
        } catch (RuntimeException e) {
            if (key != null) {
                files.delete(key);
            }
            throw e;
        }
    }

    /** An implementing document was issued: it fulfils its issuer's ISSUE_PLAN obligations it implements. */
    @EventListener
    @Transactional
    public void on(DocumentIssued event) {
        if (event.issuerId() != null
                && event.basisIds() != null
                && !event.basisIds().isEmpty()) {
            recordPlan(event.documentId(), event.issuerId(), event.issuedOn(), event.basisIds());
        }
    }

    /**
     * Marks done, as of the plan's date, the open ISSUE_PLAN obligations of the issuer in launched campaigns whose
     * directing document the plan's basis is, or implements (down any chain of bases), with the lines refining them
     * or refined by them.
     *
     * @return how many obligations it fulfilled
     */
    @Transactional
    public int recordPlan(long documentId, long issuerId, LocalDate issuedOn, List<Long> basisIds) {
        var chain = new HashSet<Long>(basisIds);
        chain.addAll(documents.basesOf(basisIds));
        var answered = jdbc.sql("""
                        SELECT ob.id FROM obligation ob JOIN campaign c ON c.id = ob.campaign_id
                        WHERE c.status = 'LAUNCHED' AND ob.kind = 'ISSUE_PLAN' AND ob.fulfilled_on IS NULL
                          AND ob.organization_id = :issuer AND c.directing_document_id IN (:chain)
                        """)
                .param("chain", chain)
                .param("issuer", issuerId)
                .query(Long.class)
                .list();
        if (answered.isEmpty()) {
            return 0;
        }
        var act = new Act(issuedOn, documentId, null, null, null, "system");
        var fulfilled = fulfil(answered, act);
        for (var line : fulfilled) {
            audit.updated(
                    "Obligation",
                    line.id(),
                    line.organizationId(),
                    null,
                    Map.of("fulfilledOn", issuedOn, "evidenceDocumentId", documentId));
        }
        return fulfilled.size();
    }

    /** What fulfils an obligation: the date, the evidence (a document, or a note and a file) and who recorded it. */
    record Act(
            LocalDate on,
            Long evidenceDocumentId,
            String note,
            String attachmentKey,
            String attachmentName,
            String by) {

        Map<String, Object> describe(long through) {
            return Map.of("fulfilledOn", on, "fulfilledBy", by, "sameActAs", through);
        }
    }

    /** A line an act fulfilled. */
    record Line(long id, long organizationId) {}

    /** Locks the lines of the refinement chains through {@code ids}, in one order, against a concurrent act. */
    private void lockChains(Collection<Long> ids) {
        jdbc.sql(CHAIN_CTE + "SELECT ob.id FROM obligation ob WHERE ob.id IN (SELECT id FROM chain) "
                        + "ORDER BY ob.id FOR NO KEY UPDATE OF ob")
                .param("ids", ids)
                .query(Long.class)
                .list();
    }

    /**
     * The one way an act is recorded: every open line of the refinement chains through {@code ids} is marked done
     * with the same date and evidence, so a ward's conference fulfils its district's line and the city's alike.
     */
    private List<Line> fulfil(Collection<Long> ids, Act act) {
        lockChains(ids);
        return jdbc.sql(CHAIN_CTE + """
                        UPDATE obligation ob
                        SET fulfilled_on = :on, evidence_document_id = :doc, note = :note, attachment_key = :key,
                            attachment_name = :name, fulfilled_by = :by, version = ob.version + 1
                        FROM chain WHERE ob.id = chain.id AND ob.fulfilled_on IS NULL
                        RETURNING ob.id, ob.organization_id
                        """)
                .param("ids", ids)
                .param("on", act.on())
                .param("doc", act.evidenceDocumentId())
                .param("note", act.note())
                .param("key", act.attachmentKey())
                .param("name", act.attachmentName())
                .param("by", act.by())
                .query(Line.class)
                .list();
    }
}
