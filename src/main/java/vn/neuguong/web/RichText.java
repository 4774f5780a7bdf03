package vn.neuguong.web;

import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/** Rich text people type into a form: kept with its formatting, without scripts, event handlers or anything unsafe. */
public final class RichText {

    private RichText() {}

    /** The sanitized HTML, or null for a blank text. */
    public static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        return Jsoup.clean(html, Safelist.relaxed());
    }

    /** The words of the HTML, without its tags: blank when the text shows nothing to read. */
    public static String plainText(String html) {
        return html == null ? "" : Jsoup.parse(html).text().strip();
    }
}
