package vn.neuguong.meeting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.member.MemberSql;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.web.Formats;

/**
 * The signature sheet (danh sách ký tên) of a meeting as a PDF: the host, title, time and venue, then one row per
 * expected member (name, cell, post) with an empty column to sign in. PDFBox writes it with Liberation Serif
 * (from {@code openpdf-fonts-extra}) embedded, so Vietnamese letters print and copy as written.
 */
@Component
class AttendanceSheet {

    /** One row of the sheet; {@code post} is a {@code member.title} key's suffix or null. */
    record Line(String fullName, String cell, String post) {}

    private static final float MARGIN = 40;
    private static final float ROW = 24;
    private static final float[] WIDTHS = {32, 170, 150, 88, 75};

    private final JdbcClient jdbc;
    private final Meetings meetings;
    private final Attendance attendance;
    private final MessageSource messages;
    private final Formats formats;

    AttendanceSheet(
            JdbcClient jdbc, Meetings meetings, Attendance attendance, MessageSource messages, Formats formats) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.attendance = attendance;
        this.messages = messages;
        this.formats = formats;
    }

    List<Line> lines(Meeting meeting) {
        return jdbc.sql("SELECT " + MemberSql.fullName("x.id") + " AS full_name, "
                        + TreeSql.name(MemberSql.cellOf("x.id")) + " AS cell, "
                        + MemberSql.postOn("x.id", "CAST(:day AS date)") + " AS post FROM ("
                        + attendance.expected(meeting) + ") x ORDER BY " + MemberSql.fullName("x.id")
                        + " COLLATE vi_icu, x.id")
                .param("m", meeting.id())
                .param("day", Attendance.day(meeting))
                .query(Line.class)
                .list();
    }

    byte[] pdf(long meetingId, Viewer viewer, Locale locale) {
        var meeting = meetings.get(meetingId, viewer);
        String hostName = jdbc.sql("SELECT " + TreeSql.name(":host"))
                .param("host", meeting.hostId())
                .query(String.class)
                .single();
        String host = meeting.hostBody() == null
                ? hostName
                : text(locale, "meeting.hostBody." + meeting.hostBody(), hostName);
        var lines = lines(meeting);
        try (var document = new PDDocument();
                var regular = font("liberation/LiberationSerif-Regular.ttf");
                var bold = font("liberation/LiberationSerif-Bold.ttf")) {
            var normal = PDType0Font.load(document, regular);
            var strong = PDType0Font.load(document, bold);
            var writer = new Writer(document, normal);
            writer.line(strong, 12, host.toUpperCase(Locale.forLanguageTag("vi")), false);
            writer.gap(10);
            writer.line(strong, 16, text(locale, "meeting.sheet.title"), true);
            writer.line(strong, 13, meeting.title(), true);
            writer.line(normal, 11, text(locale, "meeting.sheet.host", host), true);
            writer.line(
                    normal,
                    11,
                    text(
                            locale,
                            "meeting.sheet.time",
                            formats.dateTime(meeting.startsAt()) + " – " + formats.dateTime(meeting.endsAt())),
                    true);
            if (meeting.venue() != null) {
                writer.line(normal, 11, text(locale, "meeting.sheet.venue", meeting.venue()), true);
            }
            writer.gap(8);
            String[] head = {"number", "name", "cell", "post", "signature"};
            var header = java.util.Arrays.stream(head)
                    .map(h -> text(locale, "meeting.sheet." + h))
                    .toArray(String[]::new);
            writer.row(strong, header);
            int n = 0;
            for (var line : lines) {
                if (writer.full()) {
                    writer.newPage();
                    writer.row(strong, header);
                }
                String post = line.post() == null ? "" : text(locale, "member.title." + line.post());
                writer.row(normal, String.valueOf(++n), line.fullName(), nullToEmpty(line.cell()), post, "");
            }
            writer.gap(12);
            writer.line(normal, 11, text(locale, "meeting.sheet.count", lines.size()), false);
            writer.close();
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static InputStream font(String path) throws IOException {
        var stream = AttendanceSheet.class.getClassLoader().getResourceAsStream(path);
        if (stream == null) {
            throw new IOException("font not on the classpath: " + path);
        }
        return stream;
    }

    /** Writes lines and table rows down A4 pages. */
    private static final class Writer {
        private final PDDocument document;
        private final PDFont font;
        private PDPageContentStream content;
        private float y;

        Writer(PDDocument document, PDFont font) throws IOException {
            this.document = document;
            this.font = font;
            newPage();
        }

        void newPage() throws IOException {
            close();
            var page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        boolean full() {
            return y - ROW < MARGIN;
        }

        void gap(float points) {
            y -= points;
        }

        void line(PDFont f, float size, String text, boolean centered) throws IOException {
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            String fitted = fit(f, size, text, width);
            float x = centered ? MARGIN + (width - f.getStringWidth(fitted) / 1000 * size) / 2 : MARGIN;
            y -= size * 1.5f;
            write(f, size, fitted, x, y);
        }

        void row(PDFont f, String... cells) throws IOException {
            float x = MARGIN;
            float top = y;
            y -= ROW;
            for (int i = 0; i < cells.length; i++) {
                content.addRect(x, y, WIDTHS[i], ROW);
                content.stroke();
                write(f, 10, fit(f, 10, cells[i], WIDTHS[i] - 8), x + 4, y + 8);
                x += WIDTHS[i];
            }
            y = Math.min(y, top - ROW);
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
            while (!fitted.isEmpty() && f.getStringWidth(fitted) / 1000 * size > width) {
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
