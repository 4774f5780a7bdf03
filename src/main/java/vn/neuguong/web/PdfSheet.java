package vn.neuguong.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A printable A4 document (PDFBox) with Liberation Serif, regular, bold and italic, embedded (from {@code
 * openpdf-fonts-extra}), so Vietnamese letters print and copy as written: written down the page line by line and in
 * bordered table rows, a new page when one is full. The signature sheet, the counting report and the ballot slips
 * are made with it; a sheet with a layout of its own (the slips, {@link PartyPdf}) draws on {@link #newPage()}'s
 * content with {@link #write} and {@link #fit}. Liberation Serif has the metrics of Times New Roman, the font the
 * Party's documents are written in.
 */
public final class PdfSheet implements AutoCloseable {

    private final PDDocument document;
    private final PDFont normal;
    private final PDFont strong;
    private PDFont italic;
    private final float margin;
    private final float rowHeight;
    private PDPageContentStream content;
    private float y;

    private PdfSheet(float margin, float rowHeight) throws IOException {
        this.margin = margin;
        this.rowHeight = rowHeight;
        this.document = new PDDocument();
        try {
            this.normal = load("liberation/LiberationSerif-Regular.ttf");
            this.strong = load("liberation/LiberationSerif-Bold.ttf");
        } catch (IOException e) {
            document.close();
            throw e;
        }
    }

    /** A document with no page yet, for a layout of its own. */
    public static PdfSheet blank(float margin) throws IOException {
        return new PdfSheet(margin, 0);
    }

    /** A document on its first page, for lines and rows of {@code rowHeight} points. */
    public static PdfSheet rows(float margin, float rowHeight) throws IOException {
        var sheet = new PdfSheet(margin, rowHeight);
        sheet.newPage();
        return sheet;
    }

    public PDFont normal() {
        return normal;
    }

    public PDFont strong() {
        return strong;
    }

    /** Liberation Serif Italic, loaded on first use: most sheets print no italic text. */
    public PDFont italic() throws IOException {
        if (italic == null) {
            italic = load("liberation/LiberationSerif-Italic.ttf");
        }
        return italic;
    }

    public PDDocument document() {
        return document;
    }

    /** Starts a page and answers its content, the writing position at its top margin. */
    public PDPageContentStream newPage() throws IOException {
        endPage();
        var page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - margin;
        return content;
    }

    /** Whether {@code rows} more rows fit on this page. */
    public boolean fits(int rows) {
        return y - rows * rowHeight >= margin;
    }

    /** Starts a new page unless {@code rows} more rows fit on this one. */
    public void ensure(int rows) throws IOException {
        if (!fits(rows)) {
            newPage();
        }
    }

    public void gap(float points) {
        y -= points;
    }

    /** A line of text across the page, cut with "…" where it is too long, at the left or centred. */
    public void line(PDFont f, float size, String text, boolean centered) throws IOException {
        ensure(1);
        float width = PDRectangle.A4.getWidth() - 2 * margin;
        String fitted = fit(f, size, text, width);
        float x = centered ? margin + (width - f.getStringWidth(fitted) / 1000 * size) / 2 : margin;
        y -= size * 1.5f;
        write(content, f, size, fitted, x, y);
    }

    /** A table row of bordered cells of the given widths, in 10-point text. */
    public void row(PDFont f, float[] widths, String... cells) throws IOException {
        ensure(1);
        float x = margin;
        y -= rowHeight;
        for (int i = 0; i < cells.length; i++) {
            content.addRect(x, y, widths[i], rowHeight);
            content.stroke();
            write(content, f, 10, fit(f, 10, cells[i], widths[i] - 8), x + 4, y + (rowHeight - 8) / 2);
            x += widths[i];
        }
    }

    /** The document's bytes; the sheet is finished. */
    public byte[] bytes() {
        try {
            endPage();
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            endPage();
        } finally {
            document.close();
        }
    }

    public static void write(PDPageContentStream content, PDFont f, float size, String text, float x, float at)
            throws IOException {
        content.beginText();
        content.setFont(f, size);
        content.newLineAtOffset(x, at);
        content.showText(text);
        content.endText();
    }

    /** The text, cut with "…" until it fits the width. */
    public static String fit(PDFont f, float size, String text, float width) throws IOException {
        String fitted = text;
        while (fitted.length() > 1 && f.getStringWidth(fitted) / 1000 * size > width) {
            fitted = fitted.substring(0, fitted.length() - 2) + "…";
        }
        return fitted;
    }

    private void endPage() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    private PDFont load(String path) throws IOException {
        try (InputStream stream = PdfSheet.class.getClassLoader().getResourceAsStream(path)) {
            if (stream == null) {
                throw new IOException("font not on the classpath: " + path);
            }
            return PDType0Font.load(document, stream);
        }
    }
}
