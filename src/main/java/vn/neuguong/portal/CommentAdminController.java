package vn.neuguong.portal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.web.FormErrors;
import vn.neuguong.web.Messages;

/** The moderators' pages: the comments in scope, pending first, with approve, reject and a public answer. */
@Controller
@RequestMapping("/portal-admin/comments")
class CommentAdminController {

    private static final Set<String> STATUSES = Set.of("PENDING", "APPROVED", "REJECTED");

    private final CommentModeration moderation;
    private final MessageSource messages;

    CommentAdminController(CommentModeration moderation, MessageSource messages) {
        this.moderation = moderation;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model) {
        String only = status != null && STATUSES.contains(status) ? status : null;
        var request = PageRequest.of(page, null, CommentModeration.PAGE_SIZE, CommentModeration.PAGE_SIZE);
        model.addAttribute("rows", moderation.list(Scope.of(principal.actor()), only, request));
        model.addAttribute("status", only);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "portal/comment-admin";
    }

    @PostMapping("/{id}/approval")
    String approve(
            @PathVariable long id,
            @RequestParam int version,
            @AuthenticationPrincipal ActorPrincipal principal,
            RedirectAttributes redirect,
            Locale locale) {
        return done(
                () -> moderation.approve(id, version, principal.actor()), "portal.comment.approved", redirect, locale);
    }

    @PostMapping("/{id}/rejection")
    String reject(
            @PathVariable long id,
            @RequestParam int version,
            @AuthenticationPrincipal ActorPrincipal principal,
            RedirectAttributes redirect,
            Locale locale) {
        return done(
                () -> moderation.reject(id, version, principal.actor()), "portal.comment.rejected", redirect, locale);
    }

    @PostMapping("/{id}/answer")
    String answer(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(required = false) String answer,
            @AuthenticationPrincipal ActorPrincipal principal,
            RedirectAttributes redirect,
            HttpServletResponse response,
            Model model,
            Locale locale) {
        try {
            return done(
                    () -> moderation.answer(id, version, answer, principal.actor()),
                    "portal.comment.answered",
                    redirect,
                    locale);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", FormErrors.of(e, messages, locale));
            model.addAttribute("failedId", id);
            model.addAttribute("answer", answer);
            return list(null, null, principal, model);
        }
    }

    private String done(Runnable action, String notice, RedirectAttributes redirect, Locale locale) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", Messages.resolve(messages, notice, locale));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", Messages.resolve(messages, e.getMessage(), locale));
        }
        return "redirect:/portal-admin/comments";
    }
}
