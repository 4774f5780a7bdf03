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
        assertErrorShown(page, id, message);
    }

    /**
     * The error of the field {@code id} says {@code message} and the summary links to the field; for a control of
     * the page's own making (a picker) that ties the error to itself.
     */
    public static void assertErrorShown(Document page, String id, String message) {
        assertThat(page.getElementById(id)).as("the control #" + id).isNotNull();
        Element error = page.getElementById(id + "-error");
        assertThat(error).as("the error of #" + id).isNotNull();
        assertThat(error.hasClass("field-error")).isTrue();
        assertThat(error.text()).as("the error of #" + id).contains(message);
        assertThat(page.select(".error-summary a[href=#" + id + "]"))
                .as("the summary's link to #" + id)
                .hasSize(1);
    }

    /** Every label of the page names one control: by its {@code for}, or by holding it. */
    public static void assertEveryLabelNamesItsControl(Document page) {
        for (Element label : page.select("main label")) {
            boolean named = label.hasAttr("for")
                    ? page.getElementById(label.attr("for")) != null
                    : !label.select("input, select, textarea").isEmpty();
            assertThat(named).as("the label " + label.outerHtml()).isTrue();
        }
        assertThat(page.select("main label[for]").eachAttr("for"))
                .as("controls with one label each")
                .doesNotHaveDuplicates();
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
