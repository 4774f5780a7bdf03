package vn.neuguong.campaign;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.directive.DocumentIssued;
import vn.neuguong.directive.Documents;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.CurrentActor;
import vn.neuguong.shared.NotFoundException;
import vn.neuguong.web.FileStorage;

/**
 * The ways an obligation is fulfilled: by hand (a note, maybe a file) or by a document recorded in the system. One
 * act fulfils every line of the obligation's refinement chain, so a ward's conference answers its district's line
 * and the city's alike.
 */
@Component
class Fulfilments {

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

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final FileStorage files;
    private final Documents documents;
    private final Obligations obligations;
    private final QuotaActs quotaActs;

    Fulfilments(
            JdbcClient jdbc,
            AuditLog audit,
            FileStorage files,
            Documents documents,
            Obligations obligations,
            QuotaActs quotaActs) {
        this.jdbc = jdbc;
        this.quotaActs = quotaActs;
        this.audit = audit;
        this.files = files;
        this.documents = documents;
        this.obligations = obligations;
    }

    /** A file uploaded with the "mark done" form. */
    public record Upload(String filename, InputStream content) {}

    /**
     * Marks an obligation of an organization in the scope done by hand, as the caller read it at {@code version},
     * and with it every line of its refinement chain. The note (checked at the edge: required, at most 4000
     * characters) is kept; the file, if any, is stored first and removed again if the change does not commit. An
     * obligation changed since answers 409.
     */
    @Transactional
    public Obligation markDone(
            long id, int version, LocalDate fulfilledOn, String note, Upload upload, Scope scope, LocalDate today) {
        obligations.find(id, scope).orElseThrow(() -> new NotFoundException("Obligation", id));
        lockChains(List.of(id));
        var current = read(id);
        LocalDate on = fulfilledOn == null ? today : fulfilledOn;
        // checked before the file is stored, so that a refused change leaves no file behind
        current.markDone(on, today, note, null, null, CurrentActor.name());
        var quotaUnit = quotaActs.unitOf(current);
        if (quotaUnit.isPresent()) {
            quotaActs.check(current, on);
        }
        if (current.version() != version) {
            throw new ConflictException("campaign.version.staleObligation");
        }
        String key = null;
        String name = null;
        if (upload != null) {
            name = upload.filename() == null || upload.filename().isBlank() ? "attachment" : upload.filename();
            key = files.store("obligations", name, upload.content());
        }
        try {
            var done = current.markDone(on, today, note.strip(), key, name, CurrentActor.name());
            var act = new Act(done.fulfilledOn(), null, done.note(), key, name, done.fulfilledBy());
            if (quotaUnit.isPresent() && quotaActs.record(current, quotaUnit.get(), act) < current.actsOwed()) {
                var counted = read(id);
                audit.updated("Obligation", id, current.organizationId(), current, counted);
                return counted;
            }
            for (var line : fulfil(List.of(id), act)) {
                if (line.id() == id) {
                    audit.updated("Obligation", id, current.organizationId(), current, done);
                } else {
                    audit.updated("Obligation", line.id(), line.organizationId(), null, act.describe(id));
                }
            }
            return quotaUnit.isPresent() ? read(id) : done;
        } catch (RuntimeException e) {
            if (key != null) {
                files.delete(key);
            }
            throw e;
        }
    }

    private Obligation read(long id) {
        return jdbc.sql("SELECT " + Obligations.COLUMNS + " FROM obligation ob WHERE ob.id = :id")
                .param("id", id)
                .query(Obligation.class)
                .single();
    }

    private static final Set<String> NOT_PLANS = Set.of("BC", "BB", "TB");

    /**
     * An implementing document was issued: it fulfils its issuer's ISSUE_PLAN obligations it implements. A report,
     * minutes or a notice citing the campaign's document (a review, a report on it) answers it but implements nothing.
     */
    @EventListener
    @Transactional
    public void on(DocumentIssued event) {
        if (event.issuerId() != null
                && !NOT_PLANS.contains(event.typeCode())
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
     * Every open line of the refinement chains through {@code ids} is marked done with the same date and evidence;
     * the lines of the same organizations due some days after one of them get their due day ({@link #startDays}).
     */
    List<Line> fulfil(Collection<Long> ids, Act act) {
        lockChains(ids);
        var lines = jdbc.sql(CHAIN_CTE + """
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
        if (!lines.isEmpty()) {
            startDays(lines.stream().map(Line::id).toList(), act.on());
        }
        return lines;
    }

    /**
     * The event happened: each awaiting line of the same organization due {@code days_after} the lines {@code
     * events} is due that many days after the act, never after its latest day.
     */
    private void startDays(List<Long> events, LocalDate on) {
        var started = jdbc.sql("""
                        UPDATE obligation w
                        SET due_on = LEAST(r.due_on, :on + r.days_after), awaiting_event = false, version = w.version + 1
                        FROM obligation e, campaign_requirement r
                        WHERE e.id IN (:events) AND r.after_requirement_id = e.requirement_id
                          AND w.requirement_id = r.id AND w.organization_id = e.organization_id AND w.awaiting_event
                        RETURNING w.id, w.organization_id, w.due_on
                        """)
                .param("events", events)
                .param("on", on)
                .query(Started.class)
                .list();
        started.forEach(line -> audit.updated(
                "Obligation", line.id(), line.organizationId(), null, Map.of("dueOn", line.dueOn(), "eventOn", on)));
    }

    /** A line due after an event, with the due day the event's act gave it. */
    private record Started(long id, long organizationId, LocalDate dueOn) {}
}
