package vn.neuguong.directive;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.NotFoundException;

/** The inbox of each recipient organization, and who of its members has read and studied what. */
@Component
class DocumentReading {

    private final JdbcClient jdbc;
    private final Documents documents;

    DocumentReading(JdbcClient jdbc, Documents documents) {
        this.jdbc = jdbc;
        this.documents = documents;
    }

    /** The organization whose inbox is asked for, if the reader may open it. */
    InboxOwner inboxOwner(long organizationId, Visibility visibility) {
        return jdbc.sql("SELECT o.id, o.name FROM organization o WHERE o.id = :id AND " + visibility.inboxSql("o"))
                .param("id", organizationId)
                .params(visibility.parameters())
                .query(InboxOwner.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Organization", organizationId));
    }

    /** The organizations whose inboxes the reader may open and that have received something, in tree order. */
    List<InboxOwner> inboxes(Visibility visibility) {
        return jdbc.sql("SELECT o.id, o.name FROM organization o WHERE " + visibility.inboxSql("o")
                        + " AND EXISTS (SELECT 1 FROM document_recipient dr WHERE dr.organization_id = o.id)"
                        + " ORDER BY nlevel(o.path), o.name COLLATE vi_icu LIMIT 500")
                .params(visibility.parameters())
                .query(InboxOwner.class)
                .list();
    }

    /** What was sent to an organization, newest first, with whether the reader (a member) has read and studied it. */
    List<InboxItem> inbox(long organizationId, Visibility visibility) {
        inboxOwner(organizationId, visibility);
        return jdbc.sql("""
                        SELECT d.id, d.number_text AS number, d.type_code,
                               COALESCE(i.name, d.external_issuer_name) AS issuer_name, d.issued_on, d.summary,
                               dr.received_at, r.read_at, r.studied_at
                        FROM document_recipient dr
                        JOIN document d ON d.id = dr.document_id
                        LEFT JOIN organization i ON i.id = d.issuer_id
                        LEFT JOIN document_read r ON r.document_id = d.id AND r.member_id = :member
                        WHERE dr.organization_id = :org
                        ORDER BY dr.received_at DESC, d.issued_on DESC, d.id DESC
                        """)
                .param("org", organizationId)
                .param("member", visibility.memberId())
                .query(InboxItem.class)
                .list();
    }

    /** Records that a member opened the document; the first opening counts. */
    @Transactional
    void recordRead(long documentId, long memberId) {
        jdbc.sql(
                        "INSERT INTO document_read (document_id, member_id) VALUES (:document, :member) ON CONFLICT DO NOTHING")
                .param("document", documentId)
                .param("member", memberId)
                .update();
    }

    /** Marks the document studied by the reader, who must be a member and may read it. */
    @Transactional
    ReadState markStudied(long documentId, Visibility visibility) {
        documents.get(documentId, visibility);
        if (visibility.memberId() == null) {
            throw new InvalidInputException("memberId", "document.studied.notMember");
        }
        return jdbc.sql("""
                        INSERT INTO document_read (document_id, member_id, read_at, studied_at)
                        VALUES (:document, :member, now(), now())
                        ON CONFLICT (document_id, member_id)
                        DO UPDATE SET studied_at = COALESCE(document_read.studied_at, EXCLUDED.studied_at)
                        RETURNING read_at, studied_at
                        """)
                .param("document", documentId)
                .param("member", visibility.memberId())
                .query(ReadState.class)
                .single();
    }

    ReadState state(long documentId, Long memberId) {
        if (memberId == null) {
            return new ReadState(null, null);
        }
        return jdbc.sql(
                        "SELECT read_at, studied_at FROM document_read WHERE document_id = :document AND member_id = :member")
                .param("document", documentId)
                .param("member", memberId)
                .query(ReadState.class)
                .optional()
                .orElse(new ReadState(null, null));
    }

    /**
     * For each recipient organization in the scope: how many members its subtree has, how many have read and how
     * many have studied the document, and who they are.
     */
    List<RecipientProgress> progress(long documentId, Scope scope) {
        var counts = jdbc.sql("""
                        SELECT ro.id AS organization_id, ro.name AS organization_name, count(m.id) AS members,
                               count(r.read_at) AS read, count(r.studied_at) AS studied
                        FROM document_recipient dr
                        JOIN organization ro ON ro.id = dr.organization_id
                        LEFT JOIN (member m JOIN organization c ON c.id = m.cell_id)
                               ON c.path <@ ro.path AND m.status = 'ACTIVE'
                        LEFT JOIN document_read r ON r.document_id = dr.document_id AND r.member_id = m.id
                        WHERE dr.document_id = :document AND """ + " " + scope.covers("ro.path") + """
                         GROUP BY ro.id, ro.name ORDER BY ro.name COLLATE vi_icu
                        """)
                .param("document", documentId)
                .params(scope.parameters())
                .query(Counts.class)
                .list();
        var readers = jdbc.sql("""
                        SELECT ro.id AS organization_id, m.id AS member_id, m.full_name, c.name AS cell_name,
                               r.read_at, r.studied_at
                        FROM document_recipient dr
                        JOIN organization ro ON ro.id = dr.organization_id
                        JOIN document_read r ON r.document_id = dr.document_id
                        JOIN member m ON m.id = r.member_id
                        JOIN organization c ON c.id = m.cell_id AND c.path <@ ro.path
                        WHERE dr.document_id = :document AND """ + " " + scope.covers("ro.path") + """
                         ORDER BY c.name COLLATE vi_icu, m.full_name COLLATE vi_icu
                        """)
                .param("document", documentId)
                .params(scope.parameters())
                .query(Reader.class)
                .list();
        return counts.stream()
                .map(c -> new RecipientProgress(
                        c.organizationId(),
                        c.organizationName(),
                        c.members(),
                        c.read(),
                        c.studied(),
                        readers.stream()
                                .filter(r -> r.organizationId() == c.organizationId())
                                .toList()))
                .toList();
    }

    record InboxOwner(long id, String name) {}

    record Counts(long organizationId, String organizationName, long members, long read, long studied) {}

    /** One document in an inbox; {@code readAt}/{@code studiedAt} are the reader's own, when the reader is a member. */
    public record InboxItem(
            long id,
            String number,
            String typeCode,
            String issuerName,
            LocalDate issuedOn,
            String summary,
            OffsetDateTime receivedAt,
            @Schema(nullable = true) OffsetDateTime readAt,
            @Schema(nullable = true) OffsetDateTime studiedAt) {}

    public record ReadState(
            @Schema(nullable = true) OffsetDateTime readAt,
            @Schema(nullable = true) OffsetDateTime studiedAt) {

        public boolean studied() {
            return studiedAt != null;
        }
    }

    public record Reader(
            long organizationId,
            long memberId,
            String fullName,
            String cellName,
            @Schema(nullable = true) OffsetDateTime readAt,
            @Schema(nullable = true) OffsetDateTime studiedAt) {}

    public record RecipientProgress(
            long organizationId,
            String organizationName,
            long members,
            long read,
            long studied,
            List<Reader> readers) {}
}
