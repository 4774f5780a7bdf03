package vn.neuguong.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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
import vn.neuguong.account.AccessTokens.TokenRequest;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.web.FormErrors;

/** "My account": profile, roles, password and access tokens of the signed-in user. */
@Controller
@RequestMapping("/account")
class MyAccountController {

    private final AccountAdministration administration;
    private final AccessTokens tokens;
    private final MessageSource messages;

    MyAccountController(AccountAdministration administration, AccessTokens tokens, MessageSource messages) {
        this.administration = administration;
        this.tokens = tokens;
        this.messages = messages;
    }

    /** The page, with {@code page} of the access tokens (20 a page). */
    @GetMapping
    String page(
            @RequestParam(required = false) Integer page,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model) {
        var request = PageRequest.of(page, null, AccessTokens.DEFAULT_PAGE_SIZE, AccessTokens.MAX_PAGE_SIZE);
        model.addAttribute("tokens", tokens.list(principal.actor().accountId(), request));
        return render(principal, model, Map.of(), Map.of(), new TokenRequest(null, null));
    }

    /** The language the account's e-mails are written in. */
    @PostMapping("/language")
    String changeLanguage(
            @Valid @ModelAttribute("languageForm") LanguageChange form,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        if (binding.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("languageErrors", FormErrors.of(binding, messages, locale));
            return render(principal, model, Map.of(), Map.of(), new TokenRequest(null, null));
        }
        administration.changeLanguage(principal.actor().accountId(), form.language());
        return "redirect:/account?languageChanged";
    }

    @PostMapping("/password")
    String changePassword(
            @Valid @ModelAttribute("passwordForm") PasswordChange form,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (binding.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return render(
                    principal, model, FormErrors.of(binding, messages, locale), Map.of(), new TokenRequest(null, null));
        }
        try {
            administration.changeOwnPassword(principal.actor().accountId(), form, Sessions.idOf(request));
            return "redirect:/account?passwordChanged";
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return render(principal, model, FormErrors.of(e, messages, locale), Map.of(), new TokenRequest(null, null));
        }
    }

    @PostMapping("/tokens")
    String createToken(
            @Valid @ModelAttribute("tokenForm") TokenRequest form,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            FormErrors.reject(binding, tokens.problems(form));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return render(principal, model, Map.of(), FormErrors.of(binding, messages, locale), form);
        }
        try {
            var created = tokens.create(principal.actor().accountId(), form);
            redirect.addFlashAttribute("newToken", created.token());
            return "redirect:/account#tokens";
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return render(principal, model, Map.of(), FormErrors.of(e, messages, locale), form);
        }
    }

    @PostMapping("/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal) {
        tokens.revoke(principal.actor().accountId(), id);
        return "redirect:/account?revoked#tokens";
    }

    private String render(
            ActorPrincipal principal,
            Model model,
            Map<String, String> passwordErrors,
            Map<String, String> tokenErrors,
            TokenRequest tokenForm) {
        long id = principal.actor().accountId();
        model.addAttribute("account", administration.get(id));
        if (!model.containsAttribute("tokens")) {
            model.addAttribute("tokens", tokens.list(id, PageRequest.first(AccessTokens.DEFAULT_PAGE_SIZE)));
        }
        model.addAttribute("now", tokens.now());
        model.addAttribute("passwordErrors", passwordErrors);
        model.addAttribute("tokenErrors", tokenErrors);
        model.addAttribute("tokenForm", tokenForm);
        model.addAttribute("languages", LanguageChange.LANGUAGES);
        if (!model.containsAttribute("languageErrors")) {
            model.addAttribute("languageErrors", Map.of());
        }
        model.addAttribute("minPasswordLength", PasswordPolicy.MIN_LENGTH);
        model.addAttribute("latestExpiry", tokens.latestExpiry());
        model.addAttribute("maxTokenDays", tokens.maxLifetimeDays());
        return "account/me";
    }
}
