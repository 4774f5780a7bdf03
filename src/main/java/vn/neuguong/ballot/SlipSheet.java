package vn.neuguong.ballot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.neuguong.web.PdfSheet;

/**
 * The slips as one A4 PDF, eight a page: the round, a QR code of the voting address with the credential, and the
 * short code to type instead. PDFBox writes it with Liberation Serif embedded, so Vietnamese letters print as
 * written; ZXing draws the codes.
 */
@Component
class SlipSheet {

    private static final float MARGIN = 30;
    private static final int COLUMNS = 2;
    private static final int ROWS = 4;
    private static final float QR = 110;

    private final MessageSource messages;

    SlipSheet(MessageSource messages) {
        this.messages = messages;
    }

    /** The address a slip's QR code opens. */
    static String address(String baseUrl, BallotRound round, String credential) {
        return baseUrl + "/ballot/" + round.code() + "#c=" + credential;
    }

    byte[] pdf(BallotRound round, List<Credentials.Slip> slips, String baseUrl, Locale locale) {
        try (var sheet = PdfSheet.blank(MARGIN)) {
            var normal = sheet.normal();
            var strong = sheet.strong();
            float width = (PDRectangle.A4.getWidth() - 2 * MARGIN) / COLUMNS;
            float height = (PDRectangle.A4.getHeight() - 2 * MARGIN) / ROWS;
            PDPageContentStream content = null;
            for (int i = 0; i < slips.size(); i++) {
                if (i % (COLUMNS * ROWS) == 0) {
                    content = sheet.newPage();
                }
                int cell = i % (COLUMNS * ROWS);
                float x = MARGIN + (cell % COLUMNS) * width;
                float top = PDRectangle.A4.getHeight() - MARGIN - (cell / COLUMNS) * height;
                content.setLineDashPattern(new float[] {3, 3}, 0);
                content.addRect(x, top - height, width, height);
                content.stroke();
                var slip = slips.get(i);
                float textWidth = width - 16;
                PdfSheet.write(
                        content, strong, 11, PdfSheet.fit(strong, 11, round.title(), textWidth), x + 8, top - 18);
                PdfSheet.write(
                        content, normal, 10, PdfSheet.fit(normal, 10, round.periodLabel(), textWidth), x + 8, top - 32);
                var image = LosslessFactory.createFromImage(
                        sheet.document(),
                        vn.neuguong.web.QrImages.image(address(baseUrl, round, slip.credential()), 220, 1));
                content.drawImage(image, x + 8, top - 44 - QR, QR, QR);
                float codeX = x + 16 + QR;
                PdfSheet.write(content, normal, 9, text(locale, "ballot.slip.code"), codeX, top - 70);
                PdfSheet.write(content, strong, 16, slip.shortCode(), codeX, top - 92);
                PdfSheet.write(
                        content,
                        normal,
                        8,
                        PdfSheet.fit(normal, 8, text(locale, "ballot.slip.secret"), width - QR - 28),
                        codeX,
                        top - 112);
                PdfSheet.write(
                        content,
                        normal,
                        8,
                        PdfSheet.fit(normal, 8, baseUrl + "/ballot/" + round.code(), textWidth),
                        x + 8,
                        top - height + 10);
            }
            return sheet.bytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(Locale locale, String key) {
        return messages.getMessage(key, null, locale);
    }
}
