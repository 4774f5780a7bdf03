package vn.neuguong.portal;

import java.time.format.DateTimeFormatter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * What machines read of the portal: the RSS feed of the newest articles, the sitemap of every published article
 * and list page, and robots.txt (staff pages and the API are not for crawlers; the sitemap is named).
 */
@RestController
class PortalFeedController {

    static final int FEED_SIZE = 30;
    static final int SITEMAP_SIZE = 50_000;

    private final PublicArticles articles;
    private final PortalLinks links;

    PortalFeedController(PublicArticles articles, PortalLinks links) {
        this.articles = articles;
        this.links = links;
    }

    private String base() {
        return links.base();
    }

    @GetMapping(value = "/portal/rss.xml", produces = "application/rss+xml;charset=UTF-8")
    String rss() {
        String base = base();
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\""
                + " xmlns:atom=\"http://www.w3.org/2005/Atom\"><channel><title>Nêu Gương — Tin tức</title><link>"
                + base + "/portal</link><description>Tin hoạt động, công tác Đảng, học tập và làm theo tư tưởng, đạo"
                + " đức, phong cách Hồ Chí Minh</description><language>vi</language><atom:link href=\"" + base
                + "/portal/rss.xml\" rel=\"self\" type=\"application/rss+xml\"/>");
        for (var card : articles.latest(null, FEED_SIZE)) {
            String link = base + "/portal/articles/" + card.id();
            xml.append("<item><title>")
                    .append(esc(card.title()))
                    .append("</title><link>")
                    .append(link)
                    .append("</link><guid isPermaLink=\"true\">")
                    .append(link)
                    .append("</guid><pubDate>")
                    .append(DateTimeFormatter.RFC_1123_DATE_TIME.format(card.publishedAt()))
                    .append("</pubDate>")
                    .append("<category>")
                    .append(esc(card.categoryName()))
                    .append("</category>");
            if (card.summary() != null) {
                xml.append("<description>").append(esc(card.summary())).append("</description>");
            }
            xml.append("</item>");
        }
        return xml.append("</channel></rss>\n").toString();
    }

    @GetMapping(value = "/portal/sitemap.xml", produces = "application/xml;charset=UTF-8")
    String sitemap() {
        String base = base();
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        xml.append("<url><loc>").append(base).append("/portal</loc><changefreq>hourly</changefreq></url>");
        for (var category : articles.categories()) {
            xml.append("<url><loc>")
                    .append(base)
                    .append("/portal/categories/")
                    .append(category.slug())
                    .append("</loc></url>");
        }
        for (var card : articles.all(SITEMAP_SIZE)) {
            xml.append("<url><loc>")
                    .append(base)
                    .append("/portal/articles/")
                    .append(card.id())
                    .append("</loc><lastmod>")
                    .append(DateTimeFormatter.ISO_LOCAL_DATE.format(card.publishedAt()))
                    .append("</lastmod></url>");
        }
        return xml.append("</urlset>\n").toString();
    }

    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> robots() {
        return ResponseEntity.ok("User-agent: *\nAllow: /portal\nDisallow: /portal-admin\nDisallow: /api/\n"
                + "Disallow: /login\nSitemap: " + base() + "/portal/sitemap.xml\n");
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
