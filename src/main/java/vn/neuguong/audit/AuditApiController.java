package vn.neuguong.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.Page;

/** The audit log over JSON, with the filters of the page. There is deliberately no endpoint that changes it. */
@Tag(name = "Audit", description = "The append-only record of every change in the caller's scope")
@RestController
class AuditApiController {

    private final AuditEntries entries;
    private final AuditSentences sentences;

    AuditApiController(AuditEntries entries, AuditSentences sentences) {
        this.entries = entries;
        this.sentences = sentences;
    }

    @Operation(operationId = "listAuditEntries")
    @GetMapping("/api/v1/audit")
    Page<AuditEntries.Entry> list(
            @ParameterObject AuditEntries.Filter filter,
            @AuthenticationPrincipal ActorPrincipal principal,
            Locale locale) {
        return sentences.tell(entries.search(filter, principal.actor()), locale);
    }
}
