package vn.neuguong.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** What every form page with an error must show, as the shared form fragments render it (README, "Pages"). */
public final class FormPages {

    private FormPages() {}

    /**
     * The control {@code id} is marked invalid and described by its error, which says {@code message}; the error
     * summary links to it.
     */
    public static void assertFieldError(Document page, String id, String message) {
        Element control = page.getElementById(id);
        assertThat(control).as("the control #" + id).isNotNull();
        assertThat(control.attr("aria-invalid")).as("aria-invalid of #" + id).isEqualTo("true");
        assertThat(Arrays.asList(control.attr("aria-describedby").split(" ")))
                .as("aria-describedby of #" + id)
                .contains(id + "-error");
        Element error = page.getElementById(id + "-error");
        assertThat(error).as("the error of #" + id).isNotNull();
        assertThat(error.hasClass("field-error")).isTrue();
        assertThat(error.text()).as("the error of #" + id).contains(message);
        assertThat(page.select(".error-summary a[href=#" + id + "]"))
                .as("the summary's link to #" + id)
                .hasSize(1);
    }

    /** The summary on top: its first link reads {@code firstLink}, and it links to exactly these fields. */
    public static void assertSummaryLinks(Document page, String firstLink, String... ids) {
        var links = page.select(".error-summary[role=alert] li a");
        assertThat(links).as("links of the error summary").isNotEmpty();
        assertThat(links.first().text()).isEqualTo(firstLink);
        assertThat(links.eachAttr("href"))
                .containsExactly(Arrays.stream(ids).map(id -> "#" + id).toArray(String[]::new));
    }
}
