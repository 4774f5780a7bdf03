package vn.neuguong.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.neuguong.report.ReportFixtures.DISTRICT;
import static vn.neuguong.report.ReportFixtures.OTHER_WARD;
import static vn.neuguong.report.ReportFixtures.REPORTS;
import static vn.neuguong.report.ReportFixtures.WARD;
import static vn.neuguong.report.ReportFixtures.figures;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.neuguong.IntegrationTest;

/**
 * A handed-over report and the district's aggregation as the party's document format (Hướng dẫn 36-HD/VPTW), in
 * DOCX and PDF: the text read back from both files holds the heading (the ward's committee under the district's
 * party organization, "ĐẢNG CỘNG SẢN VIỆT NAM", its number, the place and date line), the title, the figures with
 * the ratio's percent, the recipients and the signature block; the PDF's first page is kept as an image.
 */
@IntegrationTest
class ReportExportIntegrationTests extends ReportTestSupport {

    static final Path ARTIFACTS = Path.of("target", "report-export");

    @Test
    void theReportAndTheAggregationReadBackInThePartysFormat() {
        fixtures.rolledBack(() -> {
            long[] t = fixtures.quarterlyTemplate();
            long id = fixtures.open(t[0], fixtures.vanMieu(), "2023-01-01", WARD);
            fixtures.send(
                            put(REPORTS + "/" + id + "/figures"),
                            WARD,
                            0,
                            figures(
                                    t,
                                    1250L,
                                    100L,
                                    120L,
                                    "Đã quán triệt đến 100% chi bộ.\\nCác chi bộ viết bài thu hoạch.",
                                    null))
                    .andExpect(status().isOk());
            fixtures.send(
                            post(REPORTS + "/" + id + "/submission"),
                            WARD,
                            1,
                            "{\"signedBy\": \"Lê Văn Bình\", \"number\": \"12-BC/ĐU\"}")
                    .andExpect(status().isOk());
            var today = LocalDate.now(vn.neuguong.web.TimeConfiguration.ZONE);
            String dateLine = "Văn Miếu, ngày %s tháng %s năm %d"
                    .formatted(
                            today.getDayOfMonth() < 10 ? "0" + today.getDayOfMonth() : "" + today.getDayOfMonth(),
                            today.getMonthValue() < 3 ? "0" + today.getMonthValue() : "" + today.getMonthValue(),
                            today.getYear());

            byte[] docx = download("/reports/" + id + "/export.docx", WARD);
            String words;
            try (var document = new XWPFDocument(new ByteArrayInputStream(docx));
                    var extractor = new XWPFWordExtractor(document)) {
                words = extractor.getText();
            }
            byte[] pdf = download("/reports/" + id + "/export.pdf", WARD);
            String printed;
            try (var document = Loader.loadPDF(pdf)) {
                printed = new PDFTextStripper().getText(document);
                Files.createDirectories(ARTIFACTS);
                ImageIO.write(
                        new PDFRenderer(document).renderImageWithDPI(0, 100),
                        "png",
                        ARTIFACTS.resolve("report-page-1.png").toFile());
            }
            // a cell's text may wrap inside its column: read the words, not the lines
            for (String text : new String[] {words.replaceAll("\\s+", " "), printed.replaceAll("\\s+", " ")}) {
                assertThat(text)
                        .contains("ĐẢNG BỘ QUẬN ĐỐNG ĐA")
                        .contains("ĐẢNG ỦY PHƯỜNG VĂN MIẾU")
                        .contains("ĐẢNG CỘNG SẢN VIỆT NAM")
                        .contains("Số 12-BC/ĐU")
                        .contains(dateLine)
                        .contains("BÁO CÁO")
                        .contains("BÁO CÁO kết quả thực hiện Chuyên đề năm 2023 — Quý I/2023")
                        .contains("Số đảng viên được học tập, quán triệt")
                        .contains("Đảng viên viết bài thu hoạch / tổng số đảng viên")
                        .contains("1.250")
                        .contains("100/120 (83,3%)")
                        .contains("II. KẾT QUẢ NỔI BẬT")
                        .contains("Các chi bộ viết bài thu hoạch.")
                        .contains("Nơi nhận:")
                        .contains("Quận ủy Đống Đa,")
                        .contains("Lưu VP.")
                        .contains("T/M ĐẢNG ỦY")
                        .contains("BÍ THƯ")
                        .contains("Lê Văn Bình");
            }
            assertThat(Files.size(ARTIFACTS.resolve("report-page-1.png"))).isPositive();

            byte[] aggregation = download(
                    "/reports/aggregation/export.pdf?templateId=%d&organizationId=%d&periodStartsOn=2023-01-01"
                            .formatted(t[0], fixtures.district()),
                    DISTRICT);
            try (var document = Loader.loadPDF(aggregation)) {
                String text = new PDFTextStripper().getText(document);
                assertThat(text)
                        .contains("ĐẢNG BỘ THÀNH PHỐ HÀ NỘI")
                        .contains("QUẬN ỦY ĐỐNG ĐA")
                        .contains("Dự thảo")
                        .contains("21 đơn vị phải báo cáo · 1 đã gửi · 20 chưa gửi")
                        .contains("1.250")
                        .contains("Đảng ủy phường Văn Miếu")
                        .contains("T/M BAN THƯỜNG VỤ");
                assertThat(text.lines().filter(l -> l.contains("Chưa gửi")).collect(Collectors.toList()))
                        .hasSize(20);
            }
            fixtures.send(get("/reports/" + id + "/export.pdf"), OTHER_WARD, null, null)
                    .andExpect(status().isNotFound());
        });
    }

    @Test
    void thanhXuansIssuedReviewReadsBackWithItsNumber() throws Exception {
        long review = jdbc.sql("SELECT id FROM report_review WHERE title = :t")
                .param("t", ReviewDemoData.TITLE)
                .query(Long.class)
                .single();
        String number = jdbc.sql("SELECT d.number_text FROM report_review v JOIN document d ON d.id = v.document_id"
                        + " WHERE v.id = :id")
                .param("id", review)
                .query(String.class)
                .single();
        byte[] docx = download("/reports/reviews/" + review + "/export.docx", "hanoi.tuyengiao");
        byte[] pdf = download("/reports/reviews/" + review + "/export.pdf", "hanoi.tuyengiao");
        String words;
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx));
                var extractor = new XWPFWordExtractor(document)) {
            words = extractor.getText();
        }
        String printed;
        try (var document = Loader.loadPDF(pdf)) {
            printed = new PDFTextStripper().getText(document);
        }
        for (String text : new String[] {words.replaceAll("\\s+", " "), printed.replaceAll("\\s+", " ")}) {
            assertThat(text)
                    .contains("ĐẢNG BỘ THÀNH PHỐ HÀ NỘI")
                    .contains("QUẬN ỦY THANH XUÂN")
                    .contains("Số " + number)
                    .contains("Thanh Xuân, ngày 14 tháng 5 năm 2024")
                    .contains("BÁO CÁO sơ kết 3 năm thực hiện Kết luận 01-KL/TW của Bộ Chính trị")
                    .contains("I. KẾT QUẢ THỰC HIỆN")
                    .contains("II. TẬP THỂ, CÁ NHÂN TIÊU BIỂU")
                    .contains("Tập thể: Đảng ủy phường Nhân Chính")
                    .contains("III. KẾT LUẬN")
                    .contains("đợt sinh hoạt chính trị sâu rộng, nghiêm túc")
                    .contains("Thành ủy Hà Nội,")
                    .contains("T/M BAN THƯỜNG VỤ");
        }
        fixtures.send(get("/reports/reviews/" + review + "/export.pdf"), WARD, null, null)
                .andExpect(status().isNotFound());
    }

    private byte[] download(String path, String username) throws Exception {
        return fixtures.send(get(path), username, null, null)
                .andExpect(status().isOk())
                .andExpect(header().exists("Content-Disposition"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }
}
