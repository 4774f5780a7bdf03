package vn.neuguong.portal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The portal's entry in the staff menu opens its articles; comments and opinions are linked from there. */
@Controller
class PortalAdminController {

    @GetMapping("/portal-admin")
    String index() {
        return "redirect:/portal-admin/articles";
    }
}
