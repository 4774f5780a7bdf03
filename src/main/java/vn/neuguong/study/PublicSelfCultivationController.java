package vn.neuguong.study;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public page of an organization's self-cultivation plans (niêm yết công khai): read without signing in (the
 * portal's paths are open), it posts every version published by the organization and by those merged into it, each
 * with its date, and nothing else: no draft, no comment, no member's id. The text is sanitized once more on the way
 * out.
 */
@Controller
class PublicSelfCultivationController {

    static final String PATH = "/portal/organizations/{id}/self-cultivation-plans";

    private final SelfCultivationPlans plans;

    PublicSelfCultivationController(SelfCultivationPlans plans) {
        this.plans = plans;
    }

    @GetMapping(PATH)
    String page(@PathVariable long id, Model model) {
        model.addAttribute("organization", plans.named(id));
        model.addAttribute("plans", plans.published(id));
        return "study/cultivation-public";
    }
}
