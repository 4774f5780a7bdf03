package vn.neuguong.directive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.neuguong.web.UploadedFiles;

class DocumentAttachmentsTests {

    final DocumentAttachments attachments = new DocumentAttachments(null, null, null, null, null);

    @Test
    void acceptsRealOfficeFilesPdfAndImages() throws Exception {
        var docx = new ByteArrayOutputStream();
        try (var document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("Kế hoạch");
            document.write(docx);
        }
        var xlsx = new ByteArrayOutputStream();
        try (var workbook = new XSSFWorkbook()) {
            workbook.createSheet("Tổng hợp").createRow(0).createCell(0).setCellValue(1);
            workbook.write(xlsx);
        }
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThat(attachments.detect(docx.toByteArray(), "ke-hoach.docx")).isEqualTo(DocumentAttachments.DOCX);
        assertThat(attachments.detect(xlsx.toByteArray(), "tong-hop.xlsx")).isEqualTo(DocumentAttachments.XLSX);
        assertThat(attachments.detect("%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII), "a.pdf"))
                .isEqualTo("application/pdf");
        assertThat(attachments.detect(png, "anh.png")).isEqualTo("image/png");
    }

    @Test
    void refusesContentThatDoesNotMatchAnAllowedTypeWhateverItsName() {
        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertThat(attachments.detect(exe, "van-ban.pdf")).isNull();
        assertThat(attachments.detect("<html><body>x</body></html>".getBytes(StandardCharsets.UTF_8), "a.pdf"))
                .isNull();
        assertThat(attachments.detect("chỉ là văn bản".getBytes(StandardCharsets.UTF_8), "a.docx"))
                .isNull();
        assertThat(attachments.detect(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}, "a.pdf"))
                .isNull();
    }

    @Test
    void aFileIsNamedWithTheExtensionOfItsDetectedType() {
        byte[] polyglot = "%PDF-1.4\n<html><body><script>alert(1)</script></body></html>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
        String type = attachments.detect(polyglot, "bao-cao.html");
        assertThat(type).isEqualTo("application/pdf");
        assertThat(UploadedFiles.storedName("bao-cao.html", type)).isEqualTo("bao-cao.pdf");
        assertThat(UploadedFiles.storedName("bao-cao", type)).isEqualTo("bao-cao.pdf");
        assertThat(UploadedFiles.storedName("Báo cáo.PDF", type)).isEqualTo("Báo cáo.PDF");
        assertThat(UploadedFiles.storedName("anh.jpeg", "image/jpeg")).isEqualTo("anh.jpeg");
        assertThat(UploadedFiles.storedName("anh.png", "image/jpeg")).isEqualTo("anh.jpg");
    }
}
