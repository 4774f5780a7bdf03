package vn.neuguong.member;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.member.MemberPosition.Title;
import vn.neuguong.organization.CommitteeBody;
import vn.neuguong.organization.Organizations;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.NotFoundException;

/**
 * Who sits in a committee's body on a day: the members holding then a post in that committee whose title belongs to
 * the body (the standing committee: the secretaries and its members; the executive committee: those and the other
 * committee members), each once with the highest of those posts, by rank then name. The caller has checked that the
 * committee lies in the reader's scope.
 */
@Component
public class CommitteeBodies {

    static final Map<CommitteeBody, Set<Title>> TITLES = Map.of(
            CommitteeBody.STANDING_COMMITTEE,
            EnumSet.of(
                    Title.SECRETARY,
                    Title.DEPUTY_SECRETARY,
                    Title.STANDING_DEPUTY_SECRETARY,
                    Title.STANDING_COMMITTEE_MEMBER),
            CommitteeBody.EXECUTIVE_COMMITTEE,
            EnumSet.of(
                    Title.SECRETARY,
                    Title.DEPUTY_SECRETARY,
                    Title.STANDING_DEPUTY_SECRETARY,
                    Title.STANDING_COMMITTEE_MEMBER,
                    Title.COMMITTEE_MEMBER));

    /** The rank of a post in {@code p.title}: the secretary first, a post outside the bodies last. */
    static final String RANK = "CASE p.title WHEN 'SECRETARY' THEN 0 WHEN 'STANDING_DEPUTY_SECRETARY' THEN 1"
            + " WHEN 'DEPUTY_SECRETARY' THEN 2 WHEN 'STANDING_COMMITTEE_MEMBER' THEN 3 WHEN 'COMMITTEE_MEMBER' THEN 4"
            + " ELSE 5 END";

    private final JdbcClient jdbc;
    private final Organizations organizations;

    CommitteeBodies(JdbcClient jdbc, Organizations organizations) {
        this.jdbc = jdbc;
        this.organizations = organizations;
    }

    /**
     * A body of a committee on a day, with its name in the party's words ("Ban Thường vụ Quận ủy Long Biên").
     *
     * @param members who sits in it that day, by rank then name
     */
    public record BodyComposition(
            long organizationId,
            String organizationName,
            CommitteeBody body,
            String name,
            LocalDate on,
            List<BodySeat> members) {}

    /** The body of a committee of the scope on the day; 404 for an organization outside it, or one with no bodies. */
    public BodyComposition of(long organizationId, CommitteeBody body, LocalDate day, Scope scope) {
        var organization = organizations.get(organizationId, scope);
        if (!CommitteeBody.heldBy(organization.kind())) {
            throw new NotFoundException("CommitteeBody", organizationId + "/" + body.slug());
        }
        return new BodyComposition(
                organization.id(),
                organization.name(),
                body,
                body.of(organization.name()),
                day,
                on(organization.id(), body, day));
    }

    /** A member in a body on a day, with the highest post that seats him there and its wording. */
    public record BodySeat(
            long memberId,
            String fullName,
            Title title,
            @Schema(nullable = true) String note,
            LocalDate startedOn) {}

    /** The members of the body of the committee on the day, by rank then name. */
    public List<BodySeat> on(long committeeId, CommitteeBody body, LocalDate day) {
        return seats(committeeId, TITLES.get(body), day, null);
    }

    /**
     * The seat of the member in the body on the day; with no body, the highest post the member holds that day in the
     * organization itself (a committee, a cell or a department signing in its own name). Empty when he holds none.
     */
    public Optional<BodySeat> seat(long organizationId, CommitteeBody body, LocalDate day, long memberId) {
        var titles = body == null ? EnumSet.allOf(Title.class) : TITLES.get(body);
        return seats(organizationId, titles, day, memberId).stream().findFirst();
    }

    /** A member who may sign for a committee or a department of a form's scope: his post there today. */
    public record Signer(long memberId, String fullName, Title title, String organizationName) {}

    /**
     * The members holding a post today in a committee or a department of the scope, by organization in tree order, then
     * rank: whom an issue form offers as signer. Whether the one chosen sits in the body on the issue date is checked
     * by {@link #seat}.
     */
    public List<Signer> signers(Scope scope, LocalDate day) {
        return signers(scope, day, "TRUE", "").query(Signer.class).list();
    }

    /**
     * The first {@code limit} of {@link #signers(Scope, LocalDate)} and the posts of the member already chosen: what
     * an issue form lists before its picker searches the rest by name (a province holds thousands of posts, the
     * country a hundred thousand).
     */
    public List<Signer> signers(Scope scope, LocalDate day, int limit, Long chosen) {
        var first = signers(scope, day, "TRUE", " LIMIT " + limit)
                .query(Signer.class)
                .list();
        if (chosen == null || first.stream().anyMatch(s -> s.memberId() == chosen)) {
            return first;
        }
        var all = new ArrayList<>(first);
        all.addAll(signers(scope, day, "p.member_id = :member", "")
                .param("member", chosen)
                .query(Signer.class)
                .list());
        return all;
    }

    /** The signers of the scope whose name holds the text (accents and case ignored), at most 20, for the picker. */
    public List<Signer> signerChoices(Scope scope, LocalDate day, String text) {
        return signers(scope, day, "fold_vi(m.full_name) LIKE '%' || fold_vi(:text) || '%'", " LIMIT 20")
                .param("text", text)
                .query(Signer.class)
                .list();
    }

    private JdbcClient.StatementSpec signers(Scope scope, LocalDate day, String condition, String limit) {
        return jdbc.sql("SELECT p.member_id, m.full_name, p.title, " + TreeSql.name("p.organization_id")
                        + " AS organization_name FROM member_position p JOIN member m ON m.id = p.member_id"
                        + " WHERE " + TreeSql.kind("p.organization_id") + " <> 'CELL'"
                        + " AND p.started_on <= :day AND (p.ended_on IS NULL OR p.ended_on > :day) AND "
                        + scope.coversOrganization("p.organization_id") + " AND " + condition + " ORDER BY "
                        + TreeSql.path("p.organization_id") + ", " + RANK + ", m.full_name COLLATE vi_icu, p.id"
                        + limit)
                .param("day", day);
    }

    private List<BodySeat> seats(long organizationId, Set<Title> titles, LocalDate day, Long memberId) {
        return jdbc.sql("""
                        SELECT s.member_id, s.full_name, s.title, s.note, s.started_on FROM (
                            SELECT DISTINCT ON (p.member_id) p.member_id, m.full_name, p.title, p.note,
                                   p.started_on, %1$s AS rank
                              FROM member_position p JOIN member m ON m.id = p.member_id
                             WHERE p.organization_id = :organization AND p.title IN (:titles)
                               AND p.started_on <= :day AND (p.ended_on IS NULL OR p.ended_on > :day)
                               AND (CAST(:member AS bigint) IS NULL OR p.member_id = :member)
                             ORDER BY p.member_id, %1$s, p.started_on) s
                         ORDER BY s.rank, s.full_name COLLATE vi_icu, s.member_id
                        """.formatted(RANK))
                .param("organization", organizationId)
                .param("titles", titles.stream().map(Title::name).collect(Collectors.toList()))
                .param("day", day)
                .param("member", memberId, java.sql.Types.BIGINT)
                .query(BodySeat.class)
                .list();
    }
}
