package vn.neuguong.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * How dates, times and numbers read in both languages, for templates ({@code ${@formats.dateTime(n.createdAt)}}),
 * exports and messages. Dates are dd/mm/yyyy, times are read in the configured time zone, numbers and percentages
 * follow the reader's language (78,7% in Vietnamese, 78.7% in English).
 */
@Component("formats")
public class Formats {

    /** dd/mm/yyyy, the way dates are written in Vietnam, on pages and in exports alike. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final ZoneId zone;

    public Formats(DisplayProperties properties) {
        this.zone = properties.timeZone();
    }

    /** The readers' time zone. */
    public ZoneId zone() {
        return zone;
    }

    /** A date, or the day of a moment in the readers' time zone; empty for null. */
    public String date(TemporalAccessor value) {
        return value == null ? "" : DATE.format(inZone(value));
    }

    /** A moment as day and minute in the readers' time zone; empty for null. */
    public String dateTime(TemporalAccessor value) {
        return value == null ? "" : DATE_TIME.format(inZone(value));
    }

    /** A number in the reader's language: 2.000 and 12,5 in Vietnamese, 2,000 and 12.5 in English. */
    public String number(Number value) {
        return value == null
                ? ""
                : numberFormat(LocaleContextHolder.getLocale()).format(value);
    }

    /** A percentage given in percent (78.7 for 78.7%), with at most one decimal, in the reader's language. */
    public String percent(Number value) {
        return value == null ? "" : number(value) + "%";
    }

    /**
     * The address of the page being shown, path and query kept, with {@code lang} set to the language: the
     * language switch. Thymeleaf 3.1 no longer hands templates the request, so it is taken from the current one.
     * The address of a page shown for an error is the one the reader asked for.
     */
    public String withLang(String language) {
        var attributes = RequestContextHolder.getRequestAttributes();
        if (!(attributes instanceof ServletRequestAttributes servlet)) {
            return "?lang=" + language;
        }
        return withLang(servlet.getRequest(), language);
    }

    static String withLang(HttpServletRequest request, String language) {
        Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Object forwardUri = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String path = errorUri != null
                ? errorUri.toString()
                : forwardUri != null ? forwardUri.toString() : request.getRequestURI();
        String query = errorUri != null
                ? (String) request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING)
                : forwardUri != null
                        ? (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING)
                        : request.getQueryString();
        String kept = query == null
                ? ""
                : Arrays.stream(query.split("&"))
                        .filter(pair -> !pair.isEmpty() && !isLang(pair))
                        .collect(Collectors.joining("&"));
        if (WebConfiguration.LANGUAGES.stream()
                .noneMatch(known -> known.getLanguage().equals(language))) {
            throw new IllegalArgumentException("Not a language of the application: " + language);
        }
        String lang = "lang=" + language;
        return path + "?" + (kept.isEmpty() ? lang : kept + "&" + lang);
    }

    private static boolean isLang(String pair) {
        String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
        return URLDecoder.decode(name, StandardCharsets.UTF_8).equals("lang");
    }

    private TemporalAccessor inZone(TemporalAccessor value) {
        if (value instanceof Instant instant) {
            return instant.atZone(zone);
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(zone);
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(zone);
        }
        if (value instanceof LocalDateTime || value instanceof LocalDate) {
            return value;
        }
        throw new IllegalArgumentException(
                "Not a date or a moment: " + value.getClass().getName());
    }

    private static DecimalFormat numberFormat(Locale locale) {
        var language = WebConfiguration.LANGUAGES.stream()
                .filter(known -> known.getLanguage().equals(locale.getLanguage()))
                .findFirst()
                .orElse(WebConfiguration.VIETNAMESE);
        return new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(language));
    }
}
