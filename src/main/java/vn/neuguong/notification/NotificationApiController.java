package vn.neuguong.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.neuguong.notification.NotificationInbox.NotificationView;
import vn.neuguong.notification.NotificationPreferences.Preference;
import vn.neuguong.notification.NotificationPreferences.PreferenceChange;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;

/** The caller's own notifications and preferences; another account's notice answers 404. */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications", description = "The signed-in account's notifications and what it wants to receive")
class NotificationApiController {

    static final int MAX_PAGE_SIZE = 100;

    private final NotificationInbox inbox;
    private final NotificationPreferences preferences;

    NotificationApiController(NotificationInbox inbox, NotificationPreferences preferences) {
        this.inbox = inbox;
        this.preferences = preferences;
    }

    record UnreadCount(long unread) {}

    record MarkedRead(int marked) {}

    record PreferencesUpdate(
            @NotNull(message = "validation.required")
            List<@NotNull(message = "validation.required") @Valid PreferenceChange> preferences) {}

    @GetMapping
    @Operation(
            operationId = "listNotifications",
            summary = "List my notifications, unread first, newest first (how many are unread: /unread-count)")
    Page<NotificationView> list(
            @AuthenticationPrincipal ActorPrincipal principal,
            @RequestParam(required = false)
                    @Parameter(schema = @Schema(type = "integer", format = "int32", minimum = "1"))
                    Integer page,
            @RequestParam(required = false)
                    @Parameter(
                            schema =
                                    @Schema(
                                            type = "integer",
                                            format = "int32",
                                            minimum = "1",
                                            maximum = "" + MAX_PAGE_SIZE))
                    Integer size,
            @RequestParam(defaultValue = "false") boolean unreadOnly,
            Locale locale) {
        var request = PageRequest.of(page, size, PageRequest.DEFAULT_SIZE, MAX_PAGE_SIZE);
        return inbox.page(principal.actor().accountId(), request, unreadOnly, locale);
    }

    @GetMapping("/unread-count")
    @Operation(operationId = "countUnreadNotifications", summary = "How many of my notifications are unread")
    UnreadCount unreadCount(@AuthenticationPrincipal ActorPrincipal principal) {
        return new UnreadCount(inbox.unreadCount(principal.actor().accountId()));
    }

    @PostMapping("/{id}/read")
    @Operation(
            operationId = "markNotificationRead",
            summary = "Mark one of my notifications read (404 for any other id)")
    NotificationView markRead(@AuthenticationPrincipal ActorPrincipal principal, @PathVariable long id, Locale locale) {
        return inbox.markRead(principal.actor().accountId(), id, locale);
    }

    @PostMapping("/read-all")
    @Operation(operationId = "markAllNotificationsRead", summary = "Mark all my notifications read")
    MarkedRead markAllRead(@AuthenticationPrincipal ActorPrincipal principal) {
        return new MarkedRead(inbox.markAllRead(principal.actor().accountId()));
    }

    @GetMapping("/preferences")
    @Operation(
            operationId = "getNotificationPreferences",
            summary = "What I receive, per kind, in-app and by e-mail (all on unless changed)")
    Map<String, List<Preference>> preferences(@AuthenticationPrincipal ActorPrincipal principal) {
        return Map.of("preferences", preferences.of(principal.actor().accountId()));
    }

    @PutMapping("/preferences")
    @Operation(
            operationId = "changeNotificationPreferences",
            summary = "Change what I receive; kinds not listed stay as they are")
    Map<String, List<Preference>> changePreferences(
            @AuthenticationPrincipal ActorPrincipal principal, @Valid @RequestBody PreferencesUpdate update) {
        return Map.of("preferences", preferences.change(principal.actor().accountId(), update.preferences()));
    }
}
