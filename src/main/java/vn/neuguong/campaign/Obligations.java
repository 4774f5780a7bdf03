package vn.neuguong.campaign;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.account.CurrentActor;
import vn.neuguong.account.Scope;
import vn.neuguong.audit.AuditLog;
import vn.neuguong.directive.DocumentIssued;
import vn.neuguong.directive.Documents;
import vn.neuguong.web.FileStorage;
import vn.neuguong.web.InvalidInputException;
import vn.neuguong.web.InvalidInputException.FieldError;
import vn.neuguong.web.NotFoundException;

/** The obligations of organizations in the scope, and the ways they are fulfilled. */
@Repository
public class Obligations {

    static final String COLUMNS = "ob.id, ob.campaign_id, ob.requirement_id, ob.organization_id, ob.kind, ob.due_on, "
            + "ob.fulfilled_on, ob.evidence_document_id, ob.note, ob.attachment_key, ob.attachment_name, "
            + "ob.fulfilled_by, ob.version";

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

    /** One obligation as a list shows it, with its status on the filter's date. */
    public record ObligationRow(
            long id,
            long campaignId,
            String campaignTitle,
            long organizationId,
            String organizationName,
            ObligationKind kind,
            String label,
            LocalDate dueOn,
            LocalDate fulfilledOn,
            String evidenceNumber,
            String note,
            String attachmentName,
            ObligationStatus status) {}

    /** Which obligations to list; every field is optional. */
    public record Filter(Long campaignId, Long organizationId, ObligationStatus status, LocalDate asOf) {

        LocalDate date() {
            return asOf == null ? LocalDate.now() : asOf;
        }
    }

    /** Obligations of organizations inside the scope (the first 500 by due date). */
    public List<ObligationRow> list(Filter filter, Scope scope) {
        String status = ObligationStatus.sql("ob", "asOf");
        var sql = new StringBuilder("SELECT ob.id, ob.campaign_id, c.title AS campaign_title, ob.organization_id, "
                + "o.name AS organization_name, ob.kind, r.label, ob.due_on, ob.fulfilled_on, "
                + "d.number_text AS evidence_number, ob.note, ob.attachment_name, " + status + " AS status "
                + "FROM obligation ob JOIN organization o ON o.id = ob.organization_id "
                + "JOIN campaign c ON c.id = ob.campaign_id "
                + "JOIN campaign_requirement r ON r.id = ob.requirement_id "
                + "LEFT JOIN document d ON d.id = ob.evidence_document_id WHERE " + scope.covers("o.path"));
        if (filter.campaignId() != null) {
            sql.append(" AND ob.campaign_id = :campaign");
        }
        if (filter.organizationId() != null) {
            sql.append(" AND ob.organization_id = :org");
        }
        if (filter.status() != null) {
            sql.append(" AND ").append(status).append(" = :status");
        }
        sql.append(" ORDER BY ob.due_on, o.path, ob.id LIMIT 500");
        var statement = jdbc.sql(sql.toString()).param("asOf", filter.date()).params(scope.parameters());
        if (filter.campaignId() != null) {
            statement = statement.param("campaign", filter.campaignId());
        }
        if (filter.organizationId() != null) {
            statement = statement.param("org", filter.organizationId());
        }
        if (filter.status() != null) {
            statement = statement.param("status", filter.status().name());
        }
        return statement.query(ObligationRow.class).list();
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
     * Marks an obligation of an organization in the scope done by hand. The note is required; the file, if any, is
     * stored first and removed again if the change does not commit.
     */
    @Transactional
    public Obligation markDone(
            long id, LocalDate fulfilledOn, String note, Upload upload, Scope scope, LocalDate today) {
        var current = jdbc.sql(
                        "SELECT " + COLUMNS + " FROM obligation ob JOIN organization o ON o.id = ob.organization_id "
                                + "WHERE ob.id = :id AND " + scope.covers("o.path") + " FOR UPDATE OF ob")
                .param("id", id)
                .params(scope.parameters())
                .query(Obligation.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Obligation", id));
        if (note == null || note.isBlank()) {
            throw new InvalidInputException(List.of(new FieldError("note", "validation.required")));
        }
        if (note.length() > 4000) {
            throw new InvalidInputException("note", "validation.tooLong");
        }
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
            jdbc.sql("""
                            UPDATE obligation SET fulfilled_on = :on, note = :note, attachment_key = :key,
                                   attachment_name = :name, fulfilled_by = :by, version = version + 1
                            WHERE id = :id
                            """)
                    .param("on", done.fulfilledOn())
                    .param("note", done.note())
                    .param("key", key)
                    .param("name", name)
                    .param("by", done.fulfilledBy())
                    .param("id", id)
                    .update();
            audit.updated("Obligation", id, current.organizationId(), current, done);
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
     * directing document the plan's basis is, or implements (down any chain of bases).
     *
     * @return how many obligations it fulfilled
     */
    @Transactional
    public int recordPlan(long documentId, long issuerId, LocalDate issuedOn, List<Long> basisIds) {
        var chain = new java.util.HashSet<Long>(basisIds);
        chain.addAll(documents.basesOf(basisIds));
        var fulfilled = jdbc.sql("""
                        UPDATE obligation ob
                        SET fulfilled_on = :on, evidence_document_id = :doc, fulfilled_by = 'system', version = ob.version + 1
                        FROM campaign c
                        WHERE c.id = ob.campaign_id AND c.status = 'LAUNCHED' AND ob.kind = 'ISSUE_PLAN'
                          AND ob.fulfilled_on IS NULL AND ob.organization_id = :issuer
                          AND c.directing_document_id IN (:chain)
                        RETURNING ob.id
                        """)
                .param("chain", chain)
                .param("on", issuedOn)
                .param("doc", documentId)
                .param("issuer", issuerId)
                .query(Long.class)
                .list();
        for (Long id : fulfilled) {
            audit.updated(
                    "Obligation",
                    id,
                    issuerId,
                    null,
                    java.util.Map.of("fulfilledOn", issuedOn, "evidenceDocumentId", documentId));
        }
        return fulfilled.size();
    }
}
