package vn.neuguong.member;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** A party member (đảng viên) as it stands now, with the name of the cell it belongs to. */
public record Member(
        long id,
        String fullName,
        @Schema(nullable = true) LocalDate birthDate,
        @Schema(nullable = true) MemberGender gender,
        String partyCardNo,
        @Schema(nullable = true) LocalDate admittedOn,
        @Schema(nullable = true) LocalDate officialOn,
        long cellId,
        String cellName,
        @Schema(nullable = true) String phone,
        @Schema(nullable = true) String email,
        MemberStatus status,
        int version) {

    public boolean isActive() {
        return status == MemberStatus.ACTIVE;
    }
}
