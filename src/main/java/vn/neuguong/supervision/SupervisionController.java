package vn.neuguong.supervision;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
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
import vn.neuguong.member.CommitteeSeats;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.web.FormErrors;
import vn.neuguong.web.Messages;

/** The supervision board of a subtree, the visits, and following their recommendations to done. */
@Controller
@RequestMapping("/supervision")
class SupervisionController {

    private final SupervisionBoard board;
    private final Visits visits;
    private final Committees committees;
    private final CommitteeSeats seats;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final MessageSource messages;
    private final Clock clock;

    SupervisionController(
            SupervisionBoard board,
            Visits visits,
            Committees committees,
            CommitteeSeats seats,
            org.springframework.jdbc.core.simple.JdbcClient jdbc,
            MessageSource messages,
            Clock clock) {
        this.board = board;
        this.visits = visits;
        this.committees = committees;
        this.seats = seats;
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String board(
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model) {
        var scope = Scope.of(principal.actor());
        LocalDate today = LocalDate.now(clock);
        LocalDate start = from == null ? today.withDayOfYear(1).minusYears(1) : from;
        LocalDate end = to == null ? today : to;
        long node = organizationId == null ? committees.top(scope) : organizationId;
        model.addAttribute("board", board.compute(node, start, end, today, scope));
        model.addAttribute("visits", board.visits(node, start, end, PageRequest.of(page, null, 20, 20), scope));
        return "supervision/board";
    }

    @GetMapping("/visits/{id}")
    String visit(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Model model) {
        var scope = Scope.of(principal.actor());
        var visit = visits.get(id, scope);
        model.addAttribute("visit", visit);
        model.addAttribute(
                "closable",
                visit.recommendations().stream()
                        .filter(r -> r.doneOn() == null && visits.canClose(r.id(), scope))
                        .map(Visit.Recommendation::id)
                        .toList());
        model.addAttribute("today", LocalDate.now(clock));
        return "supervision/visit";
    }

    @PostMapping("/recommendations/{id}/done")
    String done(
            @PathVariable long id,
            @Valid @ModelAttribute("done") Visit.Done form,
            BindingResult binding,
            @RequestParam int version,
            @AuthenticationPrincipal ActorPrincipal principal,
            RedirectAttributes redirect,
            Locale locale) {
        var scope = Scope.of(principal.actor());
        var recommendation = visits.recommendation(id, scope);
        if (!binding.hasErrors()) {
            try {
                visits.markDone(id, version, form, scope);
                redirect.addFlashAttribute("notice", messages.getMessage("supervision.done.saved", null, locale));
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, e);
            } catch (ConflictException e) {
                redirect.addFlashAttribute("error", Messages.resolve(messages, e.getMessage(), locale));
            }
        }
        if (binding.hasErrors()) {
            redirect.addFlashAttribute("errors", FormErrors.of(binding, messages, locale));
            redirect.addFlashAttribute("failedId", id);
        }
        return "redirect:/supervision/visits/" + recommendation.visitId() + "#recommendation-" + id;
    }

    @GetMapping("/visits/new")
    String newVisit(
            @RequestParam(required = false) Long committeeId,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model) {
        var scope = Scope.of(principal.actor());
        long committee = committeeId == null ? firstCommittee(scope) : committeeId;
        var form = new Visit.Input(
                committee, false, null, VisitKind.GIAM_SAT, LocalDate.now(clock), null, null, null, null);
        return visitForm(form, scope, model);
    }

    @PostMapping("/visits")
    String record(
            @Valid @ModelAttribute("form") Visit.Input form,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            Locale locale) {
        var scope = Scope.of(principal.actor());
        try {
            visits.check(form);
        } catch (InvalidInputException e) {
            FormErrors.reject(binding, e);
        }
        if (!binding.hasErrors()) {
            try {
                return "redirect:/supervision/visits/"
                        + visits.record(form, scope).id();
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, e);
            }
        }
        model.addAttribute("errors", FormErrors.of(binding, messages, locale));
        return visitForm(form, scope, model);
    }

    private String visitForm(Visit.Input form, Scope scope, Model model) {
        long committee = form.committeeId() == null ? firstCommittee(scope) : form.committeeId();
        committees.committee(committee, scope);
        model.addAttribute("form", form);
        model.addAttribute("rows", Visits.spareRows(form.recommendations(), 3));
        model.addAttribute("committees", committees.committeesIn(scope));
        model.addAttribute(
                "organizations",
                jdbc.sql("SELECT o.id, o.name FROM " + TreeSql.organizations()
                                + " o WHERE o.open AND o.kind <> 'DEPARTMENT' AND "
                                + TreeSql.within("o.id", ":committee")
                                + " ORDER BY o.path LIMIT 500")
                        .param("committee", committee)
                        .query(Committees.Choice.class)
                        .list());
        model.addAttribute("seats", seats.on(committee, LocalDate.now(clock)));
        model.addAttribute("kinds", VisitKind.values());
        return "supervision/visit-form";
    }

    private long firstCommittee(Scope scope) {
        return committees.committeesIn(scope).stream()
                .findFirst()
                .map(Committees.Choice::id)
                .orElseThrow(() ->
                        new org.springframework.security.access.AccessDeniedException("supervision.visit.notAllowed"));
    }
}
