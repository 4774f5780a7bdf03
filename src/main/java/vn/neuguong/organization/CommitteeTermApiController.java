package vn.neuguong.organization;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.neuguong.organization.CommitteeTerms.NewTerm;
import vn.neuguong.shared.ActorPrincipal;

/** The congresses and terms of a committee in the caller's scope. */
@RestController
@RequestMapping("/api/v1/organizations/{id}/terms")
@Tag(name = "Organizations")
class CommitteeTermApiController {

    private final CommitteeTerms terms;

    CommitteeTermApiController(CommitteeTerms terms) {
        this.terms = terms;
    }

    @GetMapping
    @Operation(
            operationId = "listCommitteeTerms",
            summary =
                    "The terms (nhiệm kỳ) the organization works in, oldest first; a department's are its committee's")
    List<CommitteeTerm> list(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal) {
        return terms.of(id, Scope.of(principal.actor()));
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @Operation(
            operationId = "recordCommitteeTerm",
            summary = "Record a congress of the committee; the term it opens runs to the close of the next one")
    ResponseEntity<CommitteeTerm> record(
            @PathVariable long id,
            @Valid @RequestBody NewTerm input,
            @AuthenticationPrincipal ActorPrincipal principal) {
        var term = terms.record(id, input, OrganizationApiController.editorScope(principal));
        return ResponseEntity.created(URI.create("/api/v1/organizations/" + id + "/terms"))
                .body(term);
    }
}
