package vn.neuguong.meeting;

import jakarta.servlet.http.HttpServletResponse;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.NotFoundException;
import vn.neuguong.web.FormErrors;
import vn.neuguong.web.Formats;
import vn.neuguong.web.Messages;

/**
 * QR check-in: the meeting's screen shows a code that changes every 30 seconds (an htmx fragment polled by the
 * meeting page of those who manage it); the address it holds asks the signed-in member to confirm, and the
 * confirmation (a POST with the CSRF token) checks him in, once.
 */
@Controller
@RequestMapping("/meetings/{id:\\d+}")
class CheckInController {

    /** What a scan came to; the result page carries it as {@code data-outcome}. */
    enum Outcome {
        CHECKED_IN,
        ALREADY,
        STALE,
        FOREIGN,
        REFUSED
    }

    private final Meetings meetings;
    private final Attendance attendance;
    private final QrCodes codes;
    private final Formats formats;
    private final MessageSource messages;
    private final java.time.Clock clock;

    CheckInController(
            Meetings meetings,
            Attendance attendance,
            QrCodes codes,
            Formats formats,
            MessageSource messages,
            java.time.Clock clock) {
        this.meetings = meetings;
        this.attendance = attendance;
        this.codes = codes;
        this.formats = formats;
        this.messages = messages;
        this.clock = clock;
    }

    /** The code for the screen: shown only inside the check-in window, to those who manage the meeting. */
    @GetMapping("/qr")
    String code(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Model model) {
        var viewer = Viewer.of(principal.actor());
        var meeting = meetings.get(id, viewer);
        if (!meetings.manages(id, viewer)) {
            throw new NotFoundException("Meeting", id);
        }
        var now = OffsetDateTime.now(clock);
        var opens = meeting.startsAt().minus(Attendance.OPENS_BEFORE);
        boolean showing =
                meeting.status() != Meeting.Status.CANCELLED && !now.isBefore(opens) && !now.isAfter(meeting.endsAt());
        model.addAttribute("meeting", meeting);
        model.addAttribute("window", formats.dateTime(opens) + " – " + formats.dateTime(meeting.endsAt()));
        if (showing) {
            String url = ServletUriComponentsBuilder.fromCurrentContextPath()
                    .path("/meetings/{id}/check-in")
                    .queryParam("code", codes.current(id))
                    .buildAndExpand(id)
                    .toUriString();
            model.addAttribute("url", url);
            model.addAttribute("image", Base64.getEncoder().encodeToString(QrCodes.png(url, 360)));
            model.addAttribute("secondsLeft", codes.secondsLeft());
        }
        return "meeting/check-in :: code";
    }

    /**
     * The scanned address: sign-in first (and back here), then a page asking the member to confirm with a button, so
     * that a link opened by a preview or a prefetch records nothing. A code that is stale or not this meeting's says
     * so at once.
     */
    @GetMapping("/check-in")
    String confirm(
            @PathVariable long id,
            @RequestParam(required = false) String code,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            HttpServletResponse response) {
        var meeting = meetings.get(id, Viewer.of(principal.actor()));
        model.addAttribute("meeting", meeting);
        var check = codes.check(id, code);
        if (check != QrCodes.Check.VALID) {
            return refused(check, model, response);
        }
        model.addAttribute("code", code);
        return "meeting/check-in";
    }

    /**
     * The confirmation (a form with the CSRF token and the code): the member is checked in once. Without a code the
     * POST is the meeting page's own "Tôi có mặt" button ({@link AttendanceController}).
     */
    @PostMapping(path = "/check-in", params = "code")
    String checkIn(
            @PathVariable long id,
            @RequestParam String code,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            HttpServletResponse response,
            Locale locale) {
        var viewer = Viewer.of(principal.actor());
        var meeting = meetings.get(id, viewer);
        model.addAttribute("meeting", meeting);
        var check = codes.check(id, code);
        if (check != QrCodes.Check.VALID) {
            return refused(check, model, response);
        }
        Outcome outcome;
        try {
            var status = attendance.checkInOnce(meeting, viewer, formats);
            outcome = status.isPresent() ? Outcome.CHECKED_IN : Outcome.ALREADY;
            model.addAttribute(
                    "message", status.map(s -> "meeting.checkIn." + s).orElse("meeting.checkIn.already"));
        } catch (InvalidInputException e) {
            outcome = Outcome.REFUSED;
            model.addAttribute("errors", FormErrors.of(e, messages, locale));
            response.setStatus(400);
        } catch (ConflictException e) {
            outcome = Outcome.REFUSED;
            model.addAttribute("error", Messages.resolve(messages, e.getMessage(), locale));
            response.setStatus(409);
        }
        model.addAttribute("outcome", outcome);
        return "meeting/check-in";
    }

    private static String refused(QrCodes.Check check, Model model, HttpServletResponse response) {
        var outcome = check == QrCodes.Check.STALE ? Outcome.STALE : Outcome.FOREIGN;
        model.addAttribute("message", "meeting.checkIn." + outcome);
        model.addAttribute("outcome", outcome);
        response.setStatus(400);
        return "meeting/check-in";
    }
}
