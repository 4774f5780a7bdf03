package vn.neuguong.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Running text down the A4 pages of a {@link PdfSheet} between margins of their own on each side: lines wrapped at
 * the words to the width they are given, set at the left, centred or justified, and a new page, numbered at the top
 * centre from the second on, when the next line does not fit. {@link PdfTable} and {@link PartyPdf} write on it.
 */
final class PdfFlow {

    static final float MM = 72 / 25.4f;
    static final float HEIGHT = PDRectangle.A4.getHeight();
    static final float WIDTH = PDRectangle.A4.getWidth();

    /** How a line sits in its width. */
    enum Align {
        LEFT,
        CENTER,
        /** Stretched to the full width, but for a paragraph's last line, which stays at the left. */
        JUSTIFY
    }

    /** A font at a size; lines of it are 1.2 times the size apart. */
    record Style(PDFont font, float size) {

        float width(String text) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        float leading() {
            return size * 1.2f;
        }

        /** Where the baseline of a line whose box starts at {@code top} lies, the glyphs centred in the box. */
        float baseline(float top) {
            return top - 0.94f * size;
        }
    }

    private final PdfSheet sheet;
    private final float left;
    private final float right;
    private final float top;
    private final float bottom;
    private final Style pageNumber;
    private PDPageContentStream content;
    private float y;
    private int pages;

    PdfFlow(PdfSheet sheet, float top, float bottom, float left, float right, Style pageNumber) throws IOException {
        this.sheet = sheet;
        this.top = top;
        this.bottom = bottom;
        this.left = left;
        this.right = right;
        this.pageNumber = pageNumber;
        newPage();
    }

    /**
     * Starts a page at its top margin. The guidance numbers the pages in the middle of the top margin and leaves
     * the first, which carries the header, unnumbered.
     */
    void newPage() throws IOException {
        content = sheet.newPage();
        pages++;
        y = HEIGHT - top;
        if (pages > 1) {
            String n = Integer.toString(pages);
            float x = (WIDTH - pageNumber.width(n)) / 2;
            PdfSheet.write(
                    content, pageNumber.font(), pageNumber.size(), n, x, HEIGHT - top / 2 - pageNumber.size() / 3);
        }
    }

    PDPageContentStream content() {
        return content;
    }

    float left() {
        return left;
    }

    float width() {
        return WIDTH - left - right;
    }

    float y() {
        return y;
    }

    /** The height between here and the bottom margin. */
    float room() {
        return y - bottom;
    }

    /** The height a fresh page offers. */
    float pageRoom() {
        return HEIGHT - top - bottom;
    }

    void down(float points) {
        y -= points;
    }

    /** Starts a new page unless {@code height} more points fit on this one. */
    void ensure(float height) throws IOException {
        if (room() < height) {
            newPage();
        }
    }

    /**
     * A paragraph across the text width, its first line indented, over as many pages as it takes. A justified
     * paragraph leaves at the left its last line and each line that ends where the text breaks its line.
     */
    void paragraph(Style style, String text, float indent, Align align) throws IOException {
        var given = text.split("\n", -1);
        for (int g = 0; g < given.length; g++) {
            float first = g == 0 ? indent : 0;
            var lines = wrap(style, given[g], width(), first);
            for (int i = 0; i < lines.size(); i++) {
                ensure(style.leading());
                float offset = i == 0 ? first : 0;
                var set = align == Align.JUSTIFY && i == lines.size() - 1 ? Align.LEFT : align;
                line(content, style, lines.get(i), left + offset, width() - offset, style.baseline(y), set);
                y -= style.leading();
            }
        }
    }

    /** Draws a line at a baseline: at the left, centred, or justified by spreading its words over the span. */
    static void line(
            PDPageContentStream content, Style style, String text, float x, float span, float baseline, Align align)
            throws IOException {
        float width = style.width(text);
        String[] words = text.split(" ");
        if (align == Align.JUSTIFY && words.length > 1) {
            float inked = 0;
            for (var word : words) {
                inked += style.width(word);
            }
            float space = (span - inked) / (words.length - 1);
            float at = x;
            for (var word : words) {
                PdfSheet.write(content, style.font(), style.size(), word, at, baseline);
                at += style.width(word) + space;
            }
        } else {
            float at = align == Align.CENTER ? x + (span - width) / 2 : x;
            PdfSheet.write(content, style.font(), style.size(), text, at, baseline);
        }
    }

    /** Underlines a line drawn at a baseline by {@link #line(PDPageContentStream, Style, String, float, float, float, Align)}. */
    static void underline(
            PDPageContentStream content, Style style, String text, float x, float span, float baseline, Align align)
            throws IOException {
        float width = style.width(text);
        float from = align == Align.CENTER ? x + (span - width) / 2 : x;
        float at = baseline - style.size() * 0.12f;
        content.setLineWidth(0.6f);
        content.moveTo(from, at);
        content.lineTo(from + width, at);
        content.stroke();
    }

    /**
     * The text cut into lines no wider than {@code width} (the first {@code indent} narrower) at its spaces, a word
     * wider than a whole line cut between its letters. Line breaks in the text are kept.
     */
    static List<String> wrap(Style style, String text, float width, float indent) throws IOException {
        var lines = new ArrayList<String>();
        for (var given : text.split("\n", -1)) {
            var line = new StringBuilder();
            for (var word : given.trim().split("\\s+")) {
                float room = lines.isEmpty() ? width - indent : width;
                String tried = line.isEmpty() ? word : line + " " + word;
                if (style.width(tried) <= room) {
                    line.setLength(0);
                    line.append(tried);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (style.width(rest) > width) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && style.width(rest.substring(0, cut)) > width) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
