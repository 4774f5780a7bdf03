package vn.neuguong.portal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.FieldErrors;
import vn.neuguong.web.RichText;

/**
 * The rules of an article's text, all checked at once: an open organization in the caller's scope, a category, a
 * plain title, summary, byline, source tag, caption and tags within their lengths, a body with something to read
 * (sanitized: scripts, event handlers and unsafe addresses are removed, formatting kept), and for a new article a
 * source in scope, if one is named.
 */
@Component
class ArticleChecks {

    static final int MAX_TAGS = 10;

    /** The input as it is kept. */
    record Checked(
            Long organizationId,
            long categoryId,
            String title,
            String summary,
            String bodyHtml,
            String byline,
            String sourceTag,
            String leadCaption,
            List<String> tags,
            Article.SourceKind sourceKind,
            Long sourceId) {}

    private final JdbcClient jdbc;
    private final ArticleSources sources;

    ArticleChecks(JdbcClient jdbc, ArticleSources sources) {
        this.jdbc = jdbc;
        this.sources = sources;
    }

    /** A new article's input: its organization and source are checked too. */
    Checked checkedNew(ArticleInput.Draft in, Scope scope) {
        var errors = new FieldErrors();
        if (in.organizationId() == null) {
            errors.add("organizationId", "validation.required");
        } else if (!inScope(in.organizationId(), scope)) {
            errors.add("organizationId", "portal.article.organization.unknown");
        }
        if ((in.sourceKind() == null) != (in.sourceId() == null)) {
            errors.add(in.sourceKind() == null ? "sourceKind" : "sourceId", "validation.required");
        } else if (in.sourceKind() != null
                && sources.facts(in.sourceKind(), in.sourceId(), scope).isEmpty()) {
            errors.add("sourceId", "portal.article.source.unknown");
        }
        return checked(in, errors, in.organizationId());
    }

    /** A change of an existing article's text: organization and source stay as they are. */
    Checked checkedEdit(ArticleInput.Draft in) {
        return checked(in, new FieldErrors(), null);
    }

    private Checked checked(ArticleInput.Draft in, FieldErrors errors, Long organization) {
        if (in.categoryId() == null) {
            errors.add("categoryId", "validation.required");
        } else if (!jdbc.sql("SELECT EXISTS (SELECT 1 FROM portal_category WHERE id = :id)")
                .param("id", in.categoryId())
                .query(Boolean.class)
                .single()) {
            errors.add("categoryId", "portal.article.category.unknown");
        }
        CommentText.require(errors, "title", in.title(), 300);
        CommentText.optional(errors, "summary", in.summary(), 1000);
        CommentText.optional(errors, "byline", in.byline(), 200);
        CommentText.optional(errors, "sourceTag", in.sourceTag(), 20);
        CommentText.optional(errors, "leadCaption", in.leadCaption(), 500);
        String body = RichText.sanitizeArticle(in.bodyHtml());
        if (RichText.plainText(body).isEmpty()) {
            errors.add("bodyHtml", "validation.required");
        } else if (body.length() > 200_000) {
            errors.add("bodyHtml", "validation.tooLong");
        }
        var tags = new LinkedHashSet<String>();
        for (String tag : in.tags() == null ? List.<String>of() : in.tags()) {
            String kept = CommentText.kept(tag);
            if (kept == null) {
                continue;
            }
            if (kept.length() > 60) {
                errors.add("tags", "portal.article.tag.tooLong");
            }
            CommentText.requirePlain(errors, "tags", kept);
            tags.add(kept);
        }
        if (tags.size() > MAX_TAGS) {
            errors.add("tags", "portal.article.tags.tooMany");
        }
        errors.throwIfAny();
        return new Checked(
                organization,
                in.categoryId(),
                CommentText.kept(in.title()).replace('\n', ' '),
                CommentText.kept(in.summary()),
                body,
                CommentText.kept(in.byline()),
                CommentText.kept(in.sourceTag()),
                CommentText.kept(in.leadCaption()),
                new ArrayList<>(tags),
                in.sourceKind(),
                in.sourceId());
    }

    private boolean inScope(long organization, Scope scope) {
        return openInScope(jdbc, organization, scope);
    }

    /** Whether the organization is open and the scope covers it: what every form of the portal checks. */
    static boolean openInScope(JdbcClient jdbc, long organization, Scope scope) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM " + TreeSql.open("o") + " WHERE o.id = :id AND "
                        + scope.covers("o.path") + ")")
                .param("id", organization)
                .query(Boolean.class)
                .single();
    }

    /** The address form of a title: lower case, without diacritics (đ is d), words joined by dashes, at most 200. */
    static String slug(String title) {
        String folded = Normalizer.normalize(title.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (folded.length() > 180) {
            folded = folded.substring(0, 180).replaceAll("-+[^-]*$", "");
        }
        return folded.isEmpty() ? "bai-viet" : folded;
    }
}
