package vn.neuguong.member;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.web.FormErrors;
import vn.neuguong.web.Htmx;

/** The roster pages: list with live search, a member's page and the member form. */
@Controller
@RequestMapping("/members")
class MemberController {

    static final int PAGE_SIZE = 20;

    private final Members members;
    private final MemberCells cells;
    private final MemberTransfers transfers;
    private final MemberPositions positions;
    private final MemberStandings standings;
    private final MessageSource messages;
    private final java.time.Clock clock;

    MemberController(
            Members members,
            MemberCells cells,
            MemberTransfers transfers,
            MemberPositions positions,
            MemberStandings standings,
            MessageSource messages,
            java.time.Clock clock) {
        this.members = members;
        this.cells = cells;
        this.transfers = transfers;
        this.positions = positions;
        this.standings = standings;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String organizationId,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page,
            @AuthenticationPrincipal ActorPrincipal principal,
            HttpServletRequest request,
            Model model) {
        var actor = principal.actor();
        var query = new MemberQuery(q, lenient(organizationId, Long::valueOf), lenient(status, MemberStatus::valueOf));
        model.addAttribute("query", query);
        var result = members.search(query, PageRequest.of(page, null, PAGE_SIZE, PAGE_SIZE), actor);
        model.addAttribute("result", result);
        model.addAttribute(
                "standingsToday",
                standings.today(result.items().stream().map(Member::id).toList()));
        if (!Htmx.isHtmx(request)) {
            // the filter form's organizations, which the live search's fragment does not show (a province's 9,000)
            model.addAttribute("units", cells.units(Scope.of(actor), query.organizationId()));
            model.addAttribute("statuses", MemberStatus.values());
            model.addAttribute("canChange", canChange(actor));
        }
        return Htmx.view(request, "member/list", "results");
    }

    /** The filter's search for an organization by name, for the picker: up to 20 as {@code {value, text}}. */
    @GetMapping(path = "/units", produces = "application/json")
    @ResponseBody
    List<Map<String, Object>> units(
            @RequestParam(defaultValue = "") String q, @AuthenticationPrincipal ActorPrincipal principal) {
        if (q.isBlank()) {
            return List.of();
        }
        return cells.unitChoices(Scope.of(principal.actor()), q.strip()).stream()
                .map(unit -> Map.<String, Object>of("value", unit.id(), "text", unit.pathNames()))
                .toList();
    }

    @GetMapping("/{id:\\d+}")
    String show(
            @PathVariable long id,
            @RequestParam(required = false) Integer standingsPage,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model) {
        var actor = principal.actor();
        var member = members.get(id, actor);
        model.addAttribute("member", member);
        model.addAttribute("positions", positions.of(id));
        model.addAttribute("history", transfers.history(id));
        boolean canChange = members.canChange(id, actor);
        model.addAttribute("canChange", canChange);
        model.addAttribute("canTransfer", transfers.mayTransfer(member, actor));
        model.addAttribute("titles", MemberPosition.Title.values());
        model.addAttribute("postOrganizations", canChange ? cells.postOrganizations(Scope.of(actor)) : List.of());
        model.addAttribute("today", java.time.LocalDate.now(clock).toString());
        if (!model.containsAttribute("positionErrors")) {
            model.addAttribute("positionErrors", Map.of());
        }
        model.addAttribute("standings", standings.of(id, PageRequest.of(standingsPage, null, PAGE_SIZE, PAGE_SIZE)));
        model.addAttribute("standingKinds", MemberStanding.Kind.values());
        model.addAttribute("standingReasons", MemberStanding.Reason.values());
        model.addAttribute("hostCells", canChange ? cells.cells(Scope.of(actor)) : List.of());
        if (!model.containsAttribute("standingErrors")) {
            model.addAttribute("standingErrors", Map.of());
        }
        return "member/show";
    }

    @GetMapping("/new")
    String create(@AuthenticationPrincipal ActorPrincipal principal, Model model) {
        return form(model, principal.actor(), MemberForm.empty(), null, Map.of());
    }

    @PostMapping("/new")
    String create(
            @Validated({Default.class, MemberForm.New.class}) @ModelAttribute("form") MemberForm form,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        var actor = principal.actor();
        var input = form.toInput(binding);
        if (!binding.hasErrors()) {
            try {
                var member = members.create(input, actor);
                redirect.addFlashAttribute("notice", "member.created");
                return "redirect:/members/" + member.id();
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, e);
            }
        }
        return form(model, actor, form, null, FormErrors.of(binding, messages, locale));
    }

    @GetMapping("/{id:\\d+}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Model model) {
        var member = members.getForChange(id, principal.actor());
        return form(model, principal.actor(), MemberForm.of(member), member, Map.of());
    }

    @PostMapping("/{id:\\d+}/edit")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") MemberForm form,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        var actor = principal.actor();
        var member = members.getForChange(id, actor);
        var input = form.toInput(binding);
        if (!binding.hasErrors()) {
            try {
                members.update(id, form.version() == null ? -1 : form.version(), input, actor);
                redirect.addFlashAttribute("notice", "member.updated");
                return "redirect:/members/" + id;
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, e);
            } catch (ConflictException e) {
                model.addAttribute("stale", e.getMessage());
            }
        }
        return form(model, actor, form, member, FormErrors.of(binding, messages, locale));
    }

    private String form(Model model, Actor actor, MemberForm form, Member member, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("member", member);
        model.addAttribute("errors", errors);
        model.addAttribute("cells", cells.cells(Scope.of(actor)));
        model.addAttribute("genders", MemberGender.values());
        model.addAttribute("statuses", MemberStatus.values());
        return "member/form";
    }

    /** A filter of the list as given, or none when it cannot be read: a stale link still shows the list. */
    private static <T> T lenient(String text, Function<String, T> parser) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parser.apply(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean canChange(Actor actor) {
        return Scope.of(actor).unrestricted() || !Scope.of(actor).roots().isEmpty();
    }
}
