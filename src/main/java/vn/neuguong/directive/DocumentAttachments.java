package vn.neuguong.directive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.tika.Tika;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.multipart.MultipartFile;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.CurrentActor;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.NotFoundException;
import vn.neuguong.web.FileStorage;

/**
 * Files attached to documents. The type is read from the content's magic bytes, not trusted from the name: a
 * {@code .pdf} that is really a program or a web page is refused, and a file kept under an allowed type is stored
 * and downloaded with that type's extension, so a PDF that is also a web page cannot keep a {@code .html} name.
 */
@Component
class DocumentAttachments {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** What may be attached, by the type detected from content and name together. */
    static final Set<String> ALLOWED =
            Set.of("application/pdf", DOCX, XLSX, "image/png", "image/jpeg", "image/gif", "image/webp");

    /**
     * What the content alone must look like. An Office file is a zip package whose magic bytes Tika's core knows as
     * OOXML; the name then tells a document from a workbook.
     */
    static final Set<String> ALLOWED_BY_CONTENT = Set.of(
            "application/pdf",
            "application/x-tika-ooxml",
            "application/zip",
            "image/png",
            "image/jpeg",
            "image/gif",
            "image/webp");

    /** The extensions each allowed type may be named with; the first is given to a file named otherwise. */
    static final Map<String, List<String>> EXTENSIONS = Map.of(
            "application/pdf",
            List.of("pdf"),
            DOCX,
            List.of("docx"),
            XLSX,
            List.of("xlsx"),
            "image/png",
            List.of("png"),
            "image/jpeg",
            List.of("jpg", "jpeg"),
            "image/gif",
            List.of("gif"),
            "image/webp",
            List.of("webp"));

    private final JdbcClient jdbc;
    private final Documents documents;
    private final FileStorage storage;
    private final AuditLog audit;
    private final DocumentProperties properties;
    private final Tika tika = new Tika();

    DocumentAttachments(
            JdbcClient jdbc, Documents documents, FileStorage storage, AuditLog audit, DocumentProperties properties) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.storage = storage;
        this.audit = audit;
        this.properties = properties;
    }

    /** Attaches an uploaded file (the {@code file} part of a form or request) to a document the scope may change. */
    @Transactional
    Attachment attach(long documentId, MultipartFile file, Scope scope) {
        if (file == null || file.isEmpty()) {
            documents.getEditable(documentId, scope);
            throw new InvalidInputException("file", "validation.required");
        }
        try (var content = file.getInputStream()) {
            return attach(documentId, file.getOriginalFilename(), file.getSize(), content, scope);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Attaches a file to a document the scope may change. */
    @Transactional
    Attachment attach(long documentId, String filename, long size, InputStream content, Scope scope) {
        var document = documents.getEditable(documentId, scope);
        String name = filename == null
                ? ""
                : filename.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        if (name.isEmpty() || content == null || size == 0) {
            throw new InvalidInputException("file", "validation.required");
        }
        if (name.length() > 200) {
            throw new InvalidInputException("file", "document.attachment.nameTooLong");
        }
        if (size > properties.maxAttachmentSize().toBytes()) {
            throw new InvalidInputException("file", "document.attachment.tooLarge");
        }
        byte[] bytes = read(content, properties.maxAttachmentSize().toBytes());
        String type = detect(bytes, name);
        if (type == null) {
            throw new InvalidInputException("file", "document.attachment.typeNotAllowed");
        }
        name = storedName(name, type);
        String key = storage.store("documents", name, new ByteArrayInputStream(bytes));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    storage.delete(key);
                }
            }
        });
        var attachment = jdbc.sql("""
                        INSERT INTO document_attachment (document_id, filename, content_type, size_bytes, storage_key,
                                                         uploaded_by)
                        VALUES (:document, :name, :type, :size, :key, :by)
                        RETURNING id, document_id, filename, content_type, size_bytes, uploaded_by, uploaded_at
                        """)
                .param("document", documentId)
                .param("name", name)
                .param("type", type)
                .param("size", bytes.length)
                .param("key", key)
                .param("by", CurrentActor.name())
                .query(Attachment.class)
                .single();
        audit.created(
                "DocumentAttachment",
                attachment.id(),
                document.issuerId() != null ? document.issuerId() : document.registeredById(),
                Map.of("documentId", documentId, "filename", name, "contentType", type, "size", bytes.length));
        return attachment;
    }

    /**
     * The type of an allowed file, or null. The content alone must be recognised as an allowed kind (so a name
     * cannot turn an unknown blob into a PDF), and content and name together must give an allowed type.
     */
    String detect(byte[] bytes, String filename) {
        try {
            String byContent = tika.detect(new ByteArrayInputStream(bytes));
            if (!ALLOWED_BY_CONTENT.contains(byContent)) {
                return null;
            }
            String type = tika.detect(new ByteArrayInputStream(bytes), filename);
            return ALLOWED.contains(type) ? type : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name with the extension of the detected type: {@code a.html} that is a PDF becomes {@code a.pdf}. */
    static String storedName(String name, String type) {
        var extensions = EXTENSIONS.get(type);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (extensions.contains(extension)) {
            return name;
        }
        return (dot <= 0 ? name : name.substring(0, dot)) + "." + extensions.get(0);
    }

    List<Attachment> list(long documentId) {
        return jdbc.sql("""
                        SELECT id, document_id, filename, content_type, size_bytes, uploaded_by, uploaded_at
                        FROM document_attachment WHERE document_id = :document ORDER BY id
                        """)
                .param("document", documentId)
                .query(Attachment.class)
                .list();
    }

    /** An attachment of a document the reader may read, with its storage key. */
    StoredAttachment get(long documentId, long attachmentId, Visibility visibility) {
        documents.get(documentId, visibility);
        return jdbc.sql("""
                        SELECT id, filename, content_type, size_bytes, storage_key FROM document_attachment
                        WHERE id = :id AND document_id = :document
                        """)
                .param("id", attachmentId)
                .param("document", documentId)
                .query(StoredAttachment.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
    }

    InputStream open(StoredAttachment attachment) {
        return storage.open(attachment.storageKey());
    }

    private static byte[] read(InputStream content, long limit) {
        try (content) {
            byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new InvalidInputException("file", "document.attachment.tooLarge");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Attachment(
            long id,
            long documentId,
            String filename,
            String contentType,
            long sizeBytes,
            String uploadedBy,
            OffsetDateTime uploadedAt) {}

    record StoredAttachment(long id, String filename, String contentType, long sizeBytes, String storageKey) {}
}
