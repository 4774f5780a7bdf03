package vn.neuguong.meeting;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.property.Status;
import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;
import biweekly.util.UtcOffset;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.neuguong.web.TimeConfiguration;

/**
 * A member's calendar as iCalendar (RFC 5545): each meeting an event in Hà Nội time with a stable UID, cancelled ones
 * marked so; each deadline an all-day event on its day. Written in Vietnamese, UTF-8, lines folded at 75 octets
 * without cutting a character in two.
 */
@Component
class CalendarFeed {

    static final Locale LOCALE = Locale.forLanguageTag("vi");
    private static final int LINE_OCTETS = 75;

    private final MessageSource messages;

    CalendarFeed(MessageSource messages) {
        this.messages = messages;
    }

    String write(CalendarEntries.Entries entries) {
        var calendar = new ICalendar();
        calendar.setProductId("-//Neu Guong//Calendar//VI");
        calendar.setName(text("meeting.calendar.feed.name"));
        calendar.setExperimentalProperty("X-WR-CALNAME", text("meeting.calendar.feed.name"));
        calendar.getTimezoneInfo().setDefaultTimezone(hanoi());
        for (var meeting : entries.meetings()) {
            var event = new VEvent();
            event.setUid("meeting-" + meeting.id() + "@neuguong");
            event.setSummary(meeting.title());
            event.setLocation(meeting.venue());
            event.setDateStart(Date.from(meeting.startsAt().toInstant()));
            event.setDateEnd(Date.from(meeting.endsAt().toInstant()));
            event.setStatus(meeting.status() == Meeting.Status.CANCELLED ? Status.cancelled() : Status.confirmed());
            event.setDescription(
                    meeting.status() == Meeting.Status.CANCELLED
                            ? text("meeting.calendar.feed.cancelled", meeting.host(), meeting.cancelReason())
                            : text("meeting.calendar.feed.host", meeting.host()));
            calendar.addEvent(event);
        }
        for (var deadline : entries.deadlines()) {
            var event = new VEvent();
            event.setUid(deadline.kind().name().toLowerCase(Locale.ROOT) + "-" + deadline.id() + "@neuguong");
            event.setSummary(text(
                    "meeting.calendar.feed." + deadline.kind() + (deadline.done() ? ".done" : ""), deadline.title()));
            event.setDescription(text("meeting.calendar.feed.of", deadline.meeting()));
            event.setDateStart(day(deadline.dueOn()), false);
            event.setDateEnd(day(deadline.dueOn().plusDays(1)), false);
            event.addCategories(text("meeting.calendar.feed.deadline"));
            calendar.addEvent(event);
        }
        return fold(Biweekly.write(calendar).foldLines(false).go());
    }

    /** Asia/Ho_Chi_Minh has kept UTC+7 without summer time since 1975. */
    private static TimezoneAssignment hanoi() {
        var standard = new StandardTime();
        standard.setDateStart(new DateTimeComponents(1975, 6, 13, 0, 0, 0, false));
        standard.setTimezoneOffsetFrom(new UtcOffset(true, 7, 0));
        standard.setTimezoneOffsetTo(new UtcOffset(true, 7, 0));
        standard.addTimezoneName("+07");
        var zone = new VTimezone(TimeConfiguration.ZONE.getId());
        zone.addStandardTime(standard);
        return new TimezoneAssignment(TimeZone.getTimeZone(TimeConfiguration.ZONE), zone);
    }

    /** A date-only value: biweekly writes and reads it in the JVM's zone. */
    private static ICalDate day(LocalDate day) {
        return new ICalDate(Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant()), false);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LOCALE);
    }

    /** Folds every content line at 75 octets of UTF-8 (RFC 5545, 3.1), continuing with a space. */
    static String fold(String unfolded) {
        var out = new StringBuilder(unfolded.length() + unfolded.length() / 50);
        for (String line : unfolded.split("\r\n")) {
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = octets(codePoint);
                if (octets + size > LINE_OCTETS) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    /** The length of the code point in UTF-8. */
    private static int octets(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }
}
