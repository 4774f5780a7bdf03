package vn.neuguong.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import vn.neuguong.web.PartyDocument.Table;
import vn.neuguong.web.PdfFlow.Align;
import vn.neuguong.web.PdfFlow.Style;

/**
 * A bordered table on a {@link PdfFlow}: the columns as wide as their texts ask, within the text width; cells
 * wrapped at their words; a row that does not fit the rest of a page goes to the next, split only when it is taller
 * than a page; the header row repeated at the top of each page the table runs onto.
 */
final class PdfTable {

    private static final float PAD = 4;

    private final PdfFlow flow;
    private final Style normal;
    private final Style strong;
    private final float[] widths;
    private final List<List<String>> header;

    private PdfTable(PdfFlow flow, Style normal, Style strong, Table table) throws IOException {
        this.flow = flow;
        this.normal = normal;
        this.strong = strong;
        this.widths = widths(table, flow.width());
        this.header = cells(strong, table.header());
    }

    static void draw(PdfFlow flow, Style normal, Style strong, Table table) throws IOException {
        var writer = new PdfTable(flow, normal, strong, table);
        flow.ensure(writer.height(writer.header, strong) + normal.leading() + 2 * PAD);
        writer.row(writer.header, strong, Align.CENTER, false);
        for (var row : table.rows()) {
            writer.row(writer.cells(normal, row), normal, Align.LEFT, true);
        }
    }

    /**
     * Each column's share of the width in proportion to the widest of its texts on one line, but never less than
     * half an equal share, so that a column of short figures stays readable beside one of long indicators.
     */
    private float[] widths(Table table, float total) throws IOException {
        int n = table.header().size();
        float[] natural = new float[n];
        for (int i = 0; i < n; i++) {
            natural[i] = strong.width(table.header().get(i));
            for (var row : table.rows()) {
                natural[i] = Math.max(natural[i], normal.width(row.get(i)));
            }
        }
        float floor = total / n / 2;
        float sum = 0;
        for (int i = 0; i < n; i++) {
            natural[i] = Math.max(Math.min(total, natural[i] + 2 * PAD), floor);
            sum += natural[i];
        }
        for (int i = 0; i < n; i++) {
            natural[i] = natural[i] / sum * total;
        }
        return natural;
    }

    private List<List<String>> cells(Style style, List<String> texts) throws IOException {
        var cells = new ArrayList<List<String>>();
        for (int i = 0; i < texts.size(); i++) {
            cells.add(PdfFlow.wrap(style, texts.get(i), widths[i] - 2 * PAD, 0));
        }
        return cells;
    }

    private float height(List<List<String>> cells, Style style) {
        return lines(cells) * style.leading() + 2 * PAD;
    }

    private static int lines(List<List<String>> cells) {
        return cells.stream().mapToInt(List::size).max().orElse(1);
    }

    private void row(List<List<String>> cells, Style style, Align align, boolean repeatHeader) throws IOException {
        float whole = height(cells, style);
        if (whole > flow.room() && whole <= flow.pageRoom() - height(header, strong)) {
            breakPage(repeatHeader);
        }
        int total = lines(cells);
        int done = 0;
        while (done < total) {
            int fit = (int) ((flow.room() - 2 * PAD) / style.leading());
            if (fit < 1) {
                breakPage(repeatHeader);
                continue;
            }
            int n = Math.min(fit, total - done);
            segment(cells, style, align, done, n);
            done += n;
            if (done < total) {
                breakPage(repeatHeader);
            }
        }
    }

    private void breakPage(boolean repeatHeader) throws IOException {
        flow.newPage();
        if (repeatHeader) {
            row(header, strong, Align.CENTER, false);
        }
    }

    /** Lines {@code from} to {@code from + n} of each cell, in bordered boxes of one height. */
    private void segment(List<List<String>> cells, Style style, Align align, int from, int n) throws IOException {
        var content = flow.content();
        float h = n * style.leading() + 2 * PAD;
        float top = flow.y();
        float x = flow.left();
        content.setLineWidth(0.6f);
        for (int i = 0; i < cells.size(); i++) {
            content.addRect(x, top - h, widths[i], h);
            content.stroke();
            var lines = cells.get(i);
            for (int k = from; k < Math.min(lines.size(), from + n); k++) {
                float lineTop = top - PAD - (k - from) * style.leading();
                PdfFlow.line(
                        content, style, lines.get(k), x + PAD, widths[i] - 2 * PAD, style.baseline(lineTop), align);
            }
            x += widths[i];
        }
        flow.down(h);
    }
}
