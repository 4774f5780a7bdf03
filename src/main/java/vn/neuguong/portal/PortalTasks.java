package vn.neuguong.portal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.web.Task;
import vn.neuguong.web.TaskGroup;
import vn.neuguong.web.TaskSource;

/**
 * What the portal asks of staff on the home page: the readers' comments waiting for moderation on the articles of
 * their scope, newest first, and (for those who publish) the articles waiting in review. Someone without a scope of
 * his own has none.
 */
@Component
@Order(40)
class PortalTasks implements TaskSource {

    static final int LIMIT = 10;

    private final CommentModeration moderation;
    private final Articles articles;
    private final MessageSource messages;

    PortalTasks(CommentModeration moderation, Articles articles, MessageSource messages) {
        this.moderation = moderation;
        this.articles = articles;
        this.messages = messages;
    }

    @Override
    public List<TaskGroup> tasks(Authentication who, LocalDate today, Locale locale) {
        var scoped = TaskSource.scoped(who);
        if (scoped.isEmpty()) {
            return List.of();
        }
        var actor = scoped.get();
        var scope = Scope.of(actor);
        var groups = new ArrayList<TaskGroup>();
        var pending = moderation.list(scope, "PENDING", PageRequest.first(LIMIT));
        if (pending.total() > 0) {
            groups.add(new TaskGroup(
                    "portal-comments",
                    messages.getMessage("portal.tasks.comments", null, locale),
                    pending.items().stream()
                            .map(c -> new Task(
                                    c.title(),
                                    messages.getMessage(
                                            "portal.tasks.comments.detail",
                                            new Object[] {c.authorName(), c.articleTitle()},
                                            locale),
                                    "/portal-admin/comments?status=PENDING#comment-" + c.id(),
                                    null,
                                    false))
                            .toList(),
                    pending.total(),
                    "/portal-admin/comments?status=PENDING"));
        }
        if (Articles.publisher(actor)) {
            var review = articles.list(
                    new Articles.Filter(Article.Status.REVIEW, null, null), scope, PageRequest.first(LIMIT));
            var waiting = review.items().stream().filter(a -> !a.scheduled()).toList();
            if (!waiting.isEmpty()) {
                groups.add(new TaskGroup(
                        "portal-review",
                        messages.getMessage("portal.tasks.review", null, locale),
                        waiting.stream()
                                .map(a -> new Task(
                                        a.title(),
                                        a.organizationName(),
                                        "/portal-admin/articles/" + a.id(),
                                        null,
                                        false))
                                .toList(),
                        waiting.size(),
                        "/portal-admin/articles?status=REVIEW"));
            }
        }
        return groups;
    }
}
