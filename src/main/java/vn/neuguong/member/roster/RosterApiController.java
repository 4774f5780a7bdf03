package vn.neuguong.member.roster;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.InvalidInputException;

/** The roster import as JSON: all rows or none, every error with its row and column. */
@RestController
@Tag(name = "Members")
class RosterApiController {

    private final RosterImport roster;

    RosterApiController(RosterImport roster) {
        this.roster = roster;
    }

    @PostMapping(path = "/api/v1/members/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
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
