package vn.neuguong.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import vn.neuguong.web.PartyDocument.Heading;
import vn.neuguong.web.PartyDocument.Paragraph;
import vn.neuguong.web.PartyDocument.Table;

/**
 * A {@link PartyDocument} as a Word document laid out as Hướng dẫn 36-HD/VPTW lays out a Party document, the same
 * layout as {@link PartyPdf}, for the committee's office to finish, sign and file as it does its own: A4 with the
 * guidance's margins, Times New Roman, the header and the signature as borderless two-column tables, the pages
 * numbered at the top centre from the second.
 */
public final class PartyDocx {

    static final String FONT = "Times New Roman";

    /** The width between the margins: A4's 210 mm less 30 mm at the left and 15 mm at the right. */
    private static final int TEXT_WIDTH = twips(165);

    /** How a run looks: its size in points and its emphasis. */
    private record Look(double size, boolean bold, boolean italic, boolean underline) {}

    private static final Look REGULAR = new Look(14, false, false, false);
    private static final Look BOLD = new Look(14, true, false, false);
    private static final Look ITALIC = new Look(14, false, true, false);
    private static final Look UNDERLINED = new Look(14, false, false, true);
    private static final Look TITLE = new Look(15, true, false, false);
    private static final Look PARTY = new Look(15, true, false, true);
    private static final Look SMALL = new Look(12, false, false, false);
    private static final Look CELL = new Look(13, false, false, false);
    private static final Look CELL_HEADER = new Look(13, true, false, false);

    /** A line of a column: how it looks and the space above it, in points. */
    private record Line(Look look, String text, int before) {

        Line(Look look, String text) {
            this(look, text, 0);
        }
    }

    private final XWPFDocument docx;

    private PartyDocx(XWPFDocument docx) {
        this.docx = docx;
    }

    /** The document's DOCX. */
    public static byte[] docx(PartyDocument document) {
        try (var docx = new XWPFDocument();
                var out = new ByteArrayOutputStream()) {
            new PartyDocx(docx).write(document);
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(PartyDocument document) {
        page();
        header(document);
        centred(TITLE, document.kind(), 20, document.subject().isEmpty() ? 14 : 0);
        if (!document.subject().isEmpty()) {
            centred(BOLD, document.subject(), 0, 14);
        }
        for (var block : document.body()) {
            if (block instanceof Heading heading) {
                var p = text(docx.createParagraph(), BOLD, heading.text());
                p.setFirstLineIndent(twips(10));
                p.setSpacingBefore(120);
                p.setKeepNext(true);
            } else if (block instanceof Paragraph paragraph) {
                var p = text(docx.createParagraph(), REGULAR, paragraph.text());
                p.setAlignment(ParagraphAlignment.BOTH);
                p.setFirstLineIndent(twips(10));
                p.setSpacingAfter(120);
            } else if (block instanceof Table table) {
                table(table);
            }
        }
        docx.createParagraph();
        closing(document);
    }

    /**
     * A4 upright with the narrowest margins the guidance allows (top and bottom 20 mm, left 30 mm, right 15 mm), the
     * default font Times New Roman, and the page number centred in the top margin from the second page on.
     */
    private void page() {
        var section = docx.getDocument().getBody().addNewSectPr();
        var size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        var margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(twips(20)));
        margins.setBottom(BigInteger.valueOf(twips(20)));
        margins.setLeft(BigInteger.valueOf(twips(30)));
        margins.setRight(BigInteger.valueOf(twips(15)));
        margins.setHeader(BigInteger.valueOf(twips(10)));
        margins.setFooter(BigInteger.valueOf(twips(10)));
        margins.setGutter(BigInteger.ZERO);
        var fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        docx.createStyles().setDefaultFonts(fonts);
        docx.createHeader(HeaderFooterType.FIRST).createParagraph();
        var number = docx.createHeader(HeaderFooterType.DEFAULT).createParagraph();
        number.setAlignment(ParagraphAlignment.CENTER);
        look(number.createFieldRun(), REGULAR).setFieldInstruction("PAGE");
    }

    private void header(PartyDocument document) {
        var left = new ArrayList<Line>();
        if (document.superior() != null) {
            left.add(new Line(REGULAR, document.superior()));
        }
        left.add(new Line(BOLD, document.issuer()));
        left.add(new Line(REGULAR, "*"));
        left.add(new Line(REGULAR, document.numberLine()));
        var right = List.of(new Line(PARTY, PartyDocument.PARTY), new Line(ITALIC, document.dateLine(), 8));
        columns(twips(75), left, ParagraphAlignment.CENTER, right);
    }

    private void closing(PartyDocument document) {
        var left = new ArrayList<Line>();
        left.add(new Line(UNDERLINED, "Nơi nhận:"));
        for (var recipient : document.recipients()) {
            left.add(new Line(SMALL, "- " + recipient));
        }
        var right = List.of(
                new Line(BOLD, document.onBehalf()),
                new Line(BOLD, document.signerTitle()),
                new Line(BOLD, document.signerName(), (int) PartyPdf.SIGNATURE));
        columns(TEXT_WIDTH / 2, left, ParagraphAlignment.LEFT, right);
    }

    /** A borderless table of one row: the left column {@code leftWidth} twips wide, the right one centred. */
    private void columns(int leftWidth, List<Line> left, ParagraphAlignment leftAlign, List<Line> right) {
        var table = docx.createTable(1, 2);
        borders(table, XWPFBorderType.NONE, 0);
        table.setWidth(Integer.toString(TEXT_WIDTH));
        table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        grid(table, leftWidth, TEXT_WIDTH - leftWidth);
        var row = table.getRow(0);
        row.setCantSplitRow(true);
        lines(row.getCell(0), leftWidth, left, leftAlign);
        lines(row.getCell(1), TEXT_WIDTH - leftWidth, right, ParagraphAlignment.CENTER);
    }

    private static void lines(XWPFTableCell cell, int width, List<Line> lines, ParagraphAlignment align) {
        cell.setWidth(Integer.toString(width));
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            var p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            text(p, line.look(), line.text()).setAlignment(align);
            p.setSpacingBefore(line.before() * 20);
        }
    }

    /** A bordered table across the text width, its header row bold, centred and repeated on each page. */
    private void table(Table table) {
        var grid = docx.createTable(table.rows().size() + 1, table.header().size());
        grid.setWidth("100%");
        int[] widths = new int[table.header().size()];
        Arrays.fill(widths, TEXT_WIDTH / widths.length);
        grid(grid, widths);
        borders(grid, XWPFBorderType.SINGLE, 4);
        grid.getRow(0).setRepeatHeader(true);
        fill(grid, 0, table.header(), CELL_HEADER, ParagraphAlignment.CENTER);
        for (int r = 0; r < table.rows().size(); r++) {
            fill(grid, r + 1, table.rows().get(r), CELL, ParagraphAlignment.LEFT);
        }
        docx.createParagraph();
    }

    /**
     * The table's grid, which the format requires and POI leaves out: the columns' widths in twips, which Word and
     * LibreOffice start from before fitting a table that is not of fixed layout to its texts.
     */
    private static void grid(XWPFTable table, int... widths) {
        var grid = table.getCTTbl().addNewTblGrid();
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
    }

    /** The same border all round and between the cells, {@code size} eighths of a point wide. */
    private static void borders(XWPFTable table, XWPFBorderType type, int size) {
        table.setTopBorder(type, size, 0, "000000");
        table.setBottomBorder(type, size, 0, "000000");
        table.setLeftBorder(type, size, 0, "000000");
        table.setRightBorder(type, size, 0, "000000");
        table.setInsideHBorder(type, size, 0, "000000");
        table.setInsideVBorder(type, size, 0, "000000");
    }

    private static void fill(XWPFTable grid, int row, List<String> cells, Look look, ParagraphAlignment align) {
        for (int c = 0; c < cells.size(); c++) {
            text(grid.getRow(row).getCell(c).getParagraphs().get(0), look, cells.get(c))
                    .setAlignment(align);
        }
    }

    private void centred(Look look, String text, int before, int after) {
        var p = text(docx.createParagraph(), look, text);
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingBefore(before * 20);
        p.setSpacingAfter(after * 20);
    }

    /**
     * The paragraph with the text as one run, its line breaks kept as breaks, single-spaced with no space after
     * unless the caller sets one.
     */
    private static XWPFParagraph text(XWPFParagraph p, Look look, String text) {
        p.setSpacingAfter(0);
        var run = look(p.createRun(), look);
        var given = text.split("\n", -1);
        run.setText(given[0]);
        for (int i = 1; i < given.length; i++) {
            run.addBreak();
            run.setText(given[i], i);
        }
        return p;
    }

    private static <R extends XWPFRun> R look(R run, Look look) {
        run.setFontFamily(FONT);
        run.setFontSize(look.size());
        run.setBold(look.bold());
        run.setItalic(look.italic());
        if (look.underline()) {
            run.setUnderline(UnderlinePatterns.SINGLE);
        }
        return run;
    }

    private static int twips(int millimetres) {
        return (int) Math.ceil(millimetres * 1440 / 25.4);
    }
}
