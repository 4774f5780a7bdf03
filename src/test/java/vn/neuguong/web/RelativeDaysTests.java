package vn.neuguong.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

class RelativeDaysTests {

    static final LocalDate DUE = LocalDate.of(2023, 5, 30);

    static RelativeDays on(String instant) {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/web");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new RelativeDays(Clock.fixed(Instant.parse(instant), TimeConfiguration.ZONE), messages);
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void theSameDeadlineReadsDifferentlyOnDifferentDays() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        assertThat(on("2023-05-27T03:00:00Z").until(DUE)).isEqualTo("còn 3 ngày");
        assertThat(on("2023-05-30T03:00:00Z").until(DUE)).isEqualTo("hết hạn hôm nay");
        assertThat(on("2023-06-04T03:00:00Z").until(DUE)).isEqualTo("quá hạn 5 ngày");
        assertThat(on("2026-06-04T03:00:00Z").until(DUE)).isEqualTo("quá hạn 1101 ngày");
    }

    @Test
    void todayIsTheDayInVietnamNotOnTheServersClock() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        // 18:00 UTC on the 29th is already 01:00 on the 30th in Hà Nội
        assertThat(on("2023-05-29T18:00:00Z").until(DUE)).isEqualTo("hết hạn hôm nay");
    }

    @Test
    void speaksEnglishWithOneAndManyDays() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(on("2023-05-29T03:00:00Z").until(DUE)).isEqualTo("1 day left");
        assertThat(on("2023-05-25T03:00:00Z").until(DUE)).isEqualTo("5 days left");
        assertThat(on("2023-05-31T03:00:00Z").until(DUE)).isEqualTo("1 day overdue");
        assertThat(on("2023-06-30T03:00:00Z").until(DUE)).isEqualTo("31 days overdue");
    }
}
