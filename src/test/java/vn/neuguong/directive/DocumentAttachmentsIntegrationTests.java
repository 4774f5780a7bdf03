package vn.neuguong.directive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.IntegrationTest;
import vn.neuguong.directive.Documents.NewDocument;
import vn.neuguong.organization.Scope;

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

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

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

    @Test
    void aPdfThatIsAlsoAWebPageIsStoredAndDownloadedAsAPdf() throws Exception {
        long ward = jdbc.sql("SELECT id FROM organization WHERE name = 'Đảng ủy phường Trung Tự'")
                .query(Long.class)
                .single();
        long id = documents
                .issue(
                        new NewDocument(
                                "BC", ward, LocalDate.of(2021, 3, 3), "Báo cáo có tệp lạ", null, List.of(), List.of()),
                        Scope.everything())
                .id();
        byte[] polyglot = "%PDF-1.4\n<html><body><script>alert(1)</script></body></html>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
        var attachment = attachments.attach(
                id, "bao-cao.html", polyglot.length, new ByteArrayInputStream(polyglot), Scope.everything());
        assertThat(attachment.filename()).isEqualTo("bao-cao.pdf");
        assertThat(attachment.contentType()).isEqualTo("application/pdf");
        mvc.perform(get("/api/v1/documents/{id}/attachments/{a}", id, attachment.id())
                        .with(user(users.loadUserByUsername("dongda.tuyengiao"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("bao-cao.pdf")))
                .andExpect(header().string("Content-Disposition", not(containsString(".html"))));
    }
}
