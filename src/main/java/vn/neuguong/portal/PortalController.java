package vn.neuguong.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;
import vn.neuguong.organization.Organization;
import vn.neuguong.organization.Organizations;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.NotFoundException;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.web.Htmx;
import vn.neuguong.web.RichText;

/**
 * The public portal, read without signing in: the home page (newest news, each category's newest, tags), an
 * article (with its photos, tags, approved comments, related and newest news), the lists of a category, a tag, the
 * archive and a search that ignores diacritics, and each organization's page (its news, and links to its leaders'
 * published self-cultivation plans and its honour roll). Anonymous readers get these from {@link PortalPageCache}.
 */
@Controller
class PortalController {

    private final PublicArticles articles;
    private final Comments comments;
    private final Organizations organizations;
    private final MessageSource messages;

    PortalController(PublicArticles articles, Comments comments, Organizations organizations, MessageSource messages) {
        this.articles = articles;
        this.comments = comments;
        this.organizations = organizations;
        this.messages = messages;
    }

    @GetMapping({"/portal", "/portal/"})
    String home(Model model) {
        var latest = articles.latest(null, 7);
        model.addAttribute("latest", latest);
        model.addAttribute("categories", articles.categories());
        model.addAttribute("tags", articles.tags(20));
        model.addAttribute("canonicalPath", "/portal");
        return "portal/home";
    }

    @GetMapping("/portal/articles/{id}")
    String article(@PathVariable long id, Model model) {
        var article = articles.article(id);
        model.addAttribute("article", article);
        model.addAttribute("related", articles.related(article, 5));
        model.addAttribute(
                "latest",
                articles.latest(null, 6).stream()
                        .filter(c -> c.id() != id)
                        .limit(5)
                        .toList());
        model.addAttribute("comments", comments.approved(id));
        model.addAttribute("articleId", id);
        model.addAttribute("metaTitle", article.title());
        model.addAttribute("metaDescription", description(article));
        model.addAttribute("canonicalPath", "/portal/articles/" + id);
        model.addAttribute("ogType", "article");
        if (article.leadImageId() != null) {
            model.addAttribute("ogImage", "/portal/images/" + article.leadImageId() + "/desk.jpg");
        }
        return "portal/article";
    }

    /** The comment form of an article, fetched by the article page when a reader reaches it (or as a page). */
    @GetMapping("/portal/articles/{id}/comment-form")
    String commentForm(@PathVariable long id, HttpServletRequest request, Model model) {
        if (!comments.open(id)) {
            throw new NotFoundException("Article", id);
        }
        model.addAttribute("articleId", id);
        model.addAttribute("commentForm", CommentForm.empty());
        return Htmx.view(request, "portal/comment-form", "form(articleId=" + id + ")");
    }

    @GetMapping("/portal/categories/{slug}")
    String category(@PathVariable String slug, @RequestParam(required = false) Integer page, Model model) {
        var category = articles.category(slug).orElseThrow(() -> new NotFoundException("Category", slug));
        model.addAttribute("heading", category.name());
        model.addAttribute("category", category);
        model.addAttribute("canonicalPath", "/portal/categories/" + slug);
        return list(new PublicArticles.Filter(slug, null, null, null), page, model);
    }

    /** The articles of a tag; a tag may hold a slash ("Chỉ thị 05-CT/TW"), so it is a parameter, not a path. */
    @GetMapping("/portal/tags")
    String tag(@RequestParam(name = "t") String tag, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("heading", tag);
        model.addAttribute("tag", tag);
        model.addAttribute("canonicalPath", "/portal/tags?t=" + UriUtils.encodeQueryParam(tag, StandardCharsets.UTF_8));
        return list(new PublicArticles.Filter(null, tag, null, null), page, model);
    }

    /** Các bài đã đăng: every published article, newest first. */
    @GetMapping("/portal/archive")
    String archive(@RequestParam(required = false) Integer page, Model model, Locale locale) {
        model.addAttribute("archive", true);
        model.addAttribute("heading", messages.getMessage("portal.archive", null, locale));
        model.addAttribute("canonicalPath", "/portal/archive");
        return list(PublicArticles.Filter.all(), page, model);
    }

    @GetMapping("/portal/search")
    String search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            Model model,
            Locale locale) {
        model.addAttribute("search", true);
        model.addAttribute("heading", messages.getMessage("portal.search", null, locale));
        model.addAttribute("canonicalPath", "/portal/search");
        String text = q == null ? "" : q.strip();
        if (text.length() > 200) {
            text = text.substring(0, 200);
        }
        model.addAttribute("q", text);
        model.addAttribute("searched", !text.isEmpty());
        return list(new PublicArticles.Filter(null, null, null, text.isEmpty() ? null : text), page, model);
    }

    @GetMapping("/portal/organizations/{id}")
    String organization(@PathVariable long id, @RequestParam(required = false) Integer page, Model model) {
        var organization = organizations
                .find(id, Scope.everything())
                .filter(Organization::isOpen)
                .orElseThrow(() -> new NotFoundException("Organization", id));
        model.addAttribute("organization", organization);
        model.addAttribute("metaTitle", organization.name());
        model.addAttribute("canonicalPath", "/portal/organizations/" + id);
        model.addAttribute(
                "news",
                articles.list(
                        new PublicArticles.Filter(null, null, id, null),
                        PageRequest.of(page, null, PublicArticles.PAGE_SIZE, PublicArticles.PAGE_SIZE)));
        return "portal/organization";
    }

    private String list(PublicArticles.Filter filter, Integer page, Model model) {
        model.addAttribute(
                "rows",
                articles.list(filter, PageRequest.of(page, null, PublicArticles.PAGE_SIZE, PublicArticles.PAGE_SIZE)));
        return "portal/list";
    }

    /** The summary, else the start of the body's text: what search engines and link previews show. */
    static String description(PublicArticles.Shown article) {
        String text = article.summary() != null ? article.summary() : RichText.plainText(article.bodyHtml());
        return text.length() <= 200 ? text : text.substring(0, 197).replaceAll("\\s+\\S*$", "") + "…";
    }
}
