package vn.neuguong.directive;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.PageRequest;

/** The inboxes: the organizations the reader may open that have received documents, and what each received. */
@Controller
@RequestMapping("/documents/inbox")
class DocumentInboxController {

    private final DocumentReading reading;

    DocumentInboxController(DocumentReading reading) {
        this.reading = reading;
    }

    @GetMapping
    String inboxes(
            @RequestParam(required = false) Integer page,
            Model model,
            @AuthenticationPrincipal ActorPrincipal principal) {
        model.addAttribute(
                "inboxes", reading.inboxes(Visibility.of(principal.actor()), PageRequest.of(page, 50, 50, 50)));
        return "directive/inboxes";
    }

    @GetMapping("/{organizationId}")
    String inbox(
            @PathVariable long organizationId,
            @RequestParam(required = false) Integer page,
            Model model,
            @AuthenticationPrincipal ActorPrincipal principal) {
        var visibility = Visibility.of(principal.actor());
        model.addAttribute("owner", reading.inboxOwner(organizationId, visibility));
        model.addAttribute("items", reading.inbox(organizationId, visibility, PageRequest.of(page, null)));
        model.addAttribute("isMember", visibility.memberId() != null);
        return "directive/inbox";
    }
}
