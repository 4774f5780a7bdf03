package vn.neuguong.portal;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.NotFoundException;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;

/**
 * The portal as readers see it: only articles published and whose time has come, newest first; lists by category,
 * tag, organization or words typed without diacritics; an article with its related and latest news. The view count
 * shown adds the views {@link ViewCounter} holds and has not written yet.
 */
@Service
public class PublicArticles {

    static final int PAGE_SIZE = 12;

    /** An article in a list. */
    public record Card(
            long id,
            String title,
            String summary,
            OffsetDateTime publishedAt,
            String categoryName,
            String categorySlug,
            long organizationId,
            String organizationName,
            Long leadImageId,
            String leadCaption) {}

    /** A published article, whole. */
    public record Shown(
            long id,
            long organizationId,
            String organizationName,
            String categoryName,
            String categorySlug,
            String title,
            String summary,
            String bodyHtml,
            String byline,
            String sourceTag,
            Long leadImageId,
            String leadCaption,
            OffsetDateTime publishedAt,
            long viewCount,
            List<String> tags) {

        Shown withCounts(long views, List<String> tagList) {
            return new Shown(
                    id,
                    organizationId,
                    organizationName,
                    categoryName,
                    categorySlug,
                    title,
                    summary,
                    bodyHtml,
                    byline,
                    sourceTag,
                    leadImageId,
                    leadCaption,
                    publishedAt,
                    views,
                    tagList);
        }
    }

    /** A category, with how many articles readers can see in it. */
    public record Category(long id, String slug, String name, long articles) {}

    /** What a list shows; null leaves a filter out. */
    record Filter(String categorySlug, String tag, Long organizationId, String text) {
        static Filter all() {
            return new Filter(null, null, null, null);
        }
    }

    static final String VISIBLE = "a.status = 'PUBLISHED' AND a.published_at <= now()";

    private static final String CARD = "SELECT a.id, a.title, a.summary, a.published_at, c.name AS category_name,"
            + " c.slug AS category_slug, a.organization_id, " + TreeSql.name("a.organization_id")
            + " AS organization_name, a.lead_image_id, a.lead_caption FROM portal_article a"
            + " JOIN portal_category c ON c.id = a.category_id";

    private final JdbcClient jdbc;
    private final ViewCounter views;

    PublicArticles(JdbcClient jdbc, ViewCounter views) {
        this.jdbc = jdbc;
        this.views = views;
    }

    @Transactional(readOnly = true)
    public Page<Card> list(Filter filter, PageRequest request) {
        var parameters = new LinkedHashMap<String, Object>();
        parameters.put("category", filter.categorySlug());
        parameters.put("tag", filter.tag());
        parameters.put("organization", filter.organizationId());
        parameters.put(
                "q",
                filter.text() == null || filter.text().isBlank()
                        ? null
                        : filter.text().strip());
        String where = " WHERE " + VISIBLE
                + " AND (CAST(:category AS text) IS NULL OR c.slug = :category)"
                + " AND (CAST(:tag AS text) IS NULL OR EXISTS (SELECT 1 FROM portal_article_tag t"
                + " WHERE t.article_id = a.id AND t.tag = :tag))"
                + " AND (CAST(:organization AS bigint) IS NULL OR a.organization_id = :organization)"
                + " AND (CAST(:q AS text) IS NULL OR a.search_text LIKE '%' || fold_vi(:q) || '%')";
        long total = jdbc.sql(
                        "SELECT count(*) FROM portal_article a JOIN portal_category c ON c.id = a.category_id" + where)
                .params(parameters)
                .query(Long.class)
                .single();
        var items = jdbc.sql(CARD + where + " ORDER BY a.published_at DESC, a.id DESC" + request.limitOffset())
                .params(parameters)
                .query(Card.class)
                .list();
        return Page.of(items, request, total);
    }

    /** The newest articles, of one organization when named. */
    @Transactional(readOnly = true)
    public List<Card> latest(Long organizationId, int count) {
        return list(new Filter(null, null, organizationId, null), PageRequest.first(count))
                .items();
    }

    /** A published article; 404 for one not published (yet), unknown or taken back. */
    @Transactional(readOnly = true)
    public Shown article(long id) {
        var shown = jdbc.sql("SELECT a.id, a.organization_id, " + TreeSql.name("a.organization_id")
                        + " AS organization_name, c.name AS category_name, c.slug AS category_slug, a.title, a.summary,"
                        + " a.body_html, a.byline, a.source_tag, a.lead_image_id, a.lead_caption, a.published_at,"
                        + " a.view_count, CAST(NULL AS text[]) AS tags FROM portal_article a"
                        + " JOIN portal_category c ON c.id = a.category_id WHERE a.id = :id AND " + VISIBLE)
                .param("id", id)
                .query(Shown.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Article", id));
        var tags = ArticleTags.of(jdbc, id);
        return shown.withCounts(shown.viewCount() + views.pending(id), tags);
    }

    /** Up to {@code count} other articles sharing a tag, else the category, of the same article's readers. */
    @Transactional(readOnly = true)
    public List<Card> related(Shown article, int count) {
        return jdbc.sql(CARD + " WHERE " + VISIBLE + " AND a.id <> :id AND (a.category_id = (SELECT category_id FROM"
                        + " portal_article WHERE id = :id) OR EXISTS (SELECT 1 FROM portal_article_tag t JOIN"
                        + " portal_article_tag mine ON mine.tag = t.tag AND mine.article_id = :id WHERE t.article_id ="
                        + " a.id)) ORDER BY (SELECT count(*) FROM portal_article_tag t JOIN portal_article_tag mine ON"
                        + " mine.tag = t.tag AND mine.article_id = :id WHERE t.article_id = a.id) DESC,"
                        + " a.published_at DESC LIMIT :count")
                .param("id", article.id())
                .param("count", count)
                .query(Card.class)
                .list();
    }

    @Transactional(readOnly = true)
    public List<Category> categories() {
        return jdbc.sql("SELECT c.id, c.slug, c.name, (SELECT count(*) FROM portal_article a WHERE a.category_id = c.id"
                        + " AND " + VISIBLE + ") AS articles FROM portal_category c ORDER BY c.position, c.id")
                .query(Category.class)
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<Category> category(String slug) {
        return categories().stream().filter(c -> c.slug().equals(slug)).findFirst();
    }

    /** The tags of the visible articles with how many carry each, most used first. */
    @Transactional(readOnly = true)
    public Map<String, Long> tags(int count) {
        var tags = new LinkedHashMap<String, Long>();
        jdbc.sql("SELECT t.tag, count(*) AS n FROM portal_article_tag t JOIN portal_article a ON a.id = t.article_id"
                        + " WHERE " + VISIBLE + " GROUP BY t.tag ORDER BY n DESC, t.tag LIMIT :count")
                .param("count", count)
                .query((rs, n) -> tags.put(rs.getString("tag"), rs.getLong("n")))
                .list();
        return tags;
    }

    /** Every visible article's address data for the sitemap: id and when it was published. */
    @Transactional(readOnly = true)
    public List<Card> all(int max) {
        return jdbc.sql(CARD + " WHERE " + VISIBLE + " ORDER BY a.published_at DESC LIMIT :max")
                .param("max", max)
                .query(Card.class)
                .list();
    }
}
