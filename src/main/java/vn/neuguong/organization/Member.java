package vn.neuguong.organization;

import java.time.LocalDate;

/** A party member (đảng viên) as it stands now, with the name of the cell it belongs to. */
public record Member(
        long id,
        String fullName,
        LocalDate birthDate,
        MemberGender gender,
        String partyCardNo,
        LocalDate admittedOn,
        LocalDate officialOn,
        long cellId,
        String cellName,
        String phone,
        String email,
        MemberStatus status,
        int version) {

    public boolean isActive() {
        return status == MemberStatus.ACTIVE;
    }
}
