package vn.neuguong.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The certificates read back as written: one landscape page each with the party's heading, the title, the awardee,
 * the decision and the signature in correct Vietnamese, and a QR code that decodes to the verification address. The
 * first page is kept as an image under target/test-artifacts/commendation.
 */
class CertificateSheetTests {

    static final String URL = "http://localhost:8080/portal/commendations/verify/KT7Q-M2XD-9PLA";

    private static Certificate certificate(String name, String details, String code) {
        return new Certificate(
                "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI",
                "Quận ủy Thanh Xuân",
                "GIẤY KHEN",
                name,
                details,
                "Đã có thành tích tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, thực"
                        + " hiện Kết luận 01-KL/TW của Bộ Chính trị giai đoạn 2021–2024",
                "125-QĐ/QU",
                LocalDate.of(2024, 5, 14),
                "Thanh Xuân",
                "T/M BAN THƯỜNG VỤ",
                "BÍ THƯ",
                "Bùi Huyền Mai",
                code,
                URL.replace("KT7Q-M2XD-9PLA", code));
    }

    @Test
    void eachAwardIsALandscapePageThatReadsBackAndCarriesItsCode() throws Exception {
        byte[] pdf = new CertificateSheet()
                .pdf(List.of(
                        certificate("Đảng ủy phường Khương Đình", null, "KT7Q-M2XD-9PLA"),
                        certificate(
                                "Đồng chí Nguyễn Thị Hoa",
                                "Đảng viên Chi bộ Tổ dân phố số 2 · Nhân Chính",
                                "AB23-CD45-EF67")));
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            var page = document.getPage(0);
            assertThat(page.getMediaBox().getWidth())
                    .isGreaterThan(page.getMediaBox().getHeight());
            var text = new PDFTextStripper();
            text.setStartPage(1);
            text.setEndPage(1);
            assertThat(text.getText(document))
                    .contains("ĐẢNG CỘNG SẢN VIỆT NAM")
                    .contains("ĐẢNG BỘ THÀNH PHỐ HÀ NỘI")
                    .contains("QUẬN ỦY THANH XUÂN")
                    .contains("GIẤY KHEN")
                    .contains("Đảng ủy phường Khương Đình")
                    .contains("học tập và làm theo tư tưởng, đạo đức")
                    .contains("Quyết định số 125-QĐ/QU, ngày 14/05/2024")
                    .contains("Thanh Xuân, ngày 14 tháng 5 năm 2024")
                    .contains("T/M BAN THƯỜNG VỤ")
                    .contains("Bùi Huyền Mai")
                    .contains("Mã xác thực: KT7Q-M2XD-9PLA");
            text.setStartPage(2);
            text.setEndPage(2);
            assertThat(text.getText(document))
                    .contains("Đồng chí Nguyễn Thị Hoa")
                    .contains("Đảng viên Chi bộ Tổ dân phố số 2 · Nhân Chính")
                    .contains("AB23-CD45-EF67");
            for (var each : document.getPages()) {
                boolean image = false;
                for (var name : each.getResources().getXObjectNames()) {
                    image |= each.getResources().getXObject(name) instanceof PDImageXObject;
                }
                assertThat(image).as("a QR code on every page").isTrue();
            }
            var rendered = new PDFRenderer(document).renderImageWithDPI(0, 150);
            Path artifacts = Path.of("target", "test-artifacts", "commendation");
            Files.createDirectories(artifacts);
            ImageIO.write(
                    rendered, "png", artifacts.resolve("certificate-page-1.png").toFile());
            var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(rendered)));
            assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(URL);
        }
    }

    @Test
    void aLongAchievementIsBrokenBetweenWordsIntoLinesThatFit() throws Exception {
        try (var sheet = vn.neuguong.web.PdfSheet.blank(36)) {
            var font = sheet.normal();
            var lines = CertificateSheet.wrap(font, 14, "Đã có thành tích ".repeat(30), 400);
            assertThat(lines).hasSizeBetween(2, 4);
            for (var line : lines.subList(0, lines.size() - 1)) {
                assertThat(font.getStringWidth(line) / 1000 * 14).isLessThanOrEqualTo(400);
                assertThat(line).doesNotEndWith(" ");
            }
        }
    }
}
