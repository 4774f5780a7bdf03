package vn.neuguong.meeting;

import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.neuguong.shared.ActorPrincipal;

/**
 * The calendar feed itself, read by calendar applications without signing in ({@code /calendar/{token}.ics}), and
 * the page of one's account where the address is made, copied, renewed and revoked.
 */
@Controller
class CalendarFeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CalendarFeeds feeds;
    private final CalendarEntries entries;
    private final CalendarFeed feed;

    CalendarFeedController(CalendarFeeds feeds, CalendarEntries entries, CalendarFeed feed) {
        this.feeds = feeds;
        this.entries = entries;
        this.feed = feed;
    }

    /** The feed: 404 alike for a malformed, unknown or revoked token and for a disabled account. */
    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return feeds.ownerOf(token)
                .map(owner -> ResponseEntity.ok()
                        .contentType(TEXT_CALENDAR)
                        .cacheControl(CacheControl.noStore())
                        .header("X-Robots-Tag", "noindex")
                        .body(feed.write(
                                owner.memberId() == null
                                        ? CalendarEntries.Entries.NONE
                                        : entries.of(owner.memberId()))))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .contentType(MediaType.TEXT_PLAIN)
                        .body("Not found"));
    }

    @GetMapping("/account/calendar")
    String page(@AuthenticationPrincipal ActorPrincipal principal, Model model) {
        model.addAttribute("feed", feeds.status(principal.actor()));
        model.addAttribute("member", principal.actor().memberId() != null);
        return "meeting/calendar";
    }

    /** Makes the address, or a new one in place of the old, and shows it this once. */
    @PostMapping("/account/calendar")
    String renew(@AuthenticationPrincipal ActorPrincipal principal, Model model) {
        String token = feeds.renew(principal.actor());
        model.addAttribute("address", address(token));
        return page(principal, model);
    }

    @PostMapping("/account/calendar/revoke")
    String revoke(@AuthenticationPrincipal ActorPrincipal principal) {
        feeds.revoke(principal.actor());
        return "redirect:/account/calendar?revoked";
    }

    static String address(String token) {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/calendar/{token}.ics")
                .buildAndExpand(token)
                .toUriString();
    }
}
