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

    /**
     * An article's body, sanitized as {@link #sanitize} does, that also keeps photos with their captions
     * ({@code figure}, {@code figcaption}) and the site's own images and links by a relative address; a script
     * address is removed from any link or image. Null for a blank text.
     */
    public static String sanitizeArticle(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        var safelist = Safelist.relaxed()
                .addTags("figure", "figcaption")
                .addAttributes("img", "loading")
                .preserveRelativeLinks(true);
        return Jsoup.clean(html, "https://portal.invalid/", safelist);
    }

    /** The paragraphs of the HTML as plain text, for an export: one per block, none blank. */
    public static java.util.List<String> paragraphs(String html) {
        if (html == null || html.isBlank()) {
            return java.util.List.of();
        }
        var body = Jsoup.parse(html).body();
        var blocks = body.select("p, li, h1, h2, h3, h4, h5, h6, blockquote, pre");
        var texts = (blocks.isEmpty() ? java.util.List.of(body.text()) : blocks.eachText())
                .stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
        return texts;
    }

    /** The words of the HTML, without its tags: blank when the text shows nothing to read. */
    public static String plainText(String html) {
        return html == null ? "" : Jsoup.parse(html).text().strip();
    }
}
