package vn.neuguong.meeting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.neuguong.shared.ActorPrincipal;

/** The caller's own calendar feed as JSON: whether it exists, a new address, revoking it. */
@Tag(
        name = "Calendar feed",
        description = "A personal iCalendar address listing the meetings one is invited to and one's deadlines,"
                + " read without signing in; the address is shown once, when made")
@RestController
@RequestMapping("/api/v1/calendar-feed")
class CalendarFeedApi {

    private final CalendarFeeds feeds;

    CalendarFeedApi(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @Operation(
            operationId = "getCalendarFeed",
            description = "Whether the caller has a calendar feed, and the day it was made; never its address")
    @GetMapping
    CalendarFeeds.Status status(@AuthenticationPrincipal ActorPrincipal principal) {
        return feeds.status(principal.actor());
    }

    @Operation(
            operationId = "createCalendarFeed",
            description = "Makes a new feed address for the caller, replacing the old one (which stops working);"
                    + " the address is answered this once")
    @ApiResponse(responseCode = "201", description = "Made", useReturnTypeSchema = true)
    @PostMapping
    ResponseEntity<CalendarFeeds.Created> create(@AuthenticationPrincipal ActorPrincipal principal) {
        String token = feeds.renew(principal.actor());
        String url = CalendarFeedController.address(token);
        return ResponseEntity.created(URI.create(url))
                .body(new CalendarFeeds.Created(
                        url, feeds.status(principal.actor()).createdOn()));
    }

    @Operation(
            operationId = "revokeCalendarFeed",
            description = "Revokes the caller's feed, if there is one: its address answers 404")
    @ApiResponse(responseCode = "204", description = "Revoked")
    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@AuthenticationPrincipal ActorPrincipal principal) {
        feeds.revoke(principal.actor());
    }
}
