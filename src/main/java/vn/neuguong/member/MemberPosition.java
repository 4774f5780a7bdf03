package vn.neuguong.member;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** A post a member holds in an organization (Bí thư chi bộ, Phó Bí thư Thường trực Quận ủy, ...). */
public record MemberPosition(
        long id,
        long memberId,
        long organizationId,
        String organizationName,
        Title title,
        @Schema(nullable = true) String note,
        LocalDate startedOn,
        @Schema(nullable = true) LocalDate endedOn) {

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
