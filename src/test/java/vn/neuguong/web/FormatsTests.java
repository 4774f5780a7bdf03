package vn.neuguong.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.RequestDispatcher;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class FormatsTests {

    final Formats formats = new Formats(new DisplayProperties(ZoneId.of("Asia/Ho_Chi_Minh")));

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void showsMomentsInTheReadersTimeZoneWhateverTheirOffset() {
        var utc = OffsetDateTime.of(2026, 9, 25, 17, 30, 0, 0, ZoneOffset.UTC);

        assertThat(formats.dateTime(utc)).isEqualTo("26/09/2026 00:30");
        assertThat(formats.dateTime(utc.toInstant())).isEqualTo("26/09/2026 00:30");
        assertThat(formats.date(utc.toInstant())).isEqualTo("26/09/2026");
        assertThat(formats.date(LocalDate.of(2023, 5, 30))).isEqualTo("30/05/2023");
        assertThat(formats.date(null)).isEmpty();
    }

    @Test
    void aConfiguredTimeZoneMovesTheTimes() {
        var london = new Formats(new DisplayProperties(ZoneId.of("Europe/London")));

        assertThat(london.dateTime(Instant.parse("2026-01-10T01:00:00Z"))).isEqualTo("10/01/2026 01:00");
        assertThat(formats.dateTime(Instant.parse("2026-01-10T01:00:00Z"))).isEqualTo("10/01/2026 08:00");
    }

    @Test
    void writesPercentagesAndNumbersInTheReadersLanguage() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        assertThat(formats.percent(78.7)).isEqualTo("78,7%");
        assertThat(formats.percent(100.0)).isEqualTo("100%");
        assertThat(formats.number(2000)).isEqualTo("2.000");

        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(formats.percent(78.7)).isEqualTo("78.7%");
        assertThat(formats.number(2000)).isEqualTo("2,000");
    }

    @Test
    void languageSwitchKeepsThePathAndQueryAndReplacesTheLanguage() {
        var request = new MockHttpServletRequest("GET", "/campaigns/5/board");
        request.setQueryString("organizationId=12&lang=vi&asOf=2026-09-25&q=v%C4%83n+mi%E1%BA%BFu");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        assertThat(formats.withLang("en"))
                .isEqualTo("/campaigns/5/board?organizationId=12&asOf=2026-09-25&q=v%C4%83n+mi%E1%BA%BFu&lang=en");
    }

    @Test
    void languageSwitchOnAPageWithoutQueryOnlyAddsTheLanguage() {
        var request = new MockHttpServletRequest("GET", "/audit");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        assertThat(formats.withLang("vi")).isEqualTo("/audit?lang=vi");
    }

    @Test
    void languageSwitchOnAnErrorPageKeepsTheAddressAskedFor() {
        var request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/campaigns/999");
        request.setAttribute(RequestDispatcher.ERROR_QUERY_STRING, "lang=vi&tab=board");

        assertThat(Formats.withLang(request, "en")).isEqualTo("/campaigns/999?tab=board&lang=en");
    }

    @Test
    void languageSwitchRefusesALanguageTheApplicationDoesNotSpeak() {
        var request = new MockHttpServletRequest("GET", "/audit");

        assertThatThrownBy(() -> Formats.withLang(request, "fr\"><script>"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
