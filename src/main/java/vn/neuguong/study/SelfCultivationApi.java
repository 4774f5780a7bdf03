package vn.neuguong.study;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.study.SelfCultivationPlan.Comment;
import vn.neuguong.study.SelfCultivationPlan.Row;
import vn.neuguong.web.EntityTags;

/** Leaders' self-cultivation plans as JSON: the leader's draft, comment window and publication, members' comments. */
@Tag(
        name = "Self-cultivation plans",
        description = "Leaders' self-cultivation plans (kế hoạch tu dưỡng, rèn luyện): drafted by the head of an"
                + " organization, commented on by its members during a window, published as dated versions")
@RestController
@RequestMapping("/api/v1/study/self-cultivation-plans")
class SelfCultivationApi {

    private static final String PROBLEM = StudyApi.PROBLEM_REF;

    private final SelfCultivationPlans plans;
    private final SelfCultivationWork work;
    private final Clock clock;

    SelfCultivationApi(SelfCultivationPlans plans, SelfCultivationWork work, Clock clock) {
        this.plans = plans;
        this.work = work;
        this.clock = clock;
    }

    @Operation(
            operationId = "listSelfCultivationPlans",
            summary = "The plans in reach (one's own, one's organization's, the scope's), the newest year first")
    @GetMapping
    Page<Row> list(
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false)
                    @Parameter(schema = @Schema(type = "integer", format = "int32", minimum = "1", defaultValue = "1"))
                    Integer page,
            @RequestParam(required = false)
                    @Parameter(
                            schema =
                                    @Schema(
                                            type = "integer",
                                            format = "int32",
                                            minimum = "1",
                                            maximum = "" + SelfCultivationPlans.MAX_PAGE_SIZE,
                                            defaultValue = "" + SelfCultivationPlans.DEFAULT_PAGE_SIZE))
                    Integer size,
            @AuthenticationPrincipal ActorPrincipal principal) {
        var request =
                PageRequest.of(page, size, SelfCultivationPlans.DEFAULT_PAGE_SIZE, SelfCultivationPlans.MAX_PAGE_SIZE);
        return plans.list(organizationId, CultivationAccess.of(principal.actor()), request);
    }

    @Operation(
            operationId = "createSelfCultivationPlan",
            description = "A new draft by the signed-in leader: the organization must be one whose head post the"
                    + " account's member holds today (else 400 organizationId)")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    SelfCultivationPlan create(
            @Valid @RequestBody SelfCultivationInput.NewPlan input, @AuthenticationPrincipal ActorPrincipal principal) {
        return work.create(input, principal.actor(), today());
    }

    @Operation(operationId = "getSelfCultivationPlan")
    @ApiResponse(
            responseCode = "200",
            description = "The plan with its published versions; its version as the entity tag",
            useReturnTypeSchema = true,
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string", example = "\"0\"")))
    @GetMapping("/{id}")
    ResponseEntity<SelfCultivationPlan> get(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal) {
        var plan = plans.get(id, CultivationAccess.of(principal.actor()), today());
        return ResponseEntity.ok().eTag(EntityTags.of(plan.version())).body(plan);
    }

    @Operation(
            operationId = "updateSelfCultivationPlan",
            description = "The leader's changes to the draft (a published plan becomes a new draft): If-Match names"
                    + " the version read; anyone but the leader 403")
    @ApiResponse(responseCode = "200", description = "Saved", useReturnTypeSchema = true)
    @PutMapping("/{id}")
    SelfCultivationPlan update(
            @PathVariable long id,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) @Parameter(required = true) String ifMatch,
            @Valid @RequestBody SelfCultivationInput.Draft draft,
            @AuthenticationPrincipal ActorPrincipal principal) {
        return work.edit(id, version(ifMatch), draft, principal.actor(), today());
    }

    @Operation(
            operationId = "openSelfCultivationComments",
            description = "Opens the draft to the members' comments between two days, both included: If-Match")
    @ApiResponse(responseCode = "200", description = "Open for comments", useReturnTypeSchema = true)
    @PostMapping("/{id}/comment-window")
    SelfCultivationPlan openComments(
            @PathVariable long id,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) @Parameter(required = true) String ifMatch,
            @Valid @RequestBody SelfCultivationInput.Window window,
            @AuthenticationPrincipal ActorPrincipal principal) {
        return work.openComments(id, version(ifMatch), window, principal.actor(), today());
    }

    @Operation(
            operationId = "publishSelfCultivationPlan",
            description = "Publishes the draft that was open for comments as its next version, dated today, on the"
                    + " organization's public page: If-Match")
    @ApiResponse(responseCode = "200", description = "Published", useReturnTypeSchema = true)
    @PostMapping("/{id}/publication")
    SelfCultivationPlan publish(
            @PathVariable long id,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) @Parameter(required = true) String ifMatch,
            @AuthenticationPrincipal ActorPrincipal principal) {
        return work.publish(id, version(ifMatch), principal.actor(), today());
    }

    @Operation(
            operationId = "listSelfCultivationComments",
            summary = "The members' comments on the plan, the first first (inside the organization only)")
    @GetMapping("/{id}/comments")
    Page<Comment> comments(
            @PathVariable long id,
            @RequestParam(required = false)
                    @Parameter(schema = @Schema(type = "integer", format = "int32", minimum = "1", defaultValue = "1"))
                    Integer page,
            @RequestParam(required = false)
                    @Parameter(
                            schema =
                                    @Schema(
                                            type = "integer",
                                            format = "int32",
                                            minimum = "1",
                                            maximum = "" + SelfCultivationPlans.MAX_PAGE_SIZE,
                                            defaultValue = "" + SelfCultivationPlans.DEFAULT_PAGE_SIZE))
                    Integer size,
            @AuthenticationPrincipal ActorPrincipal principal) {
        var request =
                PageRequest.of(page, size, SelfCultivationPlans.DEFAULT_PAGE_SIZE, SelfCultivationPlans.MAX_PAGE_SIZE);
        return plans.comments(id, CultivationAccess.of(principal.actor()), request, today());
    }

    @Operation(
            operationId = "commentOnSelfCultivationPlan",
            description = "A member of the organization comments while the window is open (else 400 body); someone"
                    + " who reads the plan but is not a member 403")
    @ApiResponse(responseCode = "201", description = "Written", useReturnTypeSchema = true)
    @PostMapping("/{id}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    Comment comment(
            @PathVariable long id,
            @Valid @RequestBody SelfCultivationInput.CommentInput input,
            @AuthenticationPrincipal ActorPrincipal principal) {
        return work.comment(id, input, principal.actor(), today());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static int version(String ifMatch) {
        return EntityTags.required(ifMatch, "cultivation.version.required", "cultivation.version.invalid");
    }
}
