package vn.neuguong.directive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.CurrentActor;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.NotFoundException;
import vn.neuguong.web.FileStorage;
import vn.neuguong.web.UploadedFiles;

/**
 * Files attached to documents, checked as every upload is ({@link UploadedFiles}: the type read from the content, the
 * name given that type's extension).
 */
@Component
class DocumentAttachments {

    static final String DOCX = UploadedFiles.DOCX;
    static final String XLSX = UploadedFiles.XLSX;

    private final JdbcClient jdbc;
    private final Documents documents;
    private final FileStorage storage;
    private final AuditLog audit;
    private final DocumentProperties properties;

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
        String name = UploadedFiles.cleanName(filename);
        if (name.isEmpty() || content == null || size == 0) {
            throw new InvalidInputException("file", "validation.required");
        }
        if (name.length() > 200) {
            throw new InvalidInputException("file", "document.attachment.nameTooLong");
        }
        if (size > properties.maxAttachmentSize().toBytes()) {
            throw new InvalidInputException("file", "document.attachment.tooLarge");
        }
        byte[] bytes = UploadedFiles.read(
                content, properties.maxAttachmentSize().toBytes(), "file", "document.attachment.tooLarge");
        String type = detect(bytes, name);
        if (type == null) {
            throw new InvalidInputException("file", "document.attachment.typeNotAllowed");
        }
        name = UploadedFiles.storedName(name, type);
        String key = UploadedFiles.store(storage, "documents", name, bytes);
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

    /** The type of an allowed file, or null ({@link UploadedFiles#detect}). */
    String detect(byte[] bytes, String filename) {
        return UploadedFiles.detect(bytes, filename);
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
