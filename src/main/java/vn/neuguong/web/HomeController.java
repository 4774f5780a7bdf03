package vn.neuguong.web;

import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    @GetMapping("/")
    String home(Principal principal) {
        return principal == null ? "redirect:/login" : "redirect:/dashboard";
    }

    @GetMapping("/dashboard")
    String dashboard() {
        return "web/dashboard";
    }
}
