package vn.neuguong.meeting;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
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
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.web.FormErrors;
import vn.neuguong.web.Messages;

/** The meeting pages: the list, one meeting, the plan form (new and edit), hold and cancel. */
@Controller
@RequestMapping("/meetings")
class MeetingController {

    static final int PAGE_SIZE = 20;
    static final int SPARE_ROWS = 2;

    private final Meetings meetings;
    private final MeetingPlans plans;
    private final MeetingOptions options;
    private final MessageSource messages;

    MeetingController(Meetings meetings, MeetingPlans plans, MeetingOptions options, MessageSource messages) {
        this.meetings = meetings;
        this.plans = plans;
        this.options = options;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) Integer page,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model) {
        var viewer = Viewer.of(principal.actor());
        var filter = new MeetingFilter(
                lenient(kind, Meeting.Kind::valueOf),
                lenient(status, Meeting.Status::valueOf),
                lenient(from, LocalDate::parse),
                lenient(to, LocalDate::parse),
                null);
        model.addAttribute("filter", filter);
        model.addAttribute("meetings", meetings.list(filter, viewer, PageRequest.of(page, null, PAGE_SIZE, PAGE_SIZE)));
        model.addAttribute("kinds", Meeting.Kind.values());
        model.addAttribute("statuses", Meeting.Status.values());
        model.addAttribute("canCreate", !options.hosts(viewer.scope()).isEmpty());
        return "meeting/list";
    }

    @GetMapping("/{id:\\d+}")
    String show(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Model model) {
        var viewer = Viewer.of(principal.actor());
        var detail = meetings.detail(id, viewer);
        model.addAttribute("detail", detail);
        if (!model.containsAttribute("inviteeErrors")) {
            model.addAttribute("inviteeErrors", Map.of());
        }
        if (detail.managed()) {
            model.addAttribute("organizations", options.organizations(viewer.scope()));
            model.addAttribute("titles", vn.neuguong.member.MemberPosition.Title.values());
        }
        model.addAttribute("canCheckIn", principal.actor().memberId() != null);
        model.addAttribute("inviteeKinds", InviteeForm.Kind.values());
        model.addAttribute("roles", InviteeForm.Role.values());
        return "meeting/detail";
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal ActorPrincipal principal, Model model) {
        var viewer = Viewer.of(principal.actor());
        if (options.hosts(viewer.scope()).isEmpty()) {
            throw new AccessDeniedException("meeting.notManaged");
        }
        var form = new MeetingForm(
                null, null, null, null, null, List.of(), null, null, null, null, null, null, List.of(), List.of(),
                List.of(), null);
        return form(padded(form), null, Map.of(), viewer, model);
    }

    @PostMapping("/new")
    String create(
            @Valid @ModelAttribute("form") MeetingForm form,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        var viewer = Viewer.of(principal.actor());
        if (!binding.hasErrors()) {
            try {
                var created = plans.create(form, viewer);
                redirect.addFlashAttribute("notice", "meeting.created");
                return "redirect:/meetings/" + created.id();
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, e);
            }
        } else {
            FormErrors.reject(binding, form.check());
        }
        return form(padded(form), null, FormErrors.of(binding, messages, locale), viewer, model);
    }

    @GetMapping("/{id:\\d+}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Model model) {
        var viewer = Viewer.of(principal.actor());
        var detail = meetings.detail(id, viewer);
        if (!detail.managed()) {
            throw new AccessDeniedException("meeting.notManaged");
        }
        return form(padded(MeetingForms.of(detail)), detail.meeting(), Map.of(), viewer, model);
    }

    @PostMapping("/{id:\\d+}/edit")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") MeetingForm form,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        var viewer = Viewer.of(principal.actor());
        var meeting = meetings.get(id, viewer);
        if (!binding.hasErrors()) {
            try {
                plans.update(id, form.version() == null ? -1 : form.version(), form, viewer);
                redirect.addFlashAttribute("notice", "meeting.updated");
                return "redirect:/meetings/" + id;
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, e);
            } catch (ConflictException e) {
                model.addAttribute("stale", e.getMessage());
            }
        } else {
            FormErrors.reject(binding, form.check());
        }
        return form(padded(form), meeting, FormErrors.of(binding, messages, locale), viewer, model);
    }

    @PostMapping("/{id:\\d+}/hold")
    String hold(
            @PathVariable long id,
            @RequestParam int version,
            @AuthenticationPrincipal ActorPrincipal principal,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            plans.hold(id, version, Viewer.of(principal.actor()));
            redirect.addFlashAttribute("notice", "meeting.held");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", Messages.resolve(messages, e.getMessage(), locale));
        }
        return "redirect:/meetings/" + id;
    }

    @PostMapping("/{id:\\d+}/cancel")
    String cancel(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(required = false) String reason,
            @AuthenticationPrincipal ActorPrincipal principal,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            plans.cancel(id, version, reason, Viewer.of(principal.actor()));
            redirect.addFlashAttribute("notice", "meeting.cancelled");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", Messages.resolve(messages, e.getMessage(), locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("cancelErrors", FormErrors.of(e, messages, locale));
        }
        return "redirect:/meetings/" + id;
    }

    private String form(MeetingForm form, Meeting meeting, Map<String, String> errors, Viewer viewer, Model model) {
        var scope = viewer.scope();
        var campaigns = options.campaigns(scope);
        model.addAttribute("form", form);
        model.addAttribute("meeting", meeting);
        model.addAttribute("errors", errors);
        model.addAttribute("hosts", options.hosts(scope));
        model.addAttribute("organizations", options.organizations(scope));
        model.addAttribute("documents", options.documents(scope));
        model.addAttribute("campaigns", campaigns);
        model.addAttribute("requirements", options.requirements(campaigns));
        model.addAttribute("kinds", Meeting.Kind.values());
        model.addAttribute("formats", Meeting.Format.values());
        model.addAttribute("bodies", Meeting.HostBody.values());
        model.addAttribute("approximations", Headcount.Approximation.values());
        return "meeting/form";
    }

    /** The form with spare agenda and headcount rows to fill in. */
    static MeetingForm padded(MeetingForm form) {
        var agenda = new ArrayList<>(form.filledAgenda());
        var groups = new ArrayList<>(Headcount.filled(form.groups()));
        if (form.agenda() != null && form.agenda().size() > agenda.size()) {
            agenda = new ArrayList<>(form.agenda());
        }
        if (form.groups() != null && form.groups().size() > groups.size()) {
            groups = new ArrayList<>(form.groups());
        }
        for (int i = 0; i < SPARE_ROWS; i++) {
            agenda.add(new MeetingForm.AgendaRow(null, null, null, null));
            groups.add(new Headcount(null, null, null, null));
        }
        return new MeetingForm(
                form.title(),
                form.kind(),
                form.format(),
                form.hostId(),
                form.hostBody(),
                form.coHostIds(),
                form.venue(),
                form.startsAt(),
                form.endsAt(),
                form.campaignId(),
                form.requirementId(),
                form.capacity(),
                form.materialIds(),
                agenda,
                groups,
                form.version());
    }

    /** A filter of the list as given, or none when it cannot be read: a stale link still shows the list. */
    static <T> T lenient(String text, Function<String, T> parser) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parser.apply(text.strip());
        } catch (RuntimeException e) {
            return null;
        }
    }
}
