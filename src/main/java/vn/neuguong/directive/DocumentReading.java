package vn.neuguong.directive;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.member.MemberSql;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.NotFoundException;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;

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
        return jdbc.sql("SELECT o.id, o.name FROM " + TreeSql.organizations() + " o WHERE o.id = :id AND "
                        + visibility.inboxSql("o.id"))
                .param("id", organizationId)
                .params(visibility.parameters())
                .query(InboxOwner.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Organization", organizationId));
    }

    /** The organizations whose inboxes the reader may open and that have received something, in tree order. */
    Page<InboxOwner> inboxes(Visibility visibility, PageRequest request) {
        String owners = "(SELECT DISTINCT dr.organization_id AS id FROM document_recipient dr WHERE "
                + visibility.inboxSql("dr.organization_id") + ") r";
        long total = jdbc.sql("SELECT count(*) FROM " + owners)
                .params(visibility.parameters())
                .query(Long.class)
                .single();
        var items = jdbc.sql("SELECT r.id, " + TreeSql.name("r.id") + " AS name FROM " + owners + " ORDER BY nlevel("
                        + TreeSql.path("r.id") + "), " + TreeSql.name("r.id") + " COLLATE vi_icu, r.id"
                        + request.limitOffset())
                .params(visibility.parameters())
                .query(InboxOwner.class)
                .list();
        return Page.of(items, request, total);
    }

    /** What was sent to an organization, newest first, with whether the reader (a member) has read and studied it. */
    Page<InboxItem> inbox(long organizationId, Visibility visibility, PageRequest request) {
        inboxOwner(organizationId, visibility);
        long total = jdbc.sql("SELECT count(*) FROM document_recipient WHERE organization_id = :org")
                .param("org", organizationId)
                .query(Long.class)
                .single();
        var items = jdbc.sql("""
                        SELECT d.id, d.number_text AS number, d.type_code, %s AS issuer_name, d.issued_on, d.summary,
                               dr.received_at, r.read_at, r.studied_at
                        FROM document_recipient dr
                        JOIN document d ON d.id = dr.document_id
                        LEFT JOIN document_read r ON r.document_id = d.id AND r.member_id = :member
                        WHERE dr.organization_id = :org
                        ORDER BY dr.received_at DESC, d.issued_on DESC, d.id DESC
                        """.formatted(DocumentView.ISSUED_BY) + request.limitOffset())
                .param("org", organizationId)
                .param("member", visibility.memberId())
                .query(InboxItem.class)
                .list();
        return Page.of(items, request, total);
    }

    /** The organizations a document was sent to. */
    List<Recipient> recipients(long documentId) {
        return jdbc.sql("SELECT dr.organization_id AS id, " + TreeSql.name("dr.organization_id")
                        + " AS name, dr.received_at FROM document_recipient dr WHERE dr.document_id = :id"
                        + " ORDER BY " + TreeSql.name("dr.organization_id") + " COLLATE vi_icu")
                .param("id", documentId)
                .query(Recipient.class)
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
     * For each recipient organization in the scope: how many active members its subtree has, how many of them have
     * read and how many have studied the document, and who has read it.
     */
    List<RecipientProgress> progress(long documentId, Scope scope) {
        String activeReader = MemberSql.isActiveWithin("r.member_id", "dr.organization_id");
        var counts = jdbc.sql("""
                        SELECT dr.organization_id, %s AS organization_name, %s AS members,
                               (SELECT count(r.read_at) FROM document_read r
                                 WHERE r.document_id = dr.document_id AND %s) AS read,
                               (SELECT count(r.studied_at) FROM document_read r
                                 WHERE r.document_id = dr.document_id AND %s) AS studied
                        FROM document_recipient dr
                        WHERE dr.document_id = :document AND %s
                        ORDER BY %1$s COLLATE vi_icu
                        """.formatted(
                                TreeSql.name("dr.organization_id"),
                                MemberSql.activeCountWithin("dr.organization_id"),
                                activeReader,
                                activeReader,
                                scope.coversOrganization("dr.organization_id")))
                .param("document", documentId)
                .query(Counts.class)
                .list();
        String cell = MemberSql.cellOf("r.member_id");
        var readers = jdbc.sql("""
                        SELECT dr.organization_id, r.member_id, %1$s AS full_name, %2$s AS cell_name, r.read_at,
                               r.studied_at
                        FROM document_recipient dr
                        JOIN document_read r ON r.document_id = dr.document_id
                        WHERE dr.document_id = :document AND %3$s AND %4$s
                        ORDER BY %2$s COLLATE vi_icu, %1$s COLLATE vi_icu
                        """.formatted(
                                MemberSql.fullName("r.member_id"),
                                TreeSql.name(cell),
                                TreeSql.within(cell, "dr.organization_id"),
                                scope.coversOrganization("dr.organization_id")))
                .param("document", documentId)
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

    public record Recipient(long id, String name, OffsetDateTime receivedAt) {}

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
