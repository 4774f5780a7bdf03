package vn.neuguong.member;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.member.MemberPosition.Title;
import vn.neuguong.shared.InvalidInputException.FieldError;

/**
 * The rules a post keeps against the other posts of its organization: a member does not hold the same post twice
 * at once, and a head post (the secretary, the chairs, the head of a department) has one holder on any day. A post
 * runs from {@code started_on} up to, not including, {@code ended_on} (open when null), as a cell stay does. The
 * checks run under a lock on the organization's posts, taken first, so two saves at once cannot both pass.
 */
@Component
class PostRules {

    /** The posts an organization has one holder of on any day. */
    static final Set<Title> HEADS = EnumSet.of(
            Title.SECRETARY, Title.CHAIR_PEOPLES_COMMITTEE, Title.CHAIR_PEOPLES_COUNCIL, Title.HEAD_OF_DEPARTMENT);

    private static final String OVERLAPS =
            " AND daterange(p.started_on, p.ended_on, '[)')" + " && daterange(:started, :ended, '[)')";

    private final JdbcClient jdbc;

    PostRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the lock on the organization's posts for the rest of the transaction. */
    void lock(long organizationId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('member_position'), CAST(:organization % 2147483647 AS int))")
                .param("organization", organizationId)
                .query()
                .singleRow();
    }

    /** What a post from {@code startedOn} to {@code endedOn} (null: open) of the member would break, as field errors. */
    void check(
            long memberId,
            long organizationId,
            Title title,
            LocalDate startedOn,
            LocalDate endedOn,
            List<FieldError> errors) {
        if (count("p.member_id = :member AND p.title = :title", memberId, organizationId, title, startedOn, endedOn)
                > 0) {
            errors.add(new FieldError("startedOn", "member.position.overlaps"));
        }
        if (HEADS.contains(title)
                && count(
                                "p.member_id <> :member AND p.title = :title",
                                memberId,
                                organizationId,
                                title,
                                startedOn,
                                endedOn)
                        > 0) {
            errors.add(new FieldError("title", "member.position.headTaken"));
        }
    }

    private long count(
            String condition, long memberId, long organizationId, Title title, LocalDate startedOn, LocalDate endedOn) {
        return jdbc.sql("SELECT count(*) FROM member_position p WHERE p.organization_id = :organization AND "
                        + condition + OVERLAPS)
                .param("member", memberId)
                .param("organization", organizationId)
                .param("title", title.name())
                .param("started", startedOn)
                .param("ended", endedOn, java.sql.Types.DATE)
                .query(Long.class)
                .single();
    }
}
