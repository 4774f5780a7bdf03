package vn.neuguong.meeting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.neuguong.meeting.PlanBoardViews.Board;
import vn.neuguong.meeting.PlanBoardViews.CellRow;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.web.EntityTags;
import vn.neuguong.web.FormErrors;

/** The cells' monthly meeting plans as JSON: post and change a plan, the roll-up board, the committees' due days. */
@Tag(
        name = "Meeting plans",
        description = "Cells' monthly meeting plans (kế hoạch sinh hoạt chi bộ), posted by the day each committee sets,"
                + " rolled up the tree")
@RestController
@RequestMapping("/api/v1/meeting-plans")
class CellPlanApi {

    private static final String MONTH = "The month, yyyy-MM; next month (by the server's day) when left out";

    private final CellPlans plans;
    private final CellPlanReads reads;
    private final PlanBoard board;
    private final PlanRules rules;
    private final MessageSource messages;

    CellPlanApi(CellPlans plans, CellPlanReads reads, PlanBoard board, PlanRules rules, MessageSource messages) {
        this.plans = plans;
        this.reads = reads;
        this.board = board;
        this.rules = rules;
        this.messages = messages;
    }

    @Operation(operationId = "listMeetingPlans", description = "The plans posted for a month in the scope, by page")
    @GetMapping
    Page<CellPlan> list(
            @RequestParam(required = false)
                    @DateTimeFormat(pattern = "yyyy-MM")
                    @Parameter(description = MONTH, schema = @Schema(type = "string", pattern = "^\\d{4}-\\d{2}$"))
                    YearMonth month,
            @RequestParam(required = false) @Parameter(description = "only the cells below this organization")
                    Long organizationId,
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
                                            maximum = "100",
                                            defaultValue = "20"))
                    Integer size,
            @AuthenticationPrincipal ActorPrincipal principal) {
        var request = PageRequest.of(page, size, 20, 100);
        return reads.list(
                month == null ? board.nextMonth() : month, organizationId, Scope.of(principal.actor()), request);
    }

    @Operation(operationId = "getMeetingPlan")
    @ApiResponse(
            responseCode = "200",
            description = "The plan; its version as the entity tag, for If-Match on a change",
            useReturnTypeSchema = true,
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string", example = "\"0\"")))
    @GetMapping("/{id}")
    ResponseEntity<CellPlan> show(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal) {
        var plan = reads.get(id, Scope.of(principal.actor()));
        return ResponseEntity.ok().eTag(EntityTags.of(plan.version())).body(plan);
    }

    @Operation(
            operationId = "postMeetingPlan",
            description = "Posts a cell's plan for a month: it becomes a planned cell meeting; late when posted after"
                    + " the due day; 409 when the month already has one")
    @ApiResponse(responseCode = "201", description = "Posted", useReturnTypeSchema = true)
    @PostMapping
    ResponseEntity<CellPlan> post(
            @Valid @RequestBody CellPlanForm form,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Locale locale) {
        if (binding.hasErrors()) {
            throw FormErrors.invalid(binding, form.check(form.month()), messages, locale);
        }
        var created = plans.post(form, principal.actor());
        return ResponseEntity.created(URI.create("/api/v1/meeting-plans/" + created.id()))
                .eTag(EntityTags.of(created.version()))
                .body(created);
    }

    @Operation(operationId = "changeMeetingPlan", description = "Changes the plan as read: If-Match names it")
    @ApiResponse(responseCode = "200", description = "Changed", useReturnTypeSchema = true)
    @PutMapping("/{id}")
    ResponseEntity<CellPlan> change(
            @PathVariable long id,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false)
                    @Parameter(required = true, description = "The plan's ETag as read, e.g. \"0\"")
                    String ifMatch,
            @Valid @RequestBody CellPlanForm form,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Locale locale) {
        int version = EntityTags.required(ifMatch, "meeting.version.required", "meeting.version.invalid");
        if (binding.hasErrors()) {
            throw FormErrors.invalid(binding, form.check(null), messages, locale);
        }
        var changed = plans.change(id, version, form, principal.actor());
        return ResponseEntity.ok().eTag(EntityTags.of(changed.version())).body(changed);
    }

    @Operation(
            operationId = "getMeetingPlanBoard",
            description =
                    "Per child of the node: cells expected, posted on time, posted late, not posted (and overdue),"
                            + " summed over each subtree")
    @GetMapping("/board")
    Board board(
            @RequestParam(required = false) @Parameter(description = "the node; the caller's scope when left out")
                    Long organizationId,
            @RequestParam(required = false)
                    @DateTimeFormat(pattern = "yyyy-MM")
                    @Parameter(description = MONTH, schema = @Schema(type = "string", pattern = "^\\d{4}-\\d{2}$"))
                    YearMonth month,
            @AuthenticationPrincipal ActorPrincipal principal) {
        return board.board(
                node(organizationId, principal),
                month == null ? board.nextMonth() : month,
                Scope.of(principal.actor()));
    }

    @Operation(operationId = "listMeetingPlanCells", description = "The cells of the node with their plan's status")
    @GetMapping("/board/cells")
    Page<CellRow> cells(
            @RequestParam(required = false) @Parameter(description = "the node; the caller's scope when left out")
                    Long organizationId,
            @RequestParam(required = false)
                    @DateTimeFormat(pattern = "yyyy-MM")
                    @Parameter(description = MONTH, schema = @Schema(type = "string", pattern = "^\\d{4}-\\d{2}$"))
                    YearMonth month,
            @RequestParam(required = false) CellPlan.Status status,
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
                                            maximum = "100",
                                            defaultValue = "50"))
                    Integer size,
            @AuthenticationPrincipal ActorPrincipal principal) {
        var request = PageRequest.of(page, size, 50, 100);
        return board.cells(
                node(organizationId, principal),
                month == null ? board.nextMonth() : month,
                status,
                Scope.of(principal.actor()),
                request);
    }

    @Operation(operationId = "getMeetingPlanRule", description = "The due day in force at a committee")
    @ApiResponse(
            responseCode = "200",
            description = "The rule; the version of the committee's own setting as the entity tag",
            useReturnTypeSchema = true,
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string", example = "\"0\"")))
    @GetMapping("/rules/{organizationId}")
    ResponseEntity<PlanRule> rule(
            @PathVariable long organizationId, @AuthenticationPrincipal ActorPrincipal principal) {
        var rule = rules.read(organizationId, Scope.of(principal.actor()));
        return ResponseEntity.ok().eTag(EntityTags.of(rule.version())).body(rule);
    }

    @Operation(
            operationId = "setMeetingPlanRule",
            description = "Sets the committee's due day (1 to 28) for its subtree, as read: If-Match names it (\"0\""
                    + " before it has one)")
    @ApiResponse(responseCode = "200", description = "Set", useReturnTypeSchema = true)
    @PutMapping("/rules/{organizationId}")
    ResponseEntity<PlanRule> setRule(
            @PathVariable long organizationId,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false)
                    @Parameter(required = true, description = "The rule's ETag as read, e.g. \"0\"")
                    String ifMatch,
            @Valid @RequestBody PlanRule.Form form,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Locale locale) {
        int version = EntityTags.required(ifMatch, "meeting.version.required", "meeting.version.invalid");
        if (binding.hasErrors()) {
            throw FormErrors.invalid(binding, List.of(), messages, locale);
        }
        var set = rules.set(organizationId, version, form.dueDay(), principal.actor());
        return ResponseEntity.ok().eTag(EntityTags.of(set.version())).body(set);
    }

    /** The node asked for, or the first organization of the caller's scope. */
    static long node(Long organizationId, ActorPrincipal principal) {
        if (organizationId != null) {
            return organizationId;
        }
        var roots = principal.actor().scopeRoots();
        if (roots.isEmpty()) {
            throw new InvalidInputException("organizationId", "validation.required");
        }
        return roots.get(0);
    }
}
