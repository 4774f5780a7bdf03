package vn.neuguong.directive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.IntegrationTest;
import vn.neuguong.account.Scope;
import vn.neuguong.directive.Documents.NewDocument;

@IntegrationTest
class DocumentAttachmentsIntegrationTests {

    @Autowired
    DocumentAttachments attachments;

    @Autowired
    Documents documents;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Value("${neuguong.storage.dir}")
    String storageDir;

    long storedFiles() throws IOException {
        Path root = Path.of(storageDir, "documents");
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void aRolledBackAttachmentLeavesNoFileAndNoRow() throws Exception {
        long ward = jdbc.sql("SELECT id FROM organization WHERE name = 'Đảng ủy phường Láng Hạ'")
                .query(Long.class)
                .single();
        long id = documents
                .issue(
                        new NewDocument(
                                "BC", ward, LocalDate.of(2016, 3, 3), "Báo cáo đính kèm", null, List.of(), List.of()),
                        Scope.everything())
                .id();
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        long filesBefore = storedFiles();
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                    attachments.attach(id, "a.pdf", pdf.length, new ByteArrayInputStream(pdf), Scope.everything());
                    throw new IllegalStateException("rolled back");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(storedFiles()).isEqualTo(filesBefore);
        assertThat(attachments.list(id)).isEmpty();

        attachments.attach(id, "a.pdf", pdf.length, new ByteArrayInputStream(pdf), Scope.everything());
        assertThat(storedFiles()).isEqualTo(filesBefore + 1);
        assertThat(attachments.list(id))
                .extracting(DocumentAttachments.Attachment::filename)
                .containsExactly("a.pdf");
    }
}
