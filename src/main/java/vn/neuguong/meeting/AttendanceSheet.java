package vn.neuguong.meeting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.member.MemberSql;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.web.Formats;
import vn.neuguong.web.PdfSheet;

/**
 * The signature sheet (danh sách ký tên) of a meeting as a PDF: the host, title, time and venue, then one row per
 * expected member (name, cell, post) with an empty column to sign in, on a {@link PdfSheet}.
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
        try (var writer = PdfSheet.rows(MARGIN, ROW)) {
            var normal = writer.normal();
            var strong = writer.strong();
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
            writer.row(strong, WIDTHS, header);
            int n = 0;
            for (var line : lines) {
                if (!writer.fits(1)) {
                    writer.newPage();
                    writer.row(strong, WIDTHS, header);
                }
                String post = line.post() == null ? "" : text(locale, "member.title." + line.post());
                writer.row(normal, WIDTHS, String.valueOf(++n), line.fullName(), nullToEmpty(line.cell()), post, "");
            }
            writer.gap(12);
            writer.line(normal, 11, text(locale, "meeting.sheet.count", lines.size()), false);
            return writer.bytes();
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
}
