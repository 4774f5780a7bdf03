package vn.neuguong.portal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.FieldErrors;
import vn.neuguong.shared.NotFoundException;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.shared.Role;

/**
 * The articles of the portals in scope, as staff write them: a draft, sent for review, published now or at a set
 * time by {@link ArticlePublisher}, taken back to draft. Staff and secretaries write and send for review; only
 * staff (or an administrator) publish and take back. Every change is audited; a change readers can see clears the
 * portal's page cache ({@link PortalChanged}).
 */
@Service
class Articles {

    static final String ENTITY = "PortalArticle";
    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 100;

    static final String SELECT = "SELECT a.id, a.organization_id, " + TreeSql.name("a.organization_id")
            + " AS organization_name, a.category_id, c.name AS category_name, a.slug, a.title, a.summary, a.body_html,"
            + " a.byline, a.source_tag, a.lead_image_id, a.lead_caption, a.status, a.publish_at, a.published_at,"
            + " a.source_kind, a.source_id, a.view_count, CAST(NULL AS text[]) AS tags, a.created_by, a.created_at,"
            + " a.version FROM portal_article a JOIN portal_category c ON c.id = a.category_id";

    /** Which articles a list shows; null leaves a filter out. */
    record Filter(Article.Status status, Long organizationId, String text) {}

    private final JdbcClient jdbc;
    private final ArticleChecks checks;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Articles(JdbcClient jdbc, ArticleChecks checks, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.checks = checks;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Page<Article> list(Filter filter, Scope scope, PageRequest request) {
        var parameters = new LinkedHashMap<String, Object>();
        parameters.put(
                "status", filter.status() == null ? null : filter.status().name());
        parameters.put("organization", filter.organizationId());
        parameters.put(
                "q",
                filter.text() == null || filter.text().isBlank()
                        ? null
                        : filter.text().strip());
        String where = " WHERE " + scope.coversOrganization("a.organization_id")
                + " AND (CAST(:status AS text) IS NULL OR a.status = :status)"
                + " AND (CAST(:organization AS bigint) IS NULL OR a.organization_id = :organization)"
                + " AND (CAST(:q AS text) IS NULL OR a.search_text LIKE '%' || fold_vi(:q) || '%')";
        long total = jdbc.sql("SELECT count(*) FROM portal_article a" + where)
                .params(parameters)
                .query(Long.class)
                .single();
        var items = jdbc.sql(SELECT + where + " ORDER BY a.created_at DESC, a.id DESC" + request.limitOffset())
                .params(parameters)
                .query(Article.class)
                .list();
        var tags = ArticleTags.of(jdbc, items.stream().map(Article::id).toList());
        return Page.of(
                items.stream()
                        .map(a -> a.withTags(tags.getOrDefault(a.id(), List.of())))
                        .toList(),
                request,
                total);
    }

    @Transactional(readOnly = true)
    Article get(long id, Scope scope) {
        return jdbc.sql(SELECT + " WHERE a.id = :id AND " + scope.coversOrganization("a.organization_id"))
                .param("id", id)
                .query(Article.class)
                .optional()
                .map(this::tagged)
                .orElseThrow(() -> new NotFoundException("Article", id));
    }

    /** Keeps a new draft; every bad field at once, nothing kept then. */
    @Transactional
    Article create(ArticleInput.Draft input, Actor actor) {
        writer(actor);
        var c = checks.checkedNew(input, Scope.of(actor));
        long id = jdbc.sql("INSERT INTO portal_article (organization_id, category_id, slug, title, summary, body_html,"
                        + " byline, source_tag, lead_caption, source_kind, source_id, created_by) VALUES"
                        + " (:organization, :category, :slug, :title, :summary, :body, :byline, :sourceTag, :caption,"
                        + " :sourceKind, :sourceId, :by) RETURNING id")
                .param("organization", c.organizationId())
                .param("category", c.categoryId())
                .param("slug", freeSlug(c.organizationId(), ArticleChecks.slug(c.title())))
                .param("title", c.title())
                .param("summary", c.summary())
                .param("body", c.bodyHtml())
                .param("byline", c.byline())
                .param("sourceTag", c.sourceTag())
                .param("caption", c.leadCaption())
                .param(
                        "sourceKind",
                        c.sourceKind() == null ? null : c.sourceKind().name())
                .param("sourceId", c.sourceId())
                .param("by", actor.username())
                .query(Long.class)
                .single();
        saveTags(id, c.tags());
        var created = get(id, Scope.everything());
        audit.created(ENTITY, id, created.organizationId(), state(created));
        return created;
    }

    /** Changes the text of an article at the version read; a published one's readers see it at once. */
    @Transactional
    Article update(long id, int version, ArticleInput.Draft input, Actor actor) {
        writer(actor);
        var before = get(id, Scope.of(actor));
        if (before.status() == Article.Status.PUBLISHED && !publisher(actor)) {
            throw new AccessDeniedException("portal.article.publisher");
        }
        var c = checks.checkedEdit(input);
        int changed = jdbc.sql("UPDATE portal_article SET category_id = :category, title = :title, summary = :summary,"
                        + " body_html = :body, byline = :byline, source_tag = :sourceTag, lead_caption = :caption,"
                        + " version = version + 1 WHERE id = :id AND version = :version")
                .param("category", c.categoryId())
                .param("title", c.title())
                .param("summary", c.summary())
                .param("body", c.bodyHtml())
                .param("byline", c.byline())
                .param("sourceTag", c.sourceTag())
                .param("caption", c.leadCaption())
                .param("id", id)
                .param("version", version)
                .update();
        if (changed == 0) {
            throw new ConflictException("portal.article.changed");
        }
        jdbc.sql("DELETE FROM portal_article_tag WHERE article_id = :id")
                .param("id", id)
                .update();
        saveTags(id, c.tags());
        return changed(before, actor);
    }

    /** A draft goes to review. */
    @Transactional
    Article submit(long id, int version, Actor actor) {
        writer(actor);
        var before = get(id, Scope.of(actor));
        move(before, version, Article.Status.DRAFT, "status = 'REVIEW'");
        return changed(before, actor);
    }

    /**
     * A reviewed article is published now, or scheduled: with a time to come it waits in review until
     * {@link ArticlePublisher} publishes it at that time.
     */
    @Transactional
    Article publish(long id, int version, ArticleInput.Publish input, Actor actor) {
        if (!publisher(actor)) {
            throw new AccessDeniedException("portal.article.publisher");
        }
        var before = get(id, Scope.of(actor));
        OffsetDateTime at = input == null ? null : input.publishAt();
        if (at != null && at.isAfter(OffsetDateTime.now(clock).plusYears(1))) {
            new FieldErrors().add("publishAt", "portal.article.publishAt.far").throwIfAny();
        }
        if (at != null && at.isAfter(OffsetDateTime.now(clock))) {
            move(before, version, Article.Status.REVIEW, "publish_at = CAST(:at AS timestamptz)", Map.of("at", at));
        } else {
            move(
                    before,
                    version,
                    Article.Status.REVIEW,
                    "status = 'PUBLISHED', published_at = now(), publish_at = NULL");
        }
        return changed(before, actor);
    }

    /** A published or scheduled article goes back to draft: readers no longer see it. */
    @Transactional
    Article withdraw(long id, int version, Actor actor) {
        if (!publisher(actor)) {
            throw new AccessDeniedException("portal.article.publisher");
        }
        var before = get(id, Scope.of(actor));
        if (before.status() == Article.Status.DRAFT) {
            throw new ConflictException("portal.article.status");
        }
        move(before, version, before.status(), "status = 'DRAFT', published_at = NULL, publish_at = NULL");
        return changed(before, actor);
    }

    private void move(Article before, int version, Article.Status from, String set) {
        move(before, version, from, set, Map.of());
    }

    private void move(Article before, int version, Article.Status from, String set, Map<String, Object> extra) {
        if (before.status() != from) {
            throw new ConflictException("portal.article.status");
        }
        var parameters = new LinkedHashMap<String, Object>(extra);
        parameters.put("id", before.id());
        parameters.put("version", version);
        parameters.put("from", from.name());
        int changed = jdbc.sql("UPDATE portal_article SET " + set + ", version = version + 1"
                        + " WHERE id = :id AND version = :version AND status = :from")
                .params(parameters)
                .update();
        if (changed == 0) {
            throw new ConflictException("portal.article.changed");
        }
    }

    private Article changed(Article before, Actor actor) {
        var after = get(before.id(), Scope.of(actor));
        audit.updated(ENTITY, after.id(), after.organizationId(), state(before), state(after));
        if (before.status() == Article.Status.PUBLISHED || after.status() == Article.Status.PUBLISHED) {
            events.publishEvent(new PortalChanged(after.id()));
        }
        return after;
    }

    /** Sets the lead image of an article (changing it at once if it is published). */
    @Transactional
    void leadImage(Article article, long imageId, Actor actor) {
        writer(actor);
        jdbc.sql("UPDATE portal_article SET lead_image_id = :image, version = version + 1 WHERE id = :id")
                .param("image", imageId)
                .param("id", article.id())
                .update();
        changed(article, actor);
    }

    private static void writer(Actor actor) {
        if (!actor.isAdmin() && !actor.has(Role.STAFF) && !actor.has(Role.SECRETARY)) {
            throw new AccessDeniedException("portal.article.writer");
        }
    }

    static boolean publisher(Actor actor) {
        return actor.isAdmin() || actor.has(Role.STAFF);
    }

    private String freeSlug(long organization, String slug) {
        var taken = jdbc.sql("SELECT slug FROM portal_article WHERE organization_id = :o AND slug LIKE :p")
                .param("o", organization)
                .param("p", slug + "%")
                .query(String.class)
                .set();
        String candidate = slug;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = slug + "-" + n;
        }
        return candidate;
    }

    private void saveTags(long id, List<String> tags) {
        ArticleTags.save(jdbc, id, tags);
    }

    private Article tagged(Article a) {
        return a.withTags(ArticleTags.of(jdbc, a.id()));
    }

    static Map<String, Object> state(Article a) {
        var state = new LinkedHashMap<String, Object>();
        state.put("status", a.status());
        state.put("categoryId", a.categoryId());
        state.put("title", a.title());
        state.put("summary", a.summary());
        state.put("byline", a.byline());
        state.put("sourceTag", a.sourceTag());
        state.put("publishAt", a.publishAt());
        state.put("publishedAt", a.publishedAt());
        state.put("tags", a.tags());
        return state;
    }
}
