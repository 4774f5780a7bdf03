package vn.neuguong.ballot;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.neuguong.member.MemberPosition;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.NotFoundException;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.web.FormErrors;
import vn.neuguong.web.Messages;

/** The staff's pages of ballot rounds: the list, and the form of a draft round (new or changed). */
@Controller
@RequestMapping("/ballot-rounds")
class BallotPages {

    private final StaffRounds staff;
    private final BallotRounds rounds;
    private final RoundEditing editing;
    private final MessageSource messages;

    BallotPages(StaffRounds staff, BallotRounds rounds, RoundEditing editing, MessageSource messages) {
        this.staff = staff;
        this.rounds = rounds;
        this.editing = editing;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) BallotRound.Status status,
            @RequestParam(required = false) Integer page,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model) {
        var access = BallotAccess.of(principal.actor());
        var request = PageRequest.of(page, null, BallotRounds.DEFAULT_PAGE_SIZE, BallotRounds.MAX_PAGE_SIZE);
        model.addAttribute("rows", staff.list(access, organizationId, status, request));
        model.addAttribute("organizationId", organizationId);
        model.addAttribute("status", status);
        model.addAttribute("statuses", BallotRound.Status.values());
        model.addAttribute("organizations", staff.organizations(Scope.of(principal.actor())));
        return "ballot/rounds";
    }

    @GetMapping("/new")
    String create(@RequestParam long organizationId, @AuthenticationPrincipal ActorPrincipal principal, Model model) {
        owned(organizationId, principal);
        return formPage(RoundForm.fresh(organizationId), null, null, principal, model);
    }

    @PostMapping
    String create(
            @ModelAttribute("form") RoundForm form,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            Locale locale) {
        if (form.organizationId() == null) {
            throw new NotFoundException("Organization", null);
        }
        owned(form.organizationId(), principal);
        try {
            var round = editing.create(form, principal.actor());
            return "redirect:/ballot-rounds/" + round.id();
        } catch (InvalidInputException e) {
            model.addAttribute("errors", errors(e, locale));
        }
        return formPage(form, null, null, principal, model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Model model) {
        var detail = rounds.detail(id, BallotAccess.of(principal.actor()));
        var form = RoundForm.of(detail, staff.previousOf(id).orElse(null));
        return formPage(form, id, detail.round().version(), principal, model);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") RoundForm form,
            @RequestParam int version,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            Locale locale) {
        rounds.get(id, BallotAccess.of(principal.actor()));
        try {
            editing.update(id, version, form, principal.actor());
            return "redirect:/ballot-rounds/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("errors", errors(e, locale));
        } catch (ConflictException e) {
            model.addAttribute("error", Messages.resolve(messages, e.getMessage(), locale));
        }
        return formPage(form, id, version, principal, model);
    }

    private void owned(long organizationId, ActorPrincipal principal) {
        boolean inScope =
                staff.organizations(Scope.of(principal.actor())).stream().anyMatch(o -> o.id() == organizationId);
        if (!inScope) {
            throw new NotFoundException("Organization", organizationId);
        }
    }

    private Map<String, String> errors(InvalidInputException e, Locale locale) {
        var errors = new LinkedHashMap<String, String>();
        FormErrors.of(e, messages, locale)
                .forEach((key, text) -> errors.merge(RoundEditing.field(key), text, (a, b) -> a + "; " + b));
        return errors;
    }

    private String formPage(RoundForm form, Long id, Integer version, ActorPrincipal principal, Model model) {
        long organizationId = form.organizationId();
        var scope = Scope.of(principal.actor());
        model.addAttribute("form", form);
        model.addAttribute("leaderRows", form.leaderRows());
        model.addAttribute("electorateRows", form.electorateRows());
        model.addAttribute("roundId", id);
        model.addAttribute("version", version);
        model.addAttribute("kinds", BallotRound.Kind.values());
        model.addAttribute("electorateKinds", BallotInput.ElectorateKind.values());
        model.addAttribute("titles", MemberPosition.Title.values());
        model.addAttribute("organizations", staff.organizations(scope));
        model.addAttribute("orderers", staff.orderers(organizationId));
        model.addAttribute("members", staff.members(organizationId));
        model.addAttribute("campaigns", staff.campaigns(scope));
        model.addAttribute("previousRounds", staff.closedRounds(organizationId, id));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "ballot/form";
    }
}
