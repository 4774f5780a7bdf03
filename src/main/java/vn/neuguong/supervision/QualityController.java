package vn.neuguong.supervision;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
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
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.web.FormErrors;
import vn.neuguong.web.Messages;

/** The month's meeting quality board, a cell's assessment form, and the overseer's review. */
@Controller
@RequestMapping("/supervision/quality")
class QualityController {

    private final QualityBoard board;
    private final Assessments assessments;
    private final Committees committees;
    private final MessageSource messages;
    private final Clock clock;

    QualityController(
            QualityBoard board, Assessments assessments, Committees committees, MessageSource messages, Clock clock) {
        this.board = board;
        this.assessments = assessments;
        this.committees = committees;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String board(
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model) {
        var scope = Scope.of(principal.actor());
        var shown = month == null ? YearMonth.now(clock) : month;
        long node = organizationId == null ? committees.top(scope) : organizationId;
        model.addAttribute("board", board.compute(node, shown, scope));
        return "supervision/quality";
    }

    /** The cell's assessment of the month: the form to record it, or to change it. */
    @GetMapping("/cells/{cellId}")
    String cell(
            @PathVariable long cellId,
            @RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model) {
        var scope = Scope.of(principal.actor());
        var cell = committees.organization(cellId, scope);
        var existing = assessments.of(cellId, month, scope);
        var form = existing.map(QualityController::input)
                .orElseGet(() -> new Assessment.Input(
                        cellId,
                        month.toString(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        principal.actor().displayName()));
        return form(cell.name(), existing.orElse(null), form, model);
    }

    @PostMapping("/cells/{cellId}")
    String save(
            @PathVariable long cellId,
            @Valid @ModelAttribute("form") Assessment.Input form,
            BindingResult binding,
            @RequestParam(required = false) Integer version,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            Locale locale) {
        var scope = Scope.of(principal.actor());
        var cell = committees.organization(cellId, scope);
        YearMonth month = binding.hasFieldErrors("month") ? YearMonth.now(clock) : YearMonth.parse(form.month());
        var existing = assessments.of(cellId, month, scope);
        try {
            if (!binding.hasFieldErrors("month")) {
                assessments.check(form, month);
            }
        } catch (InvalidInputException e) {
            FormErrors.reject(binding, e);
        }
        if (!binding.hasErrors()) {
            try {
                var saved = existing.isPresent()
                        ? assessments.update(existing.get().id(), version == null ? -1 : version, form, scope)
                        : assessments.record(form, scope);
                return "redirect:/supervision/quality/assessments/" + saved.id();
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, e);
            } catch (ConflictException e) {
                // Changed since it was opened: the form shows the assessment as it is now, to be changed again.
                var now = assessments.of(cellId, month, scope).orElseThrow();
                model.addAttribute("error", Messages.resolve(messages, "supervision.version.staleShown", locale));
                return form(cell.name(), now, input(now), model);
            }
        }
        model.addAttribute("errors", FormErrors.of(binding, messages, locale));
        return form(cell.name(), existing.orElse(null), form, model);
    }

    /** One assessment as recorded, with the overseer's review form for the overseer. */
    @GetMapping("/assessments/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Model model) {
        var assessment = assessments.get(id, principal.actor());
        model.addAttribute("assessment", assessment);
        model.addAttribute("canReview", assessments.oversees(assessment, principal.actor()));
        model.addAttribute(
                "canEdit",
                assessments
                        .of(assessment.cellId(), YearMonth.parse(assessment.month()), Scope.of(principal.actor()))
                        .isPresent());
        model.addAttribute("review", new Assessment.Review(true, null, assessment.reviewComment()));
        return "supervision/assessment";
    }

    @PostMapping("/assessments/{id}/review")
    String review(
            @PathVariable long id,
            @Valid @ModelAttribute("review") Assessment.Review form,
            BindingResult binding,
            @RequestParam int version,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            Locale locale) {
        if (!binding.hasErrors()) {
            try {
                assessments.review(id, version, form, principal.actor());
                return "redirect:/supervision/quality/assessments/" + id;
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, e);
            } catch (ConflictException e) {
                model.addAttribute("error", Messages.resolve(messages, e.getMessage(), locale));
            }
        }
        var assessment = assessments.get(id, principal.actor());
        model.addAttribute("assessment", assessment);
        model.addAttribute("canReview", assessments.oversees(assessment, principal.actor()));
        model.addAttribute("canEdit", false);
        model.addAttribute("errors", FormErrors.of(binding, messages, locale));
        return "supervision/assessment";
    }

    private String form(String cellName, Assessment existing, Assessment.Input form, Model model) {
        model.addAttribute("cellName", cellName);
        model.addAttribute("existing", existing);
        model.addAttribute("form", form);
        model.addAttribute("ratings", Rating.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "supervision/assessment-form";
    }

    private static Assessment.Input input(Assessment a) {
        return new Assessment.Input(
                a.cellId(),
                a.month(),
                a.heldOn(),
                a.preparation(),
                a.preparationNote(),
                a.content(),
                a.contentNote(),
                a.attendance(),
                a.attendanceNote(),
                a.discussion(),
                a.discussionNote(),
                a.conclusions(),
                a.conclusionsNote(),
                a.rating(),
                a.preparedBy());
    }
}
