package vn.neuguong.commendation;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public pages of commendations, open without signing in: the page a certificate's QR code opens, which says
 * whether the code was issued and still stands (a forged code answers 404 and says so, a revoked award says when and
 * why), and an organization's honour roll of exemplary models with their stories.
 */
@Controller
class PublicCommendationController {

    static final String VERIFY = "/portal/commendations/verify";
    static final String HONOUR_ROLL = "/portal/organizations/{id}/honour-roll";

    private final PublicCommendations commendations;

    PublicCommendationController(PublicCommendations commendations) {
        this.commendations = commendations;
    }

    /** The form to type a code printed on a certificate. */
    @GetMapping(VERIFY)
    String form(@RequestParam(required = false) String code) {
        return code == null || code.isBlank()
                ? "commendation/verify"
                : "redirect:" + VERIFY + "/" + PublicCommendations.normal(code);
    }

    @GetMapping(VERIFY + "/{code}")
    String verify(@PathVariable String code, Model model, HttpServletResponse response) {
        var award = commendations.verify(code).orElse(null);
        model.addAttribute("code", code.length() > 40 ? code.substring(0, 40) : code);
        model.addAttribute("award", award);
        if (award == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        return "commendation/verify";
    }

    @GetMapping(HONOUR_ROLL)
    String honourRoll(@PathVariable long id, @RequestParam(required = false) Long campaignId, Model model) {
        model.addAttribute("organizationId", id);
        model.addAttribute("organizationName", commendations.organizationName(id));
        model.addAttribute("campaigns", commendations.campaigns(id));
        model.addAttribute("campaignId", campaignId);
        model.addAttribute("awards", commendations.honourRoll(id, campaignId));
        return "commendation/honour-roll";
    }
}
