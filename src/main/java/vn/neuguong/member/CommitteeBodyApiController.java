package vn.neuguong.member;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.neuguong.member.CommitteeBodies.BodyComposition;
import vn.neuguong.organization.CommitteeBody;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.NotFoundException;

/** Who sits in a committee's standing or executive committee on a day. */
@RestController
@Tag(name = "Organizations", description = "The tree of party organizations and its effective-dated changes")
class CommitteeBodyApiController {

    private final CommitteeBodies bodies;
    private final Clock clock;

    CommitteeBodyApiController(CommitteeBodies bodies, Clock clock) {
        this.bodies = bodies;
        this.clock = clock;
    }

    @GetMapping("/api/v1/organizations/{id}/bodies/{body}")
    @Operation(
            operationId = "getCommitteeBody",
            summary = "The members of a committee's standing or executive committee on a day (today by default), by"
                    + " rank then name; a cell or a department has none (404)")
    BodyComposition body(
            @PathVariable long id,
            @PathVariable @Parameter(schema = @Schema(allowableValues = {"standing-committee", "executive-committee"}))
                    String body,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @AuthenticationPrincipal ActorPrincipal principal) {
        var kind = CommitteeBody.ofSlug(body).orElseThrow(() -> new NotFoundException("CommitteeBody", body));
        return bodies.of(id, kind, on == null ? LocalDate.now(clock) : on, Scope.of(principal.actor()));
    }
}
