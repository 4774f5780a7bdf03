package vn.neuguong.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Deadlines as a person reads them ("còn 3 ngày", "quá hạn 5 ngày"), computed from the clock when the page is
 * shown, never stored. Templates call it as {@code ${@days.until(o.dueOn)}}.
 */
@Component("days")
public class RelativeDays {

    private final Clock clock;
    private final MessageSource messages;

    RelativeDays(Clock clock, MessageSource messages) {
        this.clock = clock;
        this.messages = messages;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Days from today to the deadline: negative once it has passed. */
    public long left(LocalDate dueOn) {
        return ChronoUnit.DAYS.between(today(), dueOn);
    }

    /** How long until an open deadline, or how long it is overdue, in the reader's language. */
    public String until(LocalDate dueOn) {
        long left = left(dueOn);
        String key = left > 0 ? "days.left" : left == 0 ? "days.today" : "days.overdue";
        return messages.getMessage(key, new Object[] {Math.abs(left)}, LocaleContextHolder.getLocale());
    }
}
