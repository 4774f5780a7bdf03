package vn.neuguong.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.web.Htmx;

/** The audit log page: read only, as is everything about the log. */
@Controller
class AuditController {

    private final AuditEntries entries;
    private final AuditSentences sentences;

    AuditController(AuditEntries entries, AuditSentences sentences) {
        this.entries = entries;
        this.sentences = sentences;
    }

    @GetMapping("/audit")
    String list(
            @ModelAttribute("filter") AuditEntries.Filter filter,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            Locale locale,
            HttpServletRequest request) {
        model.addAttribute("result", sentences.tell(entries.search(filter, principal.actor()), locale));
        model.addAttribute("entityTypes", entries.entityTypes(principal.actor()));
        return Htmx.view(request, "audit/list", "results");
    }
}
