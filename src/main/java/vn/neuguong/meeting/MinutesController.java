package vn.neuguong.meeting;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.neuguong.meeting.MinutesViews.Revision;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.NotFoundException;
import vn.neuguong.web.FormErrors;

/**
 * The minutes page of a meeting: the approved revision and the ones before it; for the host's staff the open draft as
 * a form (a new one once the last is approved); for the chair named on the draft, the approve button.
 */
@Controller
@RequestMapping("/meetings/{id:\\d+}/minutes")
class MinutesController {

    private final Meetings meetings;
    private final MinutesBook book;
    private final MeetingOptions options;
    private final MessageSource messages;
    private final MinutesTasks tasks;

    MinutesController(
            Meetings meetings, MinutesBook book, MeetingOptions options, MessageSource messages, MinutesTasks tasks) {
        this.meetings = meetings;
        this.book = book;
        this.options = options;
        this.messages = messages;
        this.tasks = tasks;
    }

    @GetMapping
    String show(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Model model) {
        var viewer = Viewer.of(principal.actor());
        var draft = book.read(id, reader(id, viewer)).draft();
        var form = draft == null
                ? new MinutesForm(viewer.memberId(), null, null, List.of())
                : new MinutesForm(draft.chairMemberId(), draft.body(), draft.conclusions(), rows(draft));
        return page(id, form, draft == null ? null : draft.version(), Map.of(), viewer, model);
    }

    /** Starts the draft (no version) or changes the open one as read at {@code version}. */
    @PostMapping
    String save(
            @PathVariable long id,
            @Valid @ModelAttribute("form") MinutesForm form,
            BindingResult binding,
            @RequestParam(required = false) Integer version,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        var viewer = Viewer.of(principal.actor());
        if (!binding.hasErrors()) {
            try {
                if (version == null) {
                    book.draft(id, form, viewer);
                } else {
                    book.change(id, version, form, viewer);
                }
                redirect.addFlashAttribute("notice", "meeting.minutes.saved");
                return "redirect:/meetings/" + id + "/minutes";
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, e);
            } catch (ConflictException e) {
                model.addAttribute("stale", e.getMessage());
            }
        } else {
            FormErrors.reject(binding, form.check());
        }
        return page(id, form, version, FormErrors.of(binding, messages, locale), viewer, model);
    }

    @PostMapping("/approve")
    String approve(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @AuthenticationPrincipal ActorPrincipal principal,
            RedirectAttributes redirect) {
        try {
            book.approve(id, version == null ? -1 : version, Viewer.of(principal.actor()));
            redirect.addFlashAttribute("notice", "meeting.minutes.approved");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("stale", e.getMessage());
        }
        return "redirect:/meetings/" + id + "/minutes";
    }

    /** The owner of a follow-up task of the approved minutes, or the host's staff, marks it done. */
    @PostMapping("/tasks/{taskId:\\d+}/done")
    String markDone(
            @PathVariable long id,
            @PathVariable long taskId,
            @AuthenticationPrincipal ActorPrincipal principal,
            RedirectAttributes redirect) {
        tasks.markDone(id, taskId, Viewer.of(principal.actor()));
        redirect.addFlashAttribute("notice", "meeting.minutes.task.marked");
        return "redirect:/meetings/" + id + "/minutes";
    }

    private String page(
            long id, MinutesForm form, Integer version, Map<String, String> errors, Viewer viewer, Model model) {
        var meeting = meetings.get(id, reader(id, viewer));
        var minutes = book.read(id, reader(id, viewer));
        boolean drafts = meetings.manages(id, viewer) && meeting.status() == Meeting.Status.HELD;
        model.addAttribute("meeting", meeting);
        model.addAttribute("minutes", minutes);
        model.addAttribute(
                "earlier",
                minutes.revisions().stream()
                        .filter(r -> r.status() == MinutesViews.Status.APPROVED && r != minutes.approved())
                        .toList());
        model.addAttribute("drafts", drafts);
        model.addAttribute("managesMeeting", meetings.manages(id, viewer));
        model.addAttribute("viewerMember", viewer.memberId());
        model.addAttribute(
                "approves",
                minutes.draft() != null
                        && viewer.memberId() != null
                        && viewer.memberId() == minutes.draft().chairMemberId());
        model.addAttribute("form", padded(form));
        model.addAttribute("version", version);
        model.addAttribute("errors", errors);
        if (drafts) {
            model.addAttribute("members", options.members(viewer.scope()));
            model.addAttribute("organizations", options.organizations(viewer.scope()));
        }
        return "meeting/minutes";
    }

    /**
     * Who reads the page: the viewer, or everyone's view for the chair named on the open draft, who approves it
     * without seeing the meeting otherwise (as {@link MinutesBook#approve}); 404 for anyone else.
     */
    private Viewer reader(long id, Viewer viewer) {
        if (meetings.find(id, viewer).isPresent()) {
            return viewer;
        }
        var draft = book.read(id, Viewer.everything()).draft();
        if (draft != null && viewer.memberId() != null && viewer.memberId() == draft.chairMemberId()) {
            return Viewer.everything();
        }
        throw new NotFoundException("Meeting", id);
    }

    private static List<MinutesForm.TaskRow> rows(Revision revision) {
        return revision.tasks().stream()
                .map(t -> new MinutesForm.TaskRow(t.task(), t.ownerOrganizationId(), t.ownerMemberId(), t.dueOn()))
                .toList();
    }

    /** The form with spare task rows to fill, {@link MeetingController#SPARE_ROWS} blank ones in all. */
    private static MinutesForm padded(MinutesForm form) {
        var tasks = new ArrayList<>(form.tasks() == null ? List.<MinutesForm.TaskRow>of() : form.tasks());
        long blank = tasks.stream().filter(t -> t == null || !t.filled()).count();
        for (long i = blank; i < MeetingController.SPARE_ROWS; i++) {
            tasks.add(new MinutesForm.TaskRow(null, null, null, null));
        }
        return new MinutesForm(form.chairMemberId(), form.body(), form.conclusions(), tasks);
    }
}
