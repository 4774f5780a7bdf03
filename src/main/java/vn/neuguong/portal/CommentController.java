package vn.neuguong.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.NotFoundException;
import vn.neuguong.web.FormErrors;
import vn.neuguong.web.Htmx;

/**
 * Readers' comments, open without signing in: the form posted from an article's page (a redirect back with a notice,
 * or the form again with its errors, 400, as a fragment for htmx), the approved comments of an article, and the
 * abuse report. Both posts are rate-limited per client address.
 */
@Controller
class CommentController {

    private final Comments comments;
    private final RateLimits limits;
    private final MessageSource messages;

    CommentController(Comments comments, RateLimits limits, MessageSource messages) {
        this.comments = comments;
        this.limits = limits;
        this.messages = messages;
    }

    /** The approved comments and the form of an article, as a page, or the list alone for htmx. */
    @GetMapping("/portal/articles/{id}/comments")
    String list(@PathVariable long id, HttpServletRequest request, Model model) {
        if (!comments.open(id)) {
            throw new NotFoundException("Article", id);
        }
        model.addAttribute("articleId", id);
        return Htmx.view(request, "portal/comments", "list(articleId=" + id + ")");
    }

    @PostMapping("/portal/articles/{id}/comments")
    String post(
            @PathVariable long id,
            @ModelAttribute("commentForm") CommentForm form,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model,
            Locale locale) {
        limits.take(RateLimits.Action.POST, request.getRemoteAddr());
        try {
            comments.post(id, form, request.getRemoteAddr());
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", FormErrors.of(e, messages, locale));
            model.addAttribute("articleId", id);
            return Htmx.view(request, "portal/comment-form", "form(articleId=" + id + ")");
        }
        if (Htmx.isHtmx(request)) {
            model.addAttribute("commentForm", CommentForm.empty());
            model.addAttribute("received", true);
            return "portal/comment-form :: form(articleId=" + id + ")";
        }
        redirect.addFlashAttribute("commentNotice", "portal.comment.received");
        return "redirect:/portal/articles/" + id;
    }

    /** The question before a report: the article page holds no form, so it stays the same for every reader. */
    @GetMapping("/portal/comments/{id}/report")
    String confirmReport(@PathVariable long id, Model model) {
        model.addAttribute("comment", comments.reportable(id));
        return "portal/comment-report";
    }

    @PostMapping("/portal/comments/{id}/reports")
    String report(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
        limits.take(RateLimits.Action.REPORT, request.getRemoteAddr());
        long article = comments.report(id);
        redirect.addFlashAttribute("commentNotice", "portal.comment.reported");
        return "redirect:/portal/articles/" + article + "#comment-" + id;
    }
}
