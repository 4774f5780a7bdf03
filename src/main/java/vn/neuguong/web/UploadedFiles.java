package vn.neuguong.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.tika.Tika;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.neuguong.shared.InvalidInputException;

/**
 * The checks every upload passes. The type is read from the content's magic bytes, not trusted from the name: a
 * {@code .pdf} that is really a program or a web page is refused, and a file kept under an allowed type is stored
 * and downloaded with that type's extension, so a PDF that is also a web page cannot keep a {@code .html} name.
 */
public final class UploadedFiles {

    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** What may be uploaded anywhere, by the type detected from content and name together. */
    public static final Set<String> ALLOWED =
            Set.of(PDF, DOCX, XLSX, "image/png", "image/jpeg", "image/gif", "image/webp");

    /**
     * What the content alone must look like. An Office file is a zip package whose magic bytes Tika's core knows as
     * OOXML; the name then tells a document from a workbook.
     */
    static final Set<String> ALLOWED_BY_CONTENT = Set.of(
            PDF, "application/x-tika-ooxml", "application/zip", "image/png", "image/jpeg", "image/gif", "image/webp");

    /** The extensions each allowed type may be named with; the first is given to a file named otherwise. */
    static final Map<String, List<String>> EXTENSIONS = Map.of(
            PDF,
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

    private static final Tika TIKA = new Tika();

    private UploadedFiles() {}

    /** The file's name without path separators and control characters, trimmed; empty when nothing is left. */
    public static String cleanName(String filename) {
        return filename == null
                ? ""
                : filename.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
    }

    /**
     * The type of an allowed file, or null. The content alone must be recognised as an allowed kind (so a name
     * cannot turn an unknown blob into a PDF), and content and name together must give an allowed type.
     */
    public static String detect(byte[] bytes, String filename) {
        try {
            String byContent = TIKA.detect(new ByteArrayInputStream(bytes));
            if (!ALLOWED_BY_CONTENT.contains(byContent)) {
                return null;
            }
            String type = TIKA.detect(new ByteArrayInputStream(bytes), filename);
            return ALLOWED.contains(type) ? type : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name with the extension of the detected type: {@code a.html} that is a PDF becomes {@code a.pdf}. */
    public static String storedName(String name, String type) {
        var extensions = EXTENSIONS.get(type);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (extensions.contains(extension)) {
            return name;
        }
        return (dot <= 0 ? name : name.substring(0, dot)) + "." + extensions.get(0);
    }

    /**
     * The content, read to at most {@code limit} bytes; a longer one is refused as the field {@code field} with the
     * message {@code tooLargeKey}.
     */
    public static byte[] read(InputStream content, long limit, String field, String tooLargeKey) {
        try (content) {
            byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new InvalidInputException(field, tooLargeKey);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stores the bytes and returns the key; inside a transaction, the stored file is deleted again if the
     * transaction does not commit, so a refused change leaves no file behind.
     */
    public static String store(FileStorage storage, String namespace, String name, byte[] bytes) {
        String key = storage.store(namespace, name, new ByteArrayInputStream(bytes));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        storage.delete(key);
                    }
                }
            });
        }
        return key;
    }
}
