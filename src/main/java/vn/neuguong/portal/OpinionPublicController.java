package vn.neuguong.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.web.FormErrors;

/**
 * The public form of opinion (góp ý), open without signing in: an organization, a class, a text, behind the captcha
 * and the rate limit of the comments. It goes in as an opinion of channel PUBLIC_FORM that needs an answer.
 */
@Controller
class OpinionPublicController {

    private final Opinions opinions;
    private final OpinionOptions options;
    private final Captcha captcha;
    private final RateLimits limits;
    private final TransactionTemplate transaction;
    private final MessageSource messages;

    OpinionPublicController(
            Opinions opinions,
            OpinionOptions options,
            Captcha captcha,
            RateLimits limits,
            TransactionTemplate transaction,
            MessageSource messages) {
        this.opinions = opinions;
        this.options = options;
        this.captcha = captcha;
        this.limits = limits;
        this.transaction = transaction;
        this.messages = messages;
    }

    @GetMapping("/portal/opinions/new")
    String form(Model model) {
        if (!model.containsAttribute("opinion")) {
            model.addAttribute("opinion", OpinionInput.Public.empty());
        }
        model.addAttribute("committees", options.committees());
        return "portal/opinion-public";
    }

    @PostMapping("/portal/opinions")
    String send(
            @ModelAttribute("opinion") OpinionInput.Public opinion,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model,
            Locale locale) {
        limits.take(RateLimits.Action.POST, request.getRemoteAddr());
        try {
            transaction.executeWithoutResult(status -> {
                opinions.recordPublic(opinion);
                captcha.take(opinion.altcha());
            });
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", FormErrors.of(e, messages, locale));
            return form(model);
        }
        redirect.addFlashAttribute("sent", true);
        return "redirect:/portal/opinions/new";
    }
}
