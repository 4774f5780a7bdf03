package vn.neuguong.commendation;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.neuguong.shared.ActorPrincipal;

/** The authority table (thẩm quyền khen thưởng): which level may give which form; an administrator changes it. */
@Controller
@RequestMapping("/commendations/forms")
class AwardFormController {

    private final AwardForms forms;

    AwardFormController(AwardForms forms) {
        this.forms = forms;
    }

    @GetMapping
    String table(@AuthenticationPrincipal ActorPrincipal principal, Model model) {
        model.addAttribute("forms", forms.all());
        model.addAttribute("levels", List.of(AwardLevel.values()));
        model.addAttribute("changes", principal.actor().isAdmin());
        return "commendation/forms";
    }

    /** The levels ticked in the form's row; none ticked leaves the form to no level. */
    @PostMapping("/{code}")
    @PreAuthorize("hasRole('ADMIN')")
    String change(@PathVariable String code, @RequestParam(required = false) List<AwardLevel> levels) {
        forms.change(code, new AwardForms.Levels(levels == null ? List.of() : levels));
        return "redirect:/commendations/forms#form-" + code;
    }
}
