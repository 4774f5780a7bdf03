package vn.neuguong.meeting;

import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.web.FormErrors;
import vn.neuguong.web.Formats;
import vn.neuguong.web.Messages;

/** The attendance checklist the secretary fills in on a phone, and a member's own check-in. */
@Controller
@RequestMapping("/meetings/{id:\\d+}")
class AttendanceController {

    private final Meetings meetings;
    private final Attendance attendance;
    private final MessageSource messages;
    private final Formats formats;

    AttendanceController(Meetings meetings, Attendance attendance, MessageSource messages, Formats formats) {
        this.meetings = meetings;
        this.attendance = attendance;
        this.messages = messages;
        this.formats = formats;
    }

    @GetMapping("/attendance")
    String checklist(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Model model) {
        var viewer = Viewer.of(principal.actor());
        model.addAttribute("meeting", meetings.get(id, viewer));
        model.addAttribute("managed", meetings.manages(id, viewer));
        model.addAttribute("checklist", attendance.checklist(id, viewer));
        model.addAttribute("statuses", AttendanceForm.Status.values());
        model.addAttribute("reasons", AttendanceForm.Reason.values());
        return "meeting/attendance";
    }

    @PostMapping("/attendance")
    String record(
            @PathVariable long id,
            @Valid @ModelAttribute("entry") AttendanceForm form,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            RedirectAttributes redirect,
            Locale locale) {
        if (!binding.hasErrors()) {
            try {
                attendance.record(id, form, Viewer.of(principal.actor()));
                redirect.addFlashAttribute("notice", "meeting.attendance.saved");
                return "redirect:/meetings/" + id + "/attendance#member-" + form.memberId();
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, e);
            } catch (ConflictException e) {
                redirect.addFlashAttribute("error", Messages.resolve(messages, e.getMessage(), locale));
                return "redirect:/meetings/" + id + "/attendance";
            }
        }
        redirect.addFlashAttribute("entryErrors", FormErrors.of(binding, messages, locale));
        redirect.addFlashAttribute("entryMember", form.memberId());
        return "redirect:/meetings/" + id + "/attendance"
                + (form.memberId() == null ? "" : "#member-" + form.memberId());
    }

    @PostMapping("/check-in")
    String checkIn(
            @PathVariable long id,
            @AuthenticationPrincipal ActorPrincipal principal,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            var status = attendance.checkIn(id, Viewer.of(principal.actor()), formats);
            redirect.addFlashAttribute("notice", "meeting.checkIn." + status);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("checkInErrors", FormErrors.of(e, messages, locale));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", Messages.resolve(messages, e.getMessage(), locale));
        }
        return "redirect:/meetings/" + id;
    }
}
