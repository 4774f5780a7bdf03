package vn.neuguong.notification;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.neuguong.notification.NotificationPreferences.PreferenceChange;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.web.Htmx;

/** The signed-in user's notifications page, its unread badge, and the preferences form. */
@Controller
class NotificationController {

    static final int PAGE_SIZE = 20;
    /** Sent with every change, so the badge in the layout reloads itself. */
    static final String CHANGED_EVENT = "notifications-changed";

    private final NotificationInbox inbox;
    private final NotificationPreferences preferences;

    NotificationController(NotificationInbox inbox, NotificationPreferences preferences) {
        this.inbox = inbox;
        this.preferences = preferences;
    }

    @GetMapping("/notifications")
    String list(
            @AuthenticationPrincipal ActorPrincipal principal,
            @RequestParam(required = false) Integer page,
            HttpServletRequest request,
            Locale locale,
            Model model) {
        inbox(principal.actor().accountId(), PageRequest.of(page, null, PAGE_SIZE, PAGE_SIZE), locale, model);
        return Htmx.view(request, "notification/list", "inbox");
    }

    @PostMapping("/notifications/{id}/read")
    String markRead(
            @AuthenticationPrincipal ActorPrincipal principal,
            @PathVariable long id,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        var notice = inbox.markRead(principal.actor().accountId(), id, locale);
        if (!Htmx.isHtmx(request)) {
            return "redirect:/notifications";
        }
        response.setHeader("HX-Trigger", CHANGED_EVENT);
        model.addAttribute("n", notice);
        return "notification/list :: row";
    }

    @PostMapping("/notifications/read-all")
    String markAllRead(
            @AuthenticationPrincipal ActorPrincipal principal,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        long accountId = principal.actor().accountId();
        inbox.markAllRead(accountId);
        if (!Htmx.isHtmx(request)) {
            return "redirect:/notifications";
        }
        response.setHeader("HX-Trigger", CHANGED_EVENT);
        inbox(accountId, PageRequest.first(PAGE_SIZE), locale, model);
        return "notification/list :: inbox";
    }

    private void inbox(long accountId, PageRequest request, Locale locale, Model model) {
        model.addAttribute("inbox", inbox.page(accountId, request, false, locale));
        model.addAttribute("unread", inbox.unreadCount(accountId));
    }

    @GetMapping("/notifications/badge")
    String badge(@AuthenticationPrincipal ActorPrincipal principal, Model model) {
        model.addAttribute("unread", inbox.unreadCount(principal.actor().accountId()));
        return "notification/badge :: badge";
    }

    @GetMapping("/notifications/preferences")
    String preferences(@AuthenticationPrincipal ActorPrincipal principal, Model model) {
        model.addAttribute("preferences", preferences.of(principal.actor().accountId()));
        return "notification/preferences";
    }

    /** Checked boxes arrive as lists of kinds; an unchecked box is simply absent. */
    @PostMapping("/notifications/preferences")
    String savePreferences(
            @AuthenticationPrincipal ActorPrincipal principal,
            @RequestParam(name = "inApp", required = false) List<String> inApp,
            @RequestParam(name = "email", required = false) List<String> email) {
        List<String> inAppKinds = inApp == null ? List.of() : inApp;
        List<String> emailKinds = email == null ? List.of() : email;
        List<PreferenceChange> changes = Arrays.stream(NotificationKind.values())
                .map(kind -> new PreferenceChange(
                        kind.name(),
                        kind == NotificationKind.DAILY_DIGEST || inAppKinds.contains(kind.name()),
                        emailKinds.contains(kind.name())))
                .toList();
        preferences.change(principal.actor().accountId(), changes);
        return "redirect:/notifications/preferences?saved";
    }
}
