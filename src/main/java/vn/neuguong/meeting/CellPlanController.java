package vn.neuguong.meeting;

import jakarta.validation.Valid;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import vn.neuguong.member.MemberSql;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.NotFoundException;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.web.FormErrors;

/**
 * The pages of the cells' monthly plans: the roll-up at a node (with the committee's due day to set), the list of a
 * node's cells with their status, and a cell's plan for a month to post or change.
 */
@Controller
@RequestMapping("/meeting-plans")
class CellPlanController {

    private final PlanBoard board;
    private final PlanRules rules;
    private final CellPlans plans;
    private final CellPlanReads reads;
    private final PreparationPages preparations;
    private final JdbcClient jdbc;
    private final MessageSource messages;

    CellPlanController(
            PlanBoard board,
            PlanRules rules,
            CellPlans plans,
            CellPlanReads reads,
            PreparationPages preparations,
            JdbcClient jdbc,
            MessageSource messages) {
        this.board = board;
        this.rules = rules;
        this.plans = plans;
        this.reads = reads;
        this.preparations = preparations;
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @GetMapping
    String board(
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model) {
        long node = CellPlanApi.node(organizationId, principal);
        return boardPage(node, month, null, Map.of(), principal, model);
    }

    /** Sets the committee's due day from the board's form, as read at {@code version}. */
    @PostMapping("/rules/{organizationId}")
    String setRule(
            @PathVariable long organizationId,
            @Valid @ModelAttribute("ruleForm") PlanRule.Form form,
            BindingResult binding,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                rules.set(
                        organizationId, form.version() == null ? 0 : form.version(), form.dueDay(), principal.actor());
                redirect.addFlashAttribute("notice", "meeting.planRule.saved");
                return "redirect:/meeting-plans?organizationId=" + organizationId
                        + (month == null ? "" : "&month=" + month);
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, e);
            } catch (ConflictException e) {
                model.addAttribute("stale", e.getMessage());
            }
        }
        return boardPage(organizationId, month, form, FormErrors.of(binding, messages, locale), principal, model);
    }

    private String boardPage(
            long node,
            YearMonth month,
            PlanRule.Form ruleForm,
            Map<String, String> errors,
            ActorPrincipal principal,
            Model model) {
        var scope = Scope.of(principal.actor());
        var shown = board.board(node, month == null ? board.nextMonth() : month, scope);
        PlanRule rule = null;
        try {
            rule = rules.read(node, scope);
        } catch (NotFoundException e) {
            // not a committee: its cells follow the rule above it, shown as the board's due day
        }
        model.addAttribute("board", shown);
        model.addAttribute("rule", rule);
        model.addAttribute(
                "ruleForm",
                ruleForm != null ? ruleForm : rule == null ? null : new PlanRule.Form(rule.dueDay(), rule.version()));
        model.addAttribute("errors", errors);
        return "meeting/plans";
    }

    @GetMapping("/cells")
    String cells(
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            @RequestParam(required = false) CellPlan.Status status,
            @RequestParam(required = false) Integer page,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model) {
        var scope = Scope.of(principal.actor());
        long node = CellPlanApi.node(organizationId, principal);
        var shown = month == null ? board.nextMonth() : month;
        model.addAttribute("node", board.node(node, scope));
        model.addAttribute("month", shown);
        model.addAttribute("status", status);
        model.addAttribute("cells", board.cells(node, shown, status, scope, PageRequest.of(page, 50, 50, 100)));
        return "meeting/plan-cells";
    }

    @GetMapping("/cells/{cellId:\\d+}")
    String plan(
            @PathVariable long cellId,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model) {
        var shown = month == null ? board.nextMonth() : month;
        var scope = Scope.of(principal.actor());
        plans.requireCell(cellId, scope);
        var plan = reads.of(cellId, shown, scope).orElse(null);
        var form = plan == null
                ? new CellPlanForm(cellId, shown, null, null, Meeting.Kind.CELL_REGULAR, null, null, null, null)
                : formOf(plan);
        return planPage(cellId, shown, plan, form, Map.of(), principal, model);
    }

    /** Posts the cell's plan for the month, or changes the one posted as read at the form's version. */
    @PostMapping("/cells/{cellId:\\d+}")
    String save(
            @PathVariable long cellId,
            @Valid @ModelAttribute("form") CellPlanForm form,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        var scope = Scope.of(principal.actor());
        plans.requireCell(cellId, scope);
        var month = form.month() == null ? board.nextMonth() : form.month();
        var plan = reads.of(cellId, month, scope).orElse(null);
        var posted = new CellPlanForm(
                cellId,
                month,
                form.meetsOn(),
                form.startsAt(),
                form.kind(),
                form.topic(),
                form.presenterMemberId(),
                form.presenterName(),
                form.version());
        if (!binding.hasErrors()) {
            try {
                if (plan == null) {
                    plans.post(posted, principal.actor());
                } else {
                    plans.change(plan.id(), form.version() == null ? -1 : form.version(), posted, principal.actor());
                }
                redirect.addFlashAttribute("notice", "meeting.plan.saved");
                return "redirect:/meeting-plans/cells/" + cellId + "?month=" + month;
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, e);
            } catch (ConflictException e) {
                model.addAttribute("stale", e.getMessage());
            }
        } else {
            FormErrors.reject(binding, form.check(month));
        }
        return planPage(cellId, month, plan, posted, FormErrors.of(binding, messages, locale), principal, model);
    }

    private String planPage(
            long cellId,
            YearMonth month,
            CellPlan plan,
            CellPlanForm form,
            Map<String, String> errors,
            ActorPrincipal principal,
            Model model) {
        var scope = Scope.of(principal.actor());
        model.addAttribute("cell", board.node(cellId, scope));
        model.addAttribute("month", month);
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("members", members(cellId));
        model.addAttribute("dueOn", board.board(cellId, month, scope).dueOn());
        if (plan != null && plan.kind() == Meeting.Kind.CELL_THEMATIC) {
            preparations.addTo(model, plan.meetingId(), principal.actor());
        }
        return "meeting/plan";
    }

    List<MeetingOptions.Choice> members(long cellId) {
        return jdbc.sql(MemberSql.choices("member_p.id IN (" + MemberSql.idsInCell(":cell") + ")"))
                .param("cell", cellId)
                .query(MeetingOptions.Choice.class)
                .list();
    }

    private static CellPlanForm formOf(CellPlan plan) {
        var local = plan.startsAt().atZoneSameInstant(vn.neuguong.web.TimeConfiguration.ZONE);
        return new CellPlanForm(
                plan.cellId(),
                plan.month(),
                local.toLocalDate(),
                local.toLocalTime(),
                plan.kind(),
                plan.topic(),
                plan.presenterMemberId(),
                plan.presenterMemberId() == null ? plan.presenterName() : null,
                plan.version());
    }
}
