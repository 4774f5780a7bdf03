package vn.neuguong.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PartyPdfTests {

    static final Path ARTIFACT = Path.of("target", "party-document", "page-1.png");

    static byte[] report;

    @BeforeAll
    static void write() {
        report = PartyPdf.pdf(PartyDocuments.report());
    }

    @Test
    void readsBackEveryPartOfTheDocument() throws IOException {
        try (var pdf = Loader.loadPDF(report)) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains(
                            "ĐẢNG BỘ QUẬN ĐỐNG ĐA",
                            "ĐẢNG ỦY PHƯỜNG VĂN MIẾU",
                            "ĐẢNG CỘNG SẢN VIỆT NAM",
                            "Số 12-BC/ĐU",
                            "Văn Miếu, ngày 30 tháng 3 năm 2025",
                            "BÁO CÁO",
                            "kết quả thực hiện Chuyên đề năm 2023, quý I năm 2023",
                            "I. KẾT QUẢ THỰC HIỆN",
                            "Đảng ủy đã quán triệt, triển khai Chuyên đề năm 2023",
                            "Chỉ tiêu",
                            "Số liệu",
                            "Chi bộ đã tổ chức học tập chuyên đề",
                            "18/18",
                            "Tập thể, cá nhân được biểu dương",
                            "Nơi nhận:",
                            "- Quận ủy Đống Đa,",
                            "- Lưu VP.",
                            "T/M ĐẢNG ỦY",
                            "BÍ THƯ",
                            "Nguyễn Thị Hồng");
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            for (var font : pdf.getPage(0).getResources().getFontNames()) {
                assertThat(pdf.getPage(0).getResources().getFont(font).isEmbedded())
                        .isTrue();
            }
        }
    }

    @Test
    void setsTheIssuerAtTheTopLeftAndThePartyAtTheTopRight() throws IOException {
        try (var pdf = Loader.loadPDF(report)) {
            var found = positions(pdf);
            float middle = pdf.getPage(0).getMediaBox().getWidth() / 2;
            var issuer = find(found, "ĐẢNG ỦY PHƯỜNG VĂN MIẾU");
            var party = find(found, "ĐẢNG CỘNG SẢN VIỆT NAM");
            var date = find(found, "Văn Miếu, ngày 30 tháng 3 năm 2025");
            assertThat(issuer.getXDirAdj()).isLessThan(middle);
            assertThat(party.getXDirAdj()).isGreaterThan(middle);
            assertThat(date.getXDirAdj()).isGreaterThan(middle);
            assertThat(issuer.getYDirAdj()).isLessThan(140);
            assertThat(party.getYDirAdj()).isLessThan(issuer.getYDirAdj());
            assertThat(Math.abs(date.getYDirAdj() - issuer.getYDirAdj())).isLessThan(20);

            var recipients = find(found, "Nơi nhận:");
            var onBehalf = find(found, "T/M ĐẢNG ỦY");
            var name = find(found, "Nguyễn Thị Hồng");
            assertThat(recipients.getXDirAdj()).isLessThan(middle);
            assertThat(onBehalf.getXDirAdj()).isGreaterThan(middle);
            assertThat(Math.abs(onBehalf.getYDirAdj() - recipients.getYDirAdj()))
                    .isLessThan(2);
            assertThat(name.getYDirAdj() - onBehalf.getYDirAdj()).isGreaterThan(60);
        }
    }

    @Test
    void runsALongDocumentOverNumberedPagesWithTheHeaderRepeatedOverTables() throws IOException {
        try (var pdf = Loader.loadPDF(PartyPdf.pdf(PartyDocuments.longReport()))) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(30);
            assertThat(topMargin(pdf, 1)).isBlank();
            for (int page = 2; page <= pages; page++) {
                assertThat(topMargin(pdf, page)).isEqualTo(Integer.toString(page));
            }
            var stripper = new PDFTextStripper();
            stripper.setStartPage(pages);
            stripper.setEndPage(pages);
            assertThat(stripper.getText(pdf)).contains("Nguyễn Thị Hồng");
            stripper.setStartPage(1);
            String all = stripper.getText(pdf);
            for (int i = 1; i <= 60; i++) {
                assertThat(all).contains("Chi bộ khu dân cư số " + i + " ");
            }
            assertThat(all.split("Chỉ tiêu", -1).length - 1).isGreaterThan(3);
        }
    }

    @Test
    void keepsTheLineBreaksOfAParagraphAndLeavesTheLineBeforeABreakUnstretched() throws IOException {
        String first = "Đảng ủy đã quán triệt, triển khai";
        var report = PartyDocuments.report(List.of(new PartyDocument.Paragraph(first + "\nDòng thứ hai")));
        try (var pdf = Loader.loadPDF(PartyPdf.pdf(report))) {
            var stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            assertThat(stripper.getText(pdf)).contains(first + "\nDòng thứ hai\n");
            var lastWord = find(positions(pdf), "khai");
            assertThat(lastWord.getXDirAdj()).isLessThan(PdfFlow.WIDTH - PartyPdf.RIGHT - 100);
        }
    }

    @Test
    void rendersTheFirstPageWithInkInBothTopCorners() throws IOException {
        try (var pdf = Loader.loadPDF(report)) {
            BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, 100);
            Files.createDirectories(ARTIFACT.getParent());
            ImageIO.write(image, "png", ARTIFACT.toFile());
            int w = image.getWidth();
            int h = image.getHeight();
            assertThat(dark(image, 0, 0, w / 2, h / 4)).isGreaterThan(200);
            assertThat(dark(image, w / 2, 0, w, h / 4)).isGreaterThan(200);
        }
        assertThat(Files.size(ARTIFACT)).isPositive();
    }

    /** The text in the top margin of a page, where its number goes. */
    private static String topMargin(PDDocument pdf, int page) throws IOException {
        var area = new PDFTextStripperByArea();
        area.addRegion("top", new Rectangle2D.Float(0, 0, PdfFlow.WIDTH, PartyPdf.TOP));
        area.extractRegions(pdf.getPage(page - 1));
        return area.getTextForRegion("top").strip();
    }

    private static int dark(BufferedImage image, int x0, int y0, int x1, int y1) {
        int n = 0;
        for (int x = x0; x < x1; x++) {
            for (int y = y0; y < y1; y++) {
                int rgb = image.getRGB(x, y);
                int grey = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
                if (grey < 100) {
                    n++;
                }
            }
        }
        return n;
    }

    /** A written string and its glyphs' positions on the first page. */
    private record Written(String text, List<TextPosition> positions) {}

    private static List<Written> positions(PDDocument pdf) throws IOException {
        var written = new ArrayList<Written>();
        var stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                written.add(new Written(text, List.copyOf(positions)));
                super.writeString(text, positions);
            }
        };
        stripper.setStartPage(1);
        stripper.setEndPage(1);
        stripper.getText(pdf);
        return written;
    }

    /** The position of the first glyph of the text where a written string holds it. */
    private static TextPosition find(List<Written> written, String text) {
        for (var w : written) {
            int at = w.text().indexOf(text);
            if (at >= 0) {
                return w.positions().get(at);
            }
        }
        throw new AssertionError("not written: " + text);
    }
}
