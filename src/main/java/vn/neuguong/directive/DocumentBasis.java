package vn.neuguong.directive;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.InvalidInputException;

/**
 * The basis links (căn cứ, thực hiện) between documents: the cascade 284-KH/TU → 347-KH/QU → 598-CV/BTGQU, read up to
 * the roots and down to every implementing document, and never closed into a cycle.
 */
@Component
class DocumentBasis {

    private final JdbcClient jdbc;
    private final Documents documents;
    private final AuditLog audit;

    DocumentBasis(JdbcClient jdbc, Documents documents, AuditLog audit) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.audit = audit;
    }

    /** Records that a document implements (is based on) another; a link that would close a cycle is refused. */
    @Transactional
    void link(long documentId, long basisId, Scope scope) {
        var document = documents.getEditable(documentId, scope);
        if (documents.find(basisId, Visibility.of(scope)).isEmpty()) {
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

    /** Every document above this one (what it implements, what that implements, ...) and every one below it. */
    Cascade cascade(long id, Visibility visibility) {
        documents.get(id, visibility);
        var up = jdbc.sql("""
                        WITH RECURSIVE up (id, via_id, depth) AS (
                            SELECT b.basis_id, b.document_id, 1 FROM document_basis b WHERE b.document_id = :id
                            UNION
                            SELECT b.basis_id, b.document_id, up.depth + 1 FROM document_basis b
                            JOIN up ON b.document_id = up.id WHERE up.depth < 50
                        )
                        SELECT d.id, up.via_id, MAX(up.depth) AS depth, d.number_text AS number, d.type_code,
                               %s AS issuer_name, d.issued_on, d.summary
                        FROM up JOIN document d ON d.id = up.id
                        WHERE %s
                        GROUP BY d.id, up.via_id, d.number_text, d.type_code, d.issuer_id, d.external_issuer_name,
                                 d.issued_on, d.summary
                        ORDER BY depth DESC, d.issued_on, d.id
                        """.formatted(DocumentView.ISSUER_NAME, visibility.sql("d")))
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
                               %s AS issuer_name, d.issued_on, d.summary
                        FROM down JOIN document d ON d.id = down.id
                        WHERE %s
                        ORDER BY down.trail
                        """.formatted(DocumentView.ISSUER_NAME, visibility.sql("d")))
                .param("id", id)
                .params(visibility.parameters())
                .query(CascadeNode.class)
                .list();
        return new Cascade(up, down);
    }

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
            java.time.LocalDate issuedOn,
            String summary) {}

    /** @param up the bases, roots first; @param down the implementing documents, depth first */
    public record Cascade(List<CascadeNode> up, List<CascadeNode> down) {}
}
