package vn.neuguong.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
import vn.neuguong.web.FormErrors;
import vn.neuguong.web.InvalidInputException;

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

    @GetMapping
    String list(Model model) {
        return renderList(model, AccountForm.empty(), Map.of());
    }

    @PostMapping
    String create(
            @ModelAttribute("form") AccountForm form,
            BindingResult binding,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        if (binding.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return renderList(model, form, FormErrors.of(binding, messages, locale));
        }
        try {
            var created = administration.create(form);
            return "redirect:/account/admin/" + created.id() + "?created";
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return renderList(model, form, FormErrors.of(e, messages, locale));
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("account", administration.get(id));
        model.addAttribute("errors", Map.of());
        return "account/admin-detail";
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

    private String renderList(Model model, AccountForm form, Map<String, String> errors) {
        model.addAttribute("accounts", administration.list());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("roles", Role.values());
        return "account/admin";
    }

    private String renderDetail(long id, Model model, Map<String, String> errors) {
        model.addAttribute("account", administration.get(id));
        model.addAttribute("errors", errors);
        return "account/admin-detail";
    }
}
