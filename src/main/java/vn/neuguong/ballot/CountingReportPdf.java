package vn.neuguong.ballot;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.neuguong.ballot.CountingReport.Report;

/**
 * The counting report as an A4 PDF. PDFBox writes it with Liberation Serif embedded (from
 * {@code openpdf-fonts-extra}), so Vietnamese letters print and copy as written.
 */
final class CountingReportPdf {

    private static final float MARGIN = 40;
    private static final float ROW = 20;
    private static final float[] FIGURE_WIDTHS = {110, 75, 75, 80, 85, 90};
    private static final float[] SHARE_WIDTHS = {250, 130, 135};

    private final CountingReport report;
    private final Locale locale;

    CountingReportPdf(CountingReport report, Locale locale) {
        this.report = report;
        this.locale = locale;
    }

    byte[] write(Report data) {
        try (var document = new PDDocument();
                var regular = font("liberation/LiberationSerif-Regular.ttf");
                var bold = font("liberation/LiberationSerif-Bold.ttf")) {
            var normal = PDType0Font.load(document, regular);
            var strong = PDType0Font.load(document, bold);
            var writer = new Writer(document);
            var upper = Locale.forLanguageTag("vi");
            writer.line(strong, 12, data.detail().orderedByName().toUpperCase(upper), false);
            writer.line(normal, 11, data.detail().organizationName(), false);
            writer.gap(10);
            writer.line(strong, 16, report.text(locale, "ballot.report.title"), true);
            writer.gap(6);
            for (var line : report.heading(data, locale)) {
                writer.line(normal, 11, line, false);
            }
            writer.gap(8);
            writer.line(strong, 12, report.text(locale, "ballot.report.figures"), false);
            writer.row(strong, FIGURE_WIDTHS, report.figuresHeader(locale));
            for (var row : report.figures(data, locale)) {
                writer.row(normal, FIGURE_WIDTHS, row);
            }
            String[] shareHeader = {
                report.text(locale, "ballot.report.column.rating"),
                report.text(locale, "ballot.report.column.count"),
                report.text(locale, "ballot.report.column.percent")
            };
            int n = 0;
            for (var leader : data.results().leaders()) {
                writer.gap(10);
                writer.ensure(4);
                writer.line(strong, 12, ++n + ". " + leader.fullName() + " – " + leader.post(), false);
                for (var criterion : leader.criteria()) {
                    writer.ensure(criterion.shares().size() + 2);
                    writer.line(
                            strong,
                            11,
                            report.text(locale, "ballot.report.criterion", criterion.text(), criterion.answered()),
                            false);
                    writer.row(strong, SHARE_WIDTHS, shareHeader);
                    for (var share : criterion.shares()) {
                        writer.row(
                                normal,
                                SHARE_WIDTHS,
                                share.label(),
                                String.valueOf(share.count()),
                                share.percent() + " %");
                    }
                }
            }
            writer.gap(16);
            writer.line(normal, 11, report.text(locale, "ballot.report.signatures"), false);
            writer.close();
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream font(String path) throws IOException {
        var stream = CountingReportPdf.class.getClassLoader().getResourceAsStream(path);
        if (stream == null) {
            throw new IOException("font not on the classpath: " + path);
        }
        return stream;
    }

    /** Writes lines and table rows down A4 pages. */
    private static final class Writer {
        private final PDDocument document;
        private PDPageContentStream content;
        private float y;

        Writer(PDDocument document) throws IOException {
            this.document = document;
            newPage();
        }

        void newPage() throws IOException {
            close();
            var page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        /** Starts a new page unless {@code rows} more rows fit on this one. */
        void ensure(int rows) throws IOException {
            if (y - rows * ROW < MARGIN) {
                newPage();
            }
        }

        void gap(float points) {
            y -= points;
        }

        void line(PDFont f, float size, String text, boolean centered) throws IOException {
            ensure(1);
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            String fitted = fit(f, size, text, width);
            float x = centered ? MARGIN + (width - f.getStringWidth(fitted) / 1000 * size) / 2 : MARGIN;
            y -= size * 1.5f;
            write(f, size, fitted, x, y);
        }

        void row(PDFont f, float[] widths, String... cells) throws IOException {
            ensure(1);
            float x = MARGIN;
            y -= ROW;
            for (int i = 0; i < cells.length; i++) {
                content.addRect(x, y, widths[i], ROW);
                content.stroke();
                write(f, 10, fit(f, 10, cells[i], widths[i] - 8), x + 4, y + 6);
                x += widths[i];
            }
        }

        private void write(PDFont f, float size, String text, float x, float at) throws IOException {
            content.beginText();
            content.setFont(f, size);
            content.newLineAtOffset(x, at);
            content.showText(text);
            content.endText();
        }

        private static String fit(PDFont f, float size, String text, float width) throws IOException {
            String fitted = text;
            while (fitted.length() > 1 && f.getStringWidth(fitted) / 1000 * size > width) {
                fitted = fitted.substring(0, fitted.length() - 2) + "…";
            }
            return fitted;
        }

        void close() throws IOException {
            if (content != null) {
                content.close();
                content = null;
            }
        }
    }
}
