package vn.neuguong.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
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
import org.springframework.web.bind.annotation.ResponseBody;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.shared.Role;
import vn.neuguong.web.FormErrors;

/** The administrator's pages: every account, a form for a new one, and each account's enable and password. */
@Controller
@RequestMapping("/account/admin")
@PreAuthorize("hasRole('ADMIN')")
class AccountAdminController {

    private final AccountAdministration administration;
    private final MessageSource messages;

    AccountAdminController(AccountAdministration administration, MessageSource messages) {
        this.administration = administration;
        this.messages = messages;
    }

    /** A page of the accounts, those whose username or display name contains {@code q} when one is given. */
    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            Model model) {
        var request = PageRequest.of(
                page, size, AccountAdministration.DEFAULT_PAGE_SIZE, AccountAdministration.MAX_PAGE_SIZE);
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("result", administration.list(q, request));
        return renderForm(model, AccountForm.empty(), null, Map.of());
    }

    /** The member picker's search: up to 20 members by name or party card number, as {@code {value, text}}. */
    @GetMapping(path = "/members", produces = "application/json")
    @ResponseBody
    List<Map<String, Object>> members(@RequestParam(defaultValue = "") String q) {
        if (q.isBlank()) {
            return List.of();
        }
        return administration.memberChoices(q).stream()
                .map(choice -> Map.<String, Object>of("value", choice.id(), "text", choice.label()))
                .toList();
    }

    /**
     * Creates an account. The member is picked from the searchable list ({@code memberId}) or, without JavaScript,
     * typed by name or party card number ({@code member}).
     */
    @PostMapping
    String create(
            @Valid @ModelAttribute("form") AccountForm form,
            BindingResult binding,
            @RequestParam(name = "member", required = false) String member,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        if (binding.hasErrors()) {
            FormErrors.reject(binding, administration.problems(form));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return renderList(model, form, member, FormErrors.of(binding, messages, locale));
        }
        try {
            var created = administration.create(administration.withMemberNamed(form, member));
            return "redirect:/account/admin/" + created.id() + "?created";
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return renderList(model, form, member, FormErrors.of(e, messages, locale));
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        return renderDetail(id, model, Map.of());
    }

    @PostMapping("/{id}/enabled")
    String enable(
            @PathVariable long id,
            @RequestParam boolean enabled,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        try {
            administration.enable(id, enabled, principal.actor());
            return "redirect:/account/admin/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return renderDetail(id, model, FormErrors.of(e, messages, locale));
        }
    }

    @PostMapping("/{id}/password")
    String resetPassword(
            @PathVariable long id,
            @RequestParam(required = false) String password,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response) {
        try {
            administration.resetPassword(id, password, Sessions.idOf(request));
            return "redirect:/account/admin/" + id + "?passwordReset";
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return renderDetail(id, model, FormErrors.of(e, messages, locale));
        }
    }

    /** The list's first page with the new-account form as it was sent, for a form to correct. */
    private String renderList(Model model, AccountForm form, String member, Map<String, String> errors) {
        model.addAttribute("q", "");
        model.addAttribute(
                "result", administration.list(null, PageRequest.first(AccountAdministration.DEFAULT_PAGE_SIZE)));
        return renderForm(model, form, member, errors);
    }

    private String renderForm(Model model, AccountForm form, String member, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("member", member);
        model.addAttribute("memberChoices", administration.memberChoicesFor(form, member));
        model.addAttribute("organizationChoices", administration.organizationChoices(false));
        model.addAttribute("cellChoices", administration.organizationChoices(true));
        model.addAttribute("unitKinds", administration.unitKinds());
        model.addAttribute("errors", errors);
        model.addAttribute("roles", Role.values());
        return "account/admin";
    }

    private String renderDetail(long id, Model model, Map<String, String> errors) {
        var account = administration.get(id);
        model.addAttribute("account", account);
        model.addAttribute("memberLabel", administration.memberLabel(account.memberId()));
        model.addAttribute("errors", errors);
        return "account/admin-detail";
    }
}
