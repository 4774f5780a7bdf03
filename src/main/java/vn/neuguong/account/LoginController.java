package vn.neuguong.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    /** The login form; {@code wait} is the number of seconds a throttled sign-in must wait, shown as a message. */
    @GetMapping("/login")
    String login(@RequestParam(required = false) String wait, Model model) {
        if (wait != null && wait.matches("[0-9]{1,6}")) {
            model.addAttribute("wait", Long.parseLong(wait));
        }
        return "account/login";
    }
}
