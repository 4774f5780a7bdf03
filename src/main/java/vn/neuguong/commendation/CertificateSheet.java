package vn.neuguong.commendation;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.springframework.stereotype.Component;
import vn.neuguong.web.Formats;
import vn.neuguong.web.PdfSheet;
import vn.neuguong.web.QrImages;

/**
 * The certificates as one PDF, an A4 landscape page each: a double border; at the top left the superior party
 * organization and the issuer in capitals, at the top right "ĐẢNG CỘNG SẢN VIỆT NAM"; the party emblem (a red flag with
 * the yellow hammer and sickle, drawn as paths); the award's title in red; the awardee, the details and the
 * achievement centred; at the bottom left the decision's number and date, the verification code and its QR code; at
 * the bottom right the place and date line and the signature block. Liberation Serif is embedded, so Vietnamese
 * prints as written.
 */
@Component
class CertificateSheet {

    private static final float WIDTH = PDRectangle.A4.getHeight();
    private static final float HEIGHT = PDRectangle.A4.getWidth();
    private static final Color RED = new Color(0xDA, 0x25, 0x1D);
    private static final Color GOLD = new Color(0xFF, 0xDD, 0x00);
    private static final Locale VI = Locale.forLanguageTag("vi");

    byte[] pdf(List<Certificate> certificates) {
        try (var sheet = PdfSheet.blank(36)) {
            for (var certificate : certificates) {
                var page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
                sheet.document().addPage(page);
                try (var content = new PDPageContentStream(sheet.document(), page)) {
                    draw(sheet, content, certificate);
                }
            }
            return sheet.bytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void draw(PdfSheet sheet, PDPageContentStream content, Certificate c) throws IOException {
        PDFont normal = sheet.normal();
        PDFont strong = sheet.strong();
        PDFont italic = sheet.italic();
        content.setStrokingColor(RED);
        content.setLineWidth(3);
        content.addRect(24, 24, WIDTH - 48, HEIGHT - 48);
        content.stroke();
        content.setLineWidth(1);
        content.addRect(32, 32, WIDTH - 64, HEIGHT - 64);
        content.stroke();
        content.setStrokingColor(Color.BLACK);

        float left = 60;
        float column = 300;
        float top = HEIGHT - 70;
        if (c.superiorName() != null) {
            centred(content, normal, 12, upper(c.superiorName()), left, column, top);
        }
        centred(content, strong, 13, upper(c.issuerName()), left, column, top - 17);
        centred(content, strong, 12, "*", left, column, top - 33);
        float right = WIDTH - 60 - column;
        centred(content, strong, 13, "ĐẢNG CỘNG SẢN VIỆT NAM", right, column, top);
        float partyWidth = strong.getStringWidth("ĐẢNG CỘNG SẢN VIỆT NAM") / 1000 * 13;
        content.moveTo(right + (column - partyWidth) / 2, top - 3);
        content.lineTo(right + (column + partyWidth) / 2, top - 3);
        content.stroke();

        emblem(content, WIDTH / 2 - 30, HEIGHT - 150, 60, 40);

        content.setNonStrokingColor(RED);
        centred(content, strong, 40, c.awardTitle(), 0, WIDTH, HEIGHT - 205);
        content.setNonStrokingColor(Color.BLACK);
        centred(content, italic, 15, "Tặng", 0, WIDTH, HEIGHT - 235);
        centred(content, strong, 22, c.awardeeName(), 80, WIDTH - 160, HEIGHT - 265);
        float y = HEIGHT - 288;
        if (c.awardeeDetails() != null) {
            centred(content, italic, 13, c.awardeeDetails(), 80, WIDTH - 160, y);
            y -= 24;
        }
        for (var line : wrap(normal, 14, c.achievement(), WIDTH - 220)) {
            centred(content, normal, 14, line, 110, WIDTH - 220, y);
            y -= 19;
        }

        float bottom = 70;
        float qr = 84;
        var image = LosslessFactory.createFromImage(sheet.document(), QrImages.image(c.verificationUrl(), 240, 1));
        content.drawImage(image, left, bottom + 30, qr, qr);
        float textX = left + qr + 10;
        write(
                content,
                normal,
                11,
                "Quyết định số " + c.decisionNumber() + ", ngày " + Formats.DATE.format(c.decidedOn()),
                textX,
                bottom + 96,
                250);
        write(content, normal, 11, "Mã xác thực: " + c.verificationCode(), textX, bottom + 78, 250);
        write(content, italic, 10, "Quét mã để kiểm tra tính xác thực", textX, bottom + 62, 250);
        write(content, italic, 8, c.verificationUrl(), left, bottom + 16, 330);

        float sign = WIDTH - 60 - column;
        var day = c.decidedOn();
        centred(
                content,
                italic,
                13,
                "%s, ngày %d tháng %d năm %d"
                        .formatted(c.place(), day.getDayOfMonth(), day.getMonthValue(), day.getYear()),
                sign,
                column,
                bottom + 140);
        float at = bottom + 120;
        if (c.onBehalf() != null) {
            centred(content, strong, 13, c.onBehalf(), sign, column, at);
            at -= 17;
        }
        centred(content, strong, 13, c.signerPost(), sign, column, at);
        if (c.signerName() != null) {
            centred(content, strong, 13, c.signerName(), sign, column, bottom + 10);
        }
    }

    /** The party emblem: a red flag with the hammer and sickle in yellow, drawn in a box of the size given. */
    private static void emblem(PDPageContentStream content, float x, float y, float w, float h) throws IOException {
        content.setNonStrokingColor(RED);
        content.addRect(x, y, w, h);
        content.fill();
        float cx = x + w / 2;
        float cy = y + h / 2;
        float r = h * 0.32f;
        content.setStrokingColor(GOLD);
        content.setNonStrokingColor(GOLD);
        // the sickle: a thick arc open to the upper right, with its handle at the lower left
        content.setLineWidth(h * 0.07f);
        int steps = 24;
        for (int i = 0; i <= steps; i++) {
            double a = Math.toRadians(80 + 250.0 * i / steps);
            float px = cx + (float) (r * Math.cos(a));
            float py = cy + (float) (r * Math.sin(a));
            if (i == 0) {
                content.moveTo(px, py);
            } else {
                content.lineTo(px, py);
            }
        }
        content.stroke();
        content.setLineWidth(h * 0.08f);
        content.moveTo(cx - r * 0.55f, cy - r * 0.75f);
        content.lineTo(cx - r * 1.05f, cy - r * 1.25f);
        content.stroke();
        // the hammer: a handle from the lower right to the centre and a head across its top
        content.setLineWidth(h * 0.07f);
        content.moveTo(cx + r * 0.85f, cy - r * 0.95f);
        content.lineTo(cx - r * 0.25f, cy + r * 0.25f);
        content.stroke();
        content.setLineWidth(h * 0.14f);
        content.moveTo(cx - r * 0.65f, cy + r * 0.05f);
        content.lineTo(cx - r * 0.05f, cy + r * 0.65f);
        content.stroke();
        content.setStrokingColor(Color.BLACK);
        content.setNonStrokingColor(Color.BLACK);
        content.setLineWidth(1);
    }

    private static void centred(
            PDPageContentStream content, PDFont f, float size, String text, float x, float width, float at)
            throws IOException {
        String fitted = PdfSheet.fit(f, size, text, width);
        float w = f.getStringWidth(fitted) / 1000 * size;
        PdfSheet.write(content, f, size, fitted, x + (width - w) / 2, at);
    }

    private static void write(
            PDPageContentStream content, PDFont f, float size, String text, float x, float at, float width)
            throws IOException {
        PdfSheet.write(content, f, size, PdfSheet.fit(f, size, text, width), x, at);
    }

    /** The text in lines that fit the width, broken between words; at most four lines, the last cut to fit. */
    static List<String> wrap(PDFont f, float size, String text, float width) throws IOException {
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        for (var word : text.strip().split("\\s+")) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (f.getStringWidth(tried) / 1000 * size <= width || line.isEmpty()) {
                line.setLength(0);
                line.append(tried);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        if (lines.size() > 4) {
            var kept = new ArrayList<>(lines.subList(0, 3));
            kept.add(String.join(" ", lines.subList(3, lines.size())));
            return List.copyOf(kept);
        }
        return lines;
    }

    private static String upper(String text) {
        return text.toUpperCase(VI);
    }
}
