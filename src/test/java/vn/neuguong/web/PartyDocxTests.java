package vn.neuguong.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;

class PartyDocxTests {

    @Test
    void putsTheIssuerAtTheLeftAndThePartyAndTheDateAtTheRight() throws IOException {
        try (var docx = read(PartyDocx.docx(PartyDocuments.report()))) {
            var header = docx.getTables().get(0);
            assertThat(header.getRows()).hasSize(1);
            var left = header.getRow(0).getCell(0);
            var right = header.getRow(0).getCell(1);
            assertThat(lines(left))
                    .containsExactly("ĐẢNG BỘ QUẬN ĐỐNG ĐA", "ĐẢNG ỦY PHƯỜNG VĂN MIẾU", "*", "Số 12-BC/ĐU");
            assertThat(lines(right)).containsExactly("ĐẢNG CỘNG SẢN VIỆT NAM", "Văn Miếu, ngày 30 tháng 3 năm 2025");
            assertThat(left.getParagraphs().get(1).getRuns().get(0).isBold()).isTrue();
            var party = right.getParagraphs().get(0).getRuns().get(0);
            assertThat(party.isBold()).isTrue();
            assertThat(party.getUnderline()).isEqualTo(UnderlinePatterns.SINGLE);
            assertThat(right.getParagraphs().get(1).getRuns().get(0).isItalic()).isTrue();
            assertThat(header.getCTTbl()
                            .getTblPr()
                            .getTblBorders()
                            .getTop()
                            .getVal()
                            .toString())
                    .isEqualTo("none");
        }
    }

    @Test
    void writesTheTitleTheBodyAndTheTableInTimesNewRoman() throws IOException {
        try (var docx = read(PartyDocx.docx(PartyDocuments.report()))) {
            var title = paragraph(docx, "BÁO CÁO");
            assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(title.getRuns().get(0).isBold()).isTrue();
            assertThat(paragraph(docx, "kết quả thực hiện Chuyên đề năm 2023, quý I năm 2023")
                            .getAlignment())
                    .isEqualTo(ParagraphAlignment.CENTER);
            assertThat(paragraph(docx, "I. KẾT QUẢ THỰC HIỆN").getRuns().get(0).isBold())
                    .isTrue();
            var body = paragraph(docx, PartyDocuments.QUAN_TRIET);
            assertThat(body.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
            assertThat(body.getFirstLineIndent()).isPositive();
            assertThat(body.getRuns().get(0).getFontFamily()).isEqualTo("Times New Roman");
            assertThat(body.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(14.0);

            var table = docx.getTables().get(1);
            assertThat(cells(table, 0)).containsExactly("Chỉ tiêu", "Số liệu");
            assertThat(cells(table, 1)).containsExactly("Chi bộ đã tổ chức học tập chuyên đề", "18/18");
            assertThat(cells(table, 3)).containsExactly("Tập thể, cá nhân được biểu dương", "27");
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getCTTbl()
                            .getTblPr()
                            .getTblBorders()
                            .getInsideV()
                            .getVal()
                            .toString())
                    .isEqualTo("single");
        }
    }

    @Test
    void closesWithTheRecipientsBesideTheSignature() throws IOException {
        try (var docx = read(PartyDocx.docx(PartyDocuments.report()))) {
            var closing = docx.getTables().get(docx.getTables().size() - 1);
            var left = closing.getRow(0).getCell(0);
            assertThat(lines(left))
                    .containsExactly("Nơi nhận:", "- Quận ủy Đống Đa,", "- Các chi bộ trực thuộc,", "- Lưu VP.");
            assertThat(left.getParagraphs().get(0).getRuns().get(0).getUnderline())
                    .isEqualTo(UnderlinePatterns.SINGLE);
            assertThat(left.getParagraphs().get(1).getRuns().get(0).getFontSizeAsDouble())
                    .isEqualTo(12.0);
            var right = closing.getRow(0).getCell(1);
            assertThat(lines(right)).containsExactly("T/M ĐẢNG ỦY", "BÍ THƯ", "Nguyễn Thị Hồng");
            assertThat(right.getParagraphs()).allSatisfy(p -> {
                assertThat(p.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
                assertThat(p.getRuns().get(0).isBold()).isTrue();
            });
            assertThat(right.getParagraphs().get(2).getSpacingBefore()).isGreaterThan(1000);
        }
    }

    @Test
    void setsA4WithTheGuidancesMarginsAndNumbersThePagesButTheFirst() throws IOException {
        try (var docx = read(PartyDocx.docx(PartyDocuments.report()))) {
            var section = docx.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
            var margins = section.getPgMar();
            assertThat(millimetres(margins.getTop())).isBetween(20.0, 25.0);
            assertThat(millimetres(margins.getBottom())).isBetween(20.0, 25.0);
            assertThat(millimetres(margins.getLeft())).isBetween(30.0, 35.0);
            assertThat(millimetres(margins.getRight())).isBetween(15.0, 20.0);
            assertThat(section.isSetTitlePg()).isTrue();
            var policy = docx.getHeaderFooterPolicy();
            assertThat(policy.getFirstPageHeader().getText()).isBlank();
            assertThat(policy.getDefaultHeader().getParagraphs().get(0).getCTP().xmlText())
                    .contains("PAGE");
        }
    }

    @Test
    void marksADraftWhereTheNumberGoes() throws IOException {
        var report = PartyDocuments.report();
        var draft = new PartyDocument(
                null,
                report.issuer(),
                null,
                report.place(),
                report.date(),
                report.kind(),
                report.subject(),
                report.body(),
                report.recipients(),
                report.onBehalf(),
                report.signerTitle(),
                report.signerName());
        try (var docx = read(PartyDocx.docx(draft))) {
            assertThat(lines(docx.getTables().get(0).getRow(0).getCell(0)))
                    .containsExactly("ĐẢNG ỦY PHƯỜNG VĂN MIẾU", "*", "Dự thảo");
        }
    }

    @Test
    void keepsTheLineBreaksOfAParagraph() throws IOException {
        var report = PartyDocuments.report(List.of(new PartyDocument.Paragraph("Dòng thứ nhất\nDòng thứ hai")));
        try (var docx = read(PartyDocx.docx(report))) {
            assertThat(paragraph(docx, "Dòng thứ nhất\nDòng thứ hai").getRuns()).hasSize(1);
        }
    }

    private static XWPFDocument read(byte[] bytes) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    private static List<String> lines(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    private static List<String> cells(XWPFTable table, int row) {
        return table.getRow(row).getTableCells().stream()
                .map(XWPFTableCell::getText)
                .toList();
    }

    private static XWPFParagraph paragraph(XWPFDocument docx, String text) {
        return docx.getParagraphs().stream()
                .filter(p -> p.getText().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph " + text));
    }

    private static double millimetres(Object twips) {
        return Double.parseDouble(twips.toString()) * 25.4 / 1440;
    }
}
