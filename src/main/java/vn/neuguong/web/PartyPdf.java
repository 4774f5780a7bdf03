package vn.neuguong.web;

import static vn.neuguong.web.PdfFlow.MM;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import vn.neuguong.web.PartyDocument.Heading;
import vn.neuguong.web.PartyDocument.Paragraph;
import vn.neuguong.web.PartyDocument.Table;
import vn.neuguong.web.PdfFlow.Align;
import vn.neuguong.web.PdfFlow.Style;

/**
 * A {@link PartyDocument} as an A4 PDF laid out as Hướng dẫn 36-HD/VPTW lays out a Party document, the same layout
 * as {@link PartyDocx}: the issuer at the top left and "ĐẢNG CỘNG SẢN VIỆT NAM" at the top right, the title, the
 * body, then the recipients beside the signature. Liberation Serif stands in for Times New Roman, whose metrics it
 * shares, so the lines break where a printed Word copy breaks them, and it is embedded, so Vietnamese prints
 * anywhere.
 */
public final class PartyPdf {

    // The guidance's margins are top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm: the narrowest of each.
    static final float TOP = 20 * MM;
    static final float BOTTOM = 20 * MM;
    static final float LEFT = 30 * MM;
    static final float RIGHT = 15 * MM;

    /** The first line of a paragraph is indented 1 cm. */
    static final float INDENT = 10 * MM;

    /** The space the signer leaves between the title of the post and the name for the signature and seal. */
    static final float SIGNATURE = 64;

    private final Style regular;
    private final Style bold;
    private final Style italic;
    private final PdfFlow flow;

    private PartyPdf(PdfSheet sheet) throws IOException {
        this.regular = new Style(sheet.normal(), 14);
        this.bold = new Style(sheet.strong(), 14);
        this.italic = new Style(sheet.italic(), 14);
        this.flow = new PdfFlow(sheet, TOP, BOTTOM, LEFT, RIGHT, regular);
    }

    /** The document's PDF. */
    public static byte[] pdf(PartyDocument document) {
        try (var sheet = PdfSheet.blank(TOP)) {
            new PartyPdf(sheet).write(document);
            return sheet.bytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(PartyDocument document) throws IOException {
        header(document);
        flow.down(20);
        var title = new Style(bold.font(), 15);
        flow.paragraph(title, document.kind(), 0, Align.CENTER);
        if (!document.subject().isEmpty()) {
            flow.paragraph(bold, document.subject(), 0, Align.CENTER);
        }
        flow.down(14);
        for (var block : document.body()) {
            if (block instanceof Heading heading) {
                flow.down(6);
                flow.ensure(bold.leading() + 2 * regular.leading());
                flow.paragraph(bold, heading.text(), INDENT, Align.LEFT);
            } else if (block instanceof Paragraph paragraph) {
                flow.paragraph(regular, paragraph.text(), INDENT, Align.JUSTIFY);
                flow.down(6);
            } else if (block instanceof Table table) {
                flow.down(4);
                PdfTable.draw(flow, new Style(regular.font(), 13), new Style(bold.font(), 13), table);
                flow.down(10);
            }
        }
        flow.down(12);
        closing(document);
    }

    /** A line of a column: its style, whether it is underlined, and the space above it. */
    private record Piece(Style style, String text, boolean underline, float before) {

        Piece(Style style, String text) {
            this(style, text, false, 0);
        }
    }

    /**
     * The issuer's column and the party's column side by side; the right one as wide as its title or the date line
     * (whichever is wider) asks, the issuer's names wrapping in what is left.
     */
    private void header(PartyDocument document) throws IOException {
        var left = new ArrayList<Piece>();
        if (document.superior() != null) {
            left.add(new Piece(regular, document.superior()));
        }
        left.add(new Piece(bold, document.issuer()));
        left.add(new Piece(regular, "*"));
        left.add(new Piece(regular, document.numberLine()));
        var party = new Style(bold.font(), 15);
        var right = List.of(
                new Piece(party, PartyDocument.PARTY, true, 0), new Piece(italic, document.dateLine(), false, 8));
        float wanted = Math.max(party.width(PartyDocument.PARTY), italic.width(document.dateLine())) + 12;
        float rightWidth = Math.min(wanted, flow.width() * 0.6f);
        columns(flow.width() - rightWidth, left, Align.CENTER, right);
    }

    /** "Nơi nhận:" and the recipients at the left, the signature block centred at the right. */
    private void closing(PartyDocument document) throws IOException {
        var left = new ArrayList<Piece>();
        left.add(new Piece(regular, "Nơi nhận:", true, 0));
        var small = new Style(regular.font(), 12);
        for (var recipient : document.recipients()) {
            left.add(new Piece(small, "- " + recipient));
        }
        var right = List.of(
                new Piece(bold, document.onBehalf()),
                new Piece(bold, document.signerTitle()),
                new Piece(bold, document.signerName(), false, SIGNATURE));
        columns(flow.width() / 2, left, Align.LEFT, right);
    }

    /** Two columns from the current position, kept on one page; the position moves below the longer. */
    private void columns(float leftWidth, List<Piece> left, Align leftAlign, List<Piece> right) throws IOException {
        float rightX = flow.left() + leftWidth;
        float rightWidth = flow.width() - leftWidth;
        float height = Math.max(
                column(left, flow.left(), leftWidth, leftAlign, false),
                column(right, rightX, rightWidth, Align.CENTER, false));
        flow.ensure(height);
        column(left, flow.left(), leftWidth, leftAlign, true);
        column(right, rightX, rightWidth, Align.CENTER, true);
        flow.down(height);
    }

    /** The height of the pieces wrapped to the span, drawn from the current position down if {@code draw}. */
    private float column(List<Piece> pieces, float x, float span, Align align, boolean draw) throws IOException {
        float at = 0;
        for (var piece : pieces) {
            at += piece.before();
            var style = piece.style();
            for (var line : PdfFlow.wrap(style, piece.text(), span, 0)) {
                if (draw) {
                    float baseline = style.baseline(flow.y() - at);
                    PdfFlow.line(flow.content(), style, line, x, span, baseline, align);
                    if (piece.underline()) {
                        PdfFlow.underline(flow.content(), style, line, x, span, baseline, align);
                    }
                }
                at += style.leading();
            }
        }
        return at;
    }
}
