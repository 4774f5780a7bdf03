package vn.neuguong.member;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.InvalidInputException;

/** The roster as JSON: the same operations and the same scope as the pages. */
@RestController
@RequestMapping("/api/v1/members")
@Tag(name = "Members", description = "Party members (đảng viên), their cells and positions")
class MemberApiController {

    private final Members members;
    private final RosterImport roster;

    MemberApiController(Members members, RosterImport roster) {
        this.members = members;
        this.roster = roster;
    }

    /** A member with the posts they hold and the cells they have belonged to. */
    record MemberDetails(Member member, List<MemberPosition> positions, List<MemberCellStay> cells) {}

    @GetMapping
    @Operation(
            operationId = "listMembers",
            summary = "Search members: q ignores diacritics and case; organizationId keeps its subtree")
    MemberPage list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) MemberStatus status,
            @RequestParam(defaultValue = "1")
                    @Parameter(schema = @Schema(type = "integer", format = "int32", minimum = "1"))
                    int page,
            @RequestParam(defaultValue = "20")
                    @Parameter(schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "200"))
                    int size,
            @AuthenticationPrincipal ActorPrincipal principal) {
        return members.search(new MemberQuery(q, organizationId, status, page, size), principal.actor());
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getMember", summary = "Read a member with positions and cell history")
    MemberDetails read(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal) {
        var member = members.get(id, principal.actor());
        return new MemberDetails(member, members.positions(id), members.history(id));
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @Operation(operationId = "createMember", summary = "Add a member to a cell in the caller's scope")
    ResponseEntity<Member> create(@RequestBody MemberInput input, @AuthenticationPrincipal ActorPrincipal principal) {
        var member = members.create(input, principal.actor());
        return ResponseEntity.created(URI.create("/api/v1/members/" + member.id()))
                .body(member);
    }

    @PutMapping("/{id}")
    @Operation(
            operationId = "updateMember",
            summary = "Change a member's details (the cell changes only by a transfer)")
    Member update(
            @PathVariable long id, @RequestBody MemberInput input, @AuthenticationPrincipal ActorPrincipal principal) {
        return members.update(id, input, principal.actor());
    }

    @PostMapping("/{id}/transfer")
    @Operation(
            operationId = "transferMember",
            summary = "Transfer an active member to another cell; the cell history keeps the old stay")
    Member transfer(
            @PathVariable long id,
            @RequestBody MemberTransfer transfer,
            @AuthenticationPrincipal ActorPrincipal principal) {
        return members.transfer(id, transfer, principal.actor());
    }

    /** The day a post ends. */
    record PositionEnd(java.time.LocalDate endedOn) {}

    @PostMapping("/{id}/positions")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @Operation(
            operationId = "appointMember",
            summary = "Give a member a post (Bí thư, Phó Bí thư, cấp ủy viên, ...) in an organization of the scope")
    ResponseEntity<MemberPosition> appoint(
            @PathVariable long id,
            @RequestBody MemberAppointment appointment,
            @AuthenticationPrincipal ActorPrincipal principal) {
        var position = members.appoint(id, appointment, principal.actor());
        return ResponseEntity.created(URI.create("/api/v1/members/" + id)).body(position);
    }

    @PostMapping("/{id}/positions/{positionId}/end")
    @Operation(operationId = "endMemberPosition", summary = "End a member's post on a date")
    MemberPosition endPosition(
            @PathVariable long id,
            @PathVariable long positionId,
            @RequestBody PositionEnd end,
            @AuthenticationPrincipal ActorPrincipal principal) {
        return members.endPosition(id, positionId, end.endedOn(), principal.actor());
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            operationId = "importMembers",
            summary = "Import a roster (CSV or XLSX): all rows or none",
            description = "Columns: Họ và tên, Ngày sinh, Giới tính, Số thẻ đảng viên, Ngày vào Đảng, Ngày chính thức, "
                    + "Chi bộ, Điện thoại, Email, Trạng thái (or full_name, birth_date, gender, party_card_no, "
                    + "admitted_on, official_on, cell, phone, email, status). A bad file answers 400 with every "
                    + "error as {row, field (the column), message, rejectedValue}.")
    RosterImport.Result importRoster(
            @RequestPart("file") MultipartFile file, @AuthenticationPrincipal ActorPrincipal principal) {
        if (file.isEmpty()) {
            throw new InvalidInputException("file", "roster.file.empty");
        }
        try (var content = file.getInputStream()) {
            return roster.importRoster(file.getOriginalFilename(), content, principal.actor());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
