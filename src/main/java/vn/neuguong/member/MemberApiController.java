package vn.neuguong.member;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.bind.annotation.RestController;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.web.EntityTags;

/**
 * The roster as JSON: the same operations and the same scope as the pages. A change of the member's row names the
 * version it was made on ({@code If-Match}, from the {@code ETag} of the read); posts are records of their own.
 */
@RestController
@RequestMapping("/api/v1/members")
@Tag(name = "Members", description = "Party members (đảng viên), their cells and positions")
class MemberApiController {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 200;
    static final String PROBLEM = "application/problem+json";
    static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    static final String IF_MATCH_DESCRIPTION =
            "The member's ETag as read (\"3\"): the change is made only on that version";

    private final Members members;
    private final MemberTransfers transfers;
    private final MemberPositions positions;
    private final MessageSource messages;

    MemberApiController(Members members, MemberTransfers transfers, MemberPositions positions, MessageSource messages) {
        this.members = members;
        this.transfers = transfers;
        this.positions = positions;
        this.messages = messages;
    }

    /** A member with the posts they hold and the cells they have belonged to. */
    record MemberDetails(Member member, List<MemberPosition> positions, List<MemberCellStay> cells) {}

    /** The day a post ends. */
    record PositionEnd(
            @NotNull(message = "validation.required") LocalDate endedOn) {}

    @GetMapping
    @Operation(
            operationId = "listMembers",
            summary = "Search members: q ignores diacritics and case; organizationId keeps its subtree")
    Page<Member> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) MemberStatus status,
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
                                            maximum = "200",
                                            defaultValue = "20"))
                    Integer size,
            @AuthenticationPrincipal ActorPrincipal principal) {
        return members.search(
                new MemberQuery(q, organizationId, status),
                PageRequest.of(page, size, DEFAULT_SIZE, MAX_SIZE),
                principal.actor());
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getMember", summary = "Read a member with positions and cell history")
    @ApiResponse(
            responseCode = "200",
            description = "The member; ETag is its version, for If-Match on a change",
            useReturnTypeSchema = true,
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string")))
    ResponseEntity<MemberDetails> read(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal) {
        var member = members.get(id, principal.actor());
        return ResponseEntity.ok()
                .eTag(EntityTags.of(member.version()))
                .body(new MemberDetails(member, positions.of(id), transfers.history(id)));
    }

    /** The fields are checked by their annotations; the cell, which only a new member needs, by {@link Members}. */
    @PostMapping
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @Operation(operationId = "createMember", summary = "Add a member to a cell in the caller's scope")
    ResponseEntity<Member> create(
            @Valid @RequestBody MemberInput input, @AuthenticationPrincipal ActorPrincipal principal) {
        var member = members.create(input, principal.actor());
        return ResponseEntity.created(URI.create("/api/v1/members/" + member.id()))
                .eTag(EntityTags.of(member.version()))
                .body(member);
    }

    @PutMapping("/{id}")
    @Operation(
            operationId = "updateMember",
            summary = "Change a member's details (the cell changes only by a transfer)")
    @ApiResponse(
            responseCode = "200",
            description = "Changed; ETag is the new version",
            useReturnTypeSchema = true,
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string")))
    @ApiResponse(
            responseCode = "409",
            description = "Changed by someone else since the version in If-Match was read, or not allowed now",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    ResponseEntity<Member> update(
            @PathVariable long id,
            @Parameter(
                            name = HttpHeaders.IF_MATCH,
                            in = ParameterIn.HEADER,
                            required = true,
                            description = IF_MATCH_DESCRIPTION,
                            schema = @Schema(type = "string"))
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch,
            @Valid @RequestBody MemberInput input,
            @AuthenticationPrincipal ActorPrincipal principal,
            Locale locale) {
        int version = EntityTags.required(ifMatch, "member.version.required", "member.version.invalid");
        var member = members.update(id, version, input, principal.actor());
        return ResponseEntity.ok().eTag(EntityTags.of(member.version())).body(member);
    }

    @PostMapping("/{id}/transfer")
    @Operation(
            operationId = "transferMember",
            summary = "Transfer an active member to another cell; the cell history keeps the old stay")
    @ApiResponse(
            responseCode = "200",
            description = "Changed; ETag is the new version",
            useReturnTypeSchema = true,
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string")))
    @ApiResponse(
            responseCode = "409",
            description = "Changed by someone else since the version in If-Match was read, or not allowed now",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    ResponseEntity<Member> transfer(
            @PathVariable long id,
            @Parameter(
                            name = HttpHeaders.IF_MATCH,
                            in = ParameterIn.HEADER,
                            required = true,
                            description = IF_MATCH_DESCRIPTION,
                            schema = @Schema(type = "string"))
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch,
            @Valid @RequestBody MemberTransfer transfer,
            @AuthenticationPrincipal ActorPrincipal principal,
            Locale locale) {
        int version = EntityTags.required(ifMatch, "member.version.required", "member.version.invalid");
        var member = transfers.transfer(id, version, transfer, principal.actor());
        return ResponseEntity.ok().eTag(EntityTags.of(member.version())).body(member);
    }

    @PostMapping("/{id}/positions")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @Operation(
            operationId = "appointMember",
            summary = "Give a member a post (Bí thư, Phó Bí thư, cấp ủy viên, ...) in an organization of the scope")
    ResponseEntity<MemberPosition> appoint(
            @PathVariable long id,
            @Valid @RequestBody MemberAppointment appointment,
            @AuthenticationPrincipal ActorPrincipal principal) {
        var position = positions.appoint(id, appointment, principal.actor());
        return ResponseEntity.created(URI.create("/api/v1/members/" + id)).body(position);
    }

    @PostMapping("/{id}/positions/{positionId}/end")
    @Operation(operationId = "endMemberPosition", summary = "End a member's post on a date")
    MemberPosition endPosition(
            @PathVariable long id,
            @PathVariable long positionId,
            @Valid @RequestBody PositionEnd end,
            @AuthenticationPrincipal ActorPrincipal principal) {
        return positions.end(id, positionId, end.endedOn(), principal.actor());
    }
}
