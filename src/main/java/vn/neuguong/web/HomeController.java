package vn.neuguong.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page is the signed-in person's task list, gathered from every module's {@link TaskSource}. */
@Controller
class HomeController {

    private final List<TaskSource> sources;
    private final RelativeDays days;

    HomeController(List<TaskSource> sources, RelativeDays days) {
        this.sources = sources;
        this.days = days;
    }

    @GetMapping("/")
    String home(Principal principal) {
        return principal == null ? "redirect:/login" : "redirect:/dashboard";
    }

    @GetMapping("/dashboard")
    String dashboard(Authentication who, Locale locale, Model model) {
        var today = days.today();
        model.addAttribute(
                "groups",
                sources.stream()
                        .flatMap(source -> source.tasks(who, today, locale).stream())
                        .filter(group -> group.total() > 0)
                        .toList());
        return "web/dashboard";
    }
}
