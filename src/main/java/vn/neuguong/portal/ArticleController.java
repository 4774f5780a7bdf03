package vn.neuguong.portal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDateTime;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.web.FormErrors;
import vn.neuguong.web.Messages;
import vn.neuguong.web.TimeConfiguration;

/**
 * The staff pages of the portal's articles: the list in scope, the form (new, started from a meeting, a ballot
 * round or a commendation decision, or a change), an article's page with its next steps (send for review, publish
 * now or at a time, take back) and its lead image.
 */
@Controller
@RequestMapping("/portal-admin/articles")
class ArticleController {

    private final Articles articles;
    private final ArticleSources sources;
    private final ArticleImages images;
    private final OpinionOptions options;
    private final PublicArticles categories;
    private final MessageSource messages;

    ArticleController(
            Articles articles,
            ArticleSources sources,
            ArticleImages images,
            OpinionOptions options,
            PublicArticles categories,
            MessageSource messages) {
        this.articles = articles;
        this.sources = sources;
        this.images = images;
        this.options = options;
        this.categories = categories;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) Article.Status status,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model) {
        var scope = Scope.of(principal.actor());
        var request = PageRequest.of(page, null, Articles.DEFAULT_PAGE_SIZE, Articles.MAX_PAGE_SIZE);
        model.addAttribute("rows", articles.list(new Articles.Filter(status, null, q), scope, request));
        model.addAttribute("status", status);
        model.addAttribute("q", q);
        for (var kind : Article.SourceKind.values()) {
            model.addAttribute("sources" + kind.name(), sources.choices(kind, scope));
        }
        return "portal/article-admin-list";
    }

    @GetMapping("/new")
    String create(
            @RequestParam(required = false) Article.SourceKind sourceKind,
            @RequestParam(required = false) Long sourceId,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model) {
        var draft = ArticleInput.Draft.empty();
        if (sourceKind != null && sourceId != null) {
            draft = sources.draft(sourceKind, sourceId, Scope.of(principal.actor()))
                    .orElseThrow(() -> new vn.neuguong.shared.NotFoundException("Source", sourceId));
        }
        return formPage(draft, null, principal, model);
    }

    @PostMapping
    String save(
            @ModelAttribute("article") ArticleInput.Draft form,
            @AuthenticationPrincipal ActorPrincipal principal,
            HttpServletResponse response,
            Model model,
            Locale locale) {
        try {
            var created = articles.create(form, principal.actor());
            return "redirect:/portal-admin/articles/" + created.id();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", FormErrors.of(e, messages, locale));
            return formPage(form, null, principal, model);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Model model) {
        model.addAttribute("article", articles.get(id, Scope.of(principal.actor())));
        model.addAttribute("canPublish", Articles.publisher(principal.actor()));
        return "portal/article-admin";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Model model) {
        var article = articles.get(id, Scope.of(principal.actor()));
        return formPage(ArticleInput.Draft.of(article), article, principal, model);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @RequestParam int version,
            @ModelAttribute("article") ArticleInput.Draft form,
            @AuthenticationPrincipal ActorPrincipal principal,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model,
            Locale locale) {
        try {
            articles.update(id, version, form, principal.actor());
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", FormErrors.of(e, messages, locale));
            return formPage(form, articles.get(id, Scope.of(principal.actor())), principal, model);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", Messages.resolve(messages, e.getMessage(), locale));
            return "redirect:/portal-admin/articles/" + id;
        }
        redirect.addFlashAttribute("notice", Messages.resolve(messages, "portal.article.saved", locale));
        return "redirect:/portal-admin/articles/" + id;
    }

    @PostMapping("/{id}/{step:submit|publish|withdraw}")
    String step(
            @PathVariable long id,
            @PathVariable String step,
            @RequestParam int version,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime publishAt,
            @AuthenticationPrincipal ActorPrincipal principal,
            RedirectAttributes redirect,
            Locale locale) {
        var actor = principal.actor();
        try {
            switch (step) {
                case "submit" -> articles.submit(id, version, actor);
                case "publish" ->
                    articles.publish(
                            id,
                            version,
                            new ArticleInput.Publish(
                                    publishAt == null
                                            ? null
                                            : publishAt
                                                    .atZone(TimeConfiguration.ZONE)
                                                    .toOffsetDateTime()),
                            actor);
                default -> articles.withdraw(id, version, actor);
            }
            redirect.addFlashAttribute("notice", Messages.resolve(messages, "portal.article.step." + step, locale));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", Messages.resolve(messages, e.getMessage(), locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "error",
                    String.join("; ", FormErrors.of(e, messages, locale).values()));
        }
        return "redirect:/portal-admin/articles/" + id;
    }

    @PostMapping("/{id}/image")
    String image(
            @PathVariable long id,
            @RequestParam(required = false) MultipartFile file,
            @AuthenticationPrincipal ActorPrincipal principal,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            images.lead(articles.get(id, Scope.of(principal.actor())), file, principal.actor());
            redirect.addFlashAttribute("notice", Messages.resolve(messages, "portal.article.image.saved", locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "error",
                    String.join("; ", FormErrors.of(e, messages, locale).values()));
        }
        return "redirect:/portal-admin/articles/" + id;
    }

    private String formPage(ArticleInput.Draft form, Article article, ActorPrincipal principal, Model model) {
        var scope = Scope.of(principal.actor());
        model.addAttribute("article", form);
        model.addAttribute("existing", article);
        model.addAttribute("organizations", options.organizations(scope));
        model.addAttribute(
                "categories",
                categories.categories().stream()
                        .map(c -> new OpinionOptions.Choice(c.id(), c.name()))
                        .toList());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", java.util.Map.of());
        }
        return "portal/article-form";
    }
}
