package vn.neuguong.organization;

import java.time.LocalDate;

/** A post a member holds in an organization (Bí thư chi bộ, Phó Bí thư Thường trực Quận ủy, ...). */
public record MemberPosition(
        long id,
        long memberId,
        long organizationId,
        String organizationName,
        Title title,
        String note,
        LocalDate startedOn,
        LocalDate endedOn) {

    public enum Title {
        SECRETARY,
        DEPUTY_SECRETARY,
        STANDING_DEPUTY_SECRETARY,
        STANDING_COMMITTEE_MEMBER,
        COMMITTEE_MEMBER,
        CHAIR_PEOPLES_COMMITTEE,
        CHAIR_PEOPLES_COUNCIL,
        HEAD_OF_DEPARTMENT
    }
}
