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
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.NotFoundException;
import vn.neuguong.web.FormErrors;
import vn.neuguong.web.Messages;

/** The pages of a meeting's invitees and bridge points. */
@Controller
@RequestMapping("/meetings/{id:\\d+}")
class MeetingPartsController {

    private final Meetings meetings;
    private final Invitees invitees;
    private final BridgePoints points;
    private final MeetingOptions options;
    private final MessageSource messages;

    MeetingPartsController(
            Meetings meetings, Invitees invitees, BridgePoints points, MeetingOptions options, MessageSource messages) {
        this.meetings = meetings;
        this.invitees = invitees;
        this.points = points;
        this.options = options;
        this.messages = messages;
    }

    /** An invitee from the meeting page; a member is typed by name or party card number ({@code member}). */
    @PostMapping("/invitees")
    String invite(
            @PathVariable long id,
            @Valid @ModelAttribute("invitee") InviteeForm form,
            BindingResult binding,
            @RequestParam(required = false) String member,
            @AuthenticationPrincipal ActorPrincipal principal,
            RedirectAttributes redirect,
            Locale locale) {
        var viewer = Viewer.of(principal.actor());
        var more = new ArrayList<InvalidInputException.FieldError>();
        var typed = form;
        if (form.kind() == InviteeForm.Kind.MEMBER && form.memberId() == null) {
            Long found = options.member(member, viewer.scope());
            if (found == null) {
                more.add(new InvalidInputException.FieldError(
                        "member", MeetingForm.blank(member) ? "validation.required" : "meeting.member.notFound"));
            }
            typed = new InviteeForm(
                    form.kind(),
                    form.organizationId(),
                    form.positionTitle(),
                    found,
                    form.guestName(),
                    form.guestTitle(),
                    form.role(),
                    form.bridgePointId());
        }
        if (!binding.hasErrors() && more.isEmpty()) {
            try {
                invitees.add(id, typed, viewer);
                redirect.addFlashAttribute("notice", "meeting.invitee.added");
                return "redirect:/meetings/" + id + "#invitees";
            } catch (InvalidInputException e) {
                more.addAll(e.errors());
            } catch (ConflictException e) {
                redirect.addFlashAttribute("error", Messages.resolve(messages, e.getMessage(), locale));
                return "redirect:/meetings/" + id;
            }
        } else {
            more.addAll(typed.check().stream()
                    .filter(e -> !e.field().equals("memberId"))
                    .toList());
        }
        FormErrors.reject(binding, more);
        redirect.addFlashAttribute("inviteeErrors", FormErrors.of(binding, messages, locale));
        return "redirect:/meetings/" + id + "#invitees";
    }

    @PostMapping("/invitees/{inviteeId}/remove")
    String uninvite(
            @PathVariable long id,
            @PathVariable long inviteeId,
            @AuthenticationPrincipal ActorPrincipal principal,
            RedirectAttributes redirect) {
        invitees.remove(id, inviteeId, Viewer.of(principal.actor()));
        redirect.addFlashAttribute("notice", "meeting.invitee.removed");
        return "redirect:/meetings/" + id + "#invitees";
    }

    @GetMapping("/bridge-points/new")
    String newPoint(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Model model) {
        var form = new BridgePointForm(null, null, null, null, null, null, null, List.of(), null);
        return pointForm(id, null, padded(form), Map.of(), Viewer.of(principal.actor()), model);
    }

    @PostMapping("/bridge-points/new")
    String addPoint(
            @PathVariable long id,
            @Valid @ModelAttribute("form") BridgePointForm form,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        var viewer = Viewer.of(principal.actor());
        if (!binding.hasErrors()) {
            try {
                points.add(id, form, viewer);
                redirect.addFlashAttribute("notice", "meeting.bridgePoint.added");
                return "redirect:/meetings/" + id + "#attendance";
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, e);
            }
        } else {
            FormErrors.reject(binding, Headcount.check(form.groups(), form.capacity()));
        }
        return pointForm(id, null, padded(form), FormErrors.of(binding, messages, locale), viewer, model);
    }

    @GetMapping("/bridge-points/{pointId}/edit")
    String editPoint(
            @PathVariable long id,
            @PathVariable long pointId,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model) {
        var viewer = Viewer.of(principal.actor());
        var point = point(id, pointId, viewer);
        var form = new BridgePointForm(
                point.organizationId(),
                point.parentId(),
                point.site(),
                point.hostMemberId(),
                point.hostMemberId() == null ? point.hostName() : null,
                point.capacity(),
                point.connection(),
                point.groups(),
                point.version());
        return pointForm(id, point, padded(form), Map.of(), viewer, model);
    }

    @PostMapping("/bridge-points/{pointId}/edit")
    String updatePoint(
            @PathVariable long id,
            @PathVariable long pointId,
            @Valid @ModelAttribute("form") BridgePointForm form,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        var viewer = Viewer.of(principal.actor());
        var point = point(id, pointId, viewer);
        if (!binding.hasErrors()) {
            try {
                points.update(id, pointId, form.version() == null ? -1 : form.version(), form, viewer);
                redirect.addFlashAttribute("notice", "meeting.bridgePoint.updated");
                return "redirect:/meetings/" + id + "#attendance";
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, e);
            } catch (ConflictException e) {
                model.addAttribute("stale", e.getMessage());
            }
        } else {
            FormErrors.reject(binding, Headcount.check(form.groups(), form.capacity()));
        }
        return pointForm(id, point, padded(form), FormErrors.of(binding, messages, locale), viewer, model);
    }

    @PostMapping("/bridge-points/{pointId}/remove")
    String removePoint(
            @PathVariable long id,
            @PathVariable long pointId,
            @AuthenticationPrincipal ActorPrincipal principal,
            RedirectAttributes redirect) {
        points.remove(id, pointId, Viewer.of(principal.actor()));
        redirect.addFlashAttribute("notice", "meeting.bridgePoint.removed");
        return "redirect:/meetings/" + id + "#attendance";
    }

    private MeetingViews.BridgePoint point(long id, long pointId, Viewer viewer) {
        return meetings.detail(id, viewer).bridgePoints().stream()
                .filter(p -> p.id() == pointId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("BridgePoint", pointId));
    }

    private String pointForm(
            long id,
            MeetingViews.BridgePoint point,
            BridgePointForm form,
            Map<String, String> errors,
            Viewer viewer,
            Model model) {
        var detail = meetings.detail(id, viewer);
        model.addAttribute("detail", detail);
        model.addAttribute("point", point);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("organizations", point == null ? options.organizations(viewer.scope()) : List.of());
        model.addAttribute("connections", BridgePointForm.Connection.values());
        model.addAttribute("approximations", Headcount.Approximation.values());
        return "meeting/bridge-point";
    }

    private static BridgePointForm padded(BridgePointForm form) {
        var groups = new ArrayList<>(form.groups() == null ? List.<Headcount>of() : form.groups());
        for (int i = 0; i < MeetingController.SPARE_ROWS; i++) {
            groups.add(new Headcount(null, null, null, null));
        }
        return new BridgePointForm(
                form.organizationId(),
                form.parentId(),
                form.site(),
                form.hostMemberId(),
                form.hostName(),
                form.capacity(),
                form.connection(),
                groups,
                form.version());
    }
}
