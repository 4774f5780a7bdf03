package vn.neuguong.study;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.neuguong.member.MemberSql;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.NotFoundException;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.study.SelfCultivationPlan.Comment;
import vn.neuguong.study.SelfCultivationPlan.PublicPlan;
import vn.neuguong.study.SelfCultivationPlan.Row;
import vn.neuguong.study.SelfCultivationPlan.Status;
import vn.neuguong.study.SelfCultivationPlan.Version;
import vn.neuguong.web.RichText;

/** The self-cultivation plans as they are read: inside the organization through {@link CultivationAccess}, and the
 * published versions for the public page. */
@Repository
class SelfCultivationPlans {

    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 100;

    private static final String HEAD = "SELECT p.id, p.organization_id, " + TreeSql.name("p.organization_id")
            + " AS organization_name, p.leader_name, p.leader_post, p.year, p.period, p.content_html, p.status,"
            + " p.draft_number, p.comments_open_on, p.comments_close_on, coalesce(p.status = 'OPEN' AND"
            + " CAST(:today AS date) BETWEEN p.comments_open_on AND p.comments_close_on, false) AS comments_open,"
            + " coalesce(p.leader_member_id = :self, false) AS mine, p.created_on, p.version"
            + " FROM self_cultivation_plan p";

    private static final String ROW = "SELECT p.id, p.organization_id, " + TreeSql.name("p.organization_id")
            + " AS organization_name, p.leader_name, p.leader_post, p.year, p.period, p.status, p.comments_open_on,"
            + " p.comments_close_on, (SELECT max(v.published_on) FROM self_cultivation_version v WHERE v.plan_id ="
            + " p.id) AS last_published_on, (SELECT count(*) FROM self_cultivation_comment c WHERE c.plan_id = p.id)"
            + " AS comments FROM self_cultivation_plan p";

    private static final String VERSIONS = "SELECT v.number, v.period, v.leader_name, v.leader_post,"
            + " v.content_html, v.published_on FROM self_cultivation_version v";

    private record Head(
            long id,
            long organizationId,
            String organizationName,
            String leaderName,
            String leaderPost,
            int year,
            String period,
            String contentHtml,
            Status status,
            int draftNumber,
            LocalDate commentsOpenOn,
            LocalDate commentsCloseOn,
            boolean commentsOpen,
            boolean mine,
            LocalDate createdOn,
            int version) {}

    /** An organization a leader heads, and the post. */
    record Led(long organizationId, String organizationName, String post) {}

    /** An organization as its public page names it, and the one it was merged into. */
    record Named(String name, Long successorId, String successorName) {}

    private final JdbcClient jdbc;

    SelfCultivationPlans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The plan in reach of the access; 404 otherwise. */
    SelfCultivationPlan get(long id, CultivationAccess access, LocalDate today) {
        return find("p.id = :id AND " + access.readable(), id, access.parameters(), today)
                .orElseThrow(() -> new NotFoundException("SelfCultivationPlan", id));
    }

    /** The plan as it stands now, locked for a change. */
    SelfCultivationPlan lock(long id, long self, LocalDate today) {
        jdbc.sql("SELECT id FROM self_cultivation_plan WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query(Long.class)
                .single();
        return find("p.id = :id", id, Map.of("self", self), today).orElseThrow();
    }

    private Optional<SelfCultivationPlan> find(String condition, long id, Map<String, ?> parameters, LocalDate today) {
        return jdbc.sql(HEAD + " WHERE " + condition)
                .param("id", id)
                .param("today", today)
                .params(parameters)
                .query(Head.class)
                .optional()
                .map(h -> new SelfCultivationPlan(
                        h.id(),
                        h.organizationId(),
                        h.organizationName(),
                        h.leaderName(),
                        h.leaderPost(),
                        h.year(),
                        h.period(),
                        h.contentHtml(),
                        h.status(),
                        h.draftNumber(),
                        h.commentsOpenOn(),
                        h.commentsCloseOn(),
                        h.commentsOpen(),
                        h.mine(),
                        h.createdOn(),
                        versions(h.id()),
                        h.version()));
    }

    /** The versions published, the latest first. */
    List<Version> versions(long planId) {
        return jdbc.sql(VERSIONS + " WHERE v.plan_id = :id ORDER BY v.number DESC")
                .param("id", planId)
                .query(Version.class)
                .list();
    }

    /** The plans in reach, of one organization when it is given, the newest year first. */
    Page<Row> list(Long organizationId, CultivationAccess access, PageRequest request) {
        String where = " WHERE " + access.readable()
                + (organizationId == null ? "" : " AND p.organization_id IN " + TreeSql.selfAndPredecessorIds(":org"));
        long total = jdbc.sql("SELECT count(*) FROM self_cultivation_plan p" + where)
                .params(access.parameters())
                .param("org", organizationId == null ? 0L : organizationId)
                .query(Long.class)
                .single();
        var items = jdbc.sql(ROW + where + " ORDER BY p.year DESC, p.id DESC" + request.limitOffset())
                .params(access.parameters())
                .param("org", organizationId == null ? 0L : organizationId)
                .query(Row.class)
                .list();
        return Page.of(items, request, total);
    }

    /** The comments on a plan in reach, the first first; 404 when the plan is not. */
    Page<Comment> comments(long planId, CultivationAccess access, PageRequest request, LocalDate today) {
        get(planId, access, today);
        long total = jdbc.sql("SELECT count(*) FROM self_cultivation_comment WHERE plan_id = :id")
                .param("id", planId)
                .query(Long.class)
                .single();
        var items = jdbc.sql("SELECT c.id, c.draft_number, " + MemberSql.fullName("c.member_id")
                        + " AS author_name, c.body, c.written_on FROM self_cultivation_comment c WHERE c.plan_id = :id"
                        + " ORDER BY c.id" + request.limitOffset())
                .param("id", planId)
                .query(Comment.class)
                .list();
        return Page.of(items, request, total);
    }

    /** The organizations the member heads on the day, with the post, for a new plan. */
    List<Led> led(long memberId, LocalDate day) {
        return jdbc.sql("SELECT DISTINCT ON (h.organization_id) h.organization_id, " + TreeSql.name("h.organization_id")
                        + " AS organization_name, h.post FROM " + MemberSql.headPosts(":self", ":day")
                        + " h WHERE h.organization_id IS NOT NULL ORDER BY h.organization_id, h.post")
                .param("self", memberId)
                .param("day", day)
                .query(Led.class)
                .list();
    }

    /** The organization's name and successor, for its public page; 404 when there is no such organization. */
    Named named(long organizationId) {
        return jdbc.sql("SELECT " + TreeSql.name(":org") + " AS name, " + TreeSql.successor(":org")
                        + " AS successor_id, " + TreeSql.name(TreeSql.successor(":org")) + " AS successor_name"
                        + " WHERE " + TreeSql.name(":org") + " IS NOT NULL")
                .param("org", organizationId)
                .query(Named.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Organization", organizationId));
    }

    /**
     * The plans published by the organization and by those merged into it, each with its versions, the newest
     * year first: what the public page posts. Drafts, comments and members' ids are not read.
     */
    List<PublicPlan> published(long organizationId) {
        record Published(
                long planId,
                String organizationName,
                int year,
                int number,
                String period,
                String versionLeaderName,
                String versionLeaderPost,
                String contentHtml,
                LocalDate publishedOn) {}
        var rows = jdbc.sql("SELECT p.id AS plan_id, " + TreeSql.name("p.organization_id")
                        + " AS organization_name, p.year, v.number, v.period,"
                        + " v.leader_name AS version_leader_name, v.leader_post AS version_leader_post,"
                        + " v.content_html, v.published_on FROM self_cultivation_plan p JOIN self_cultivation_version v"
                        + " ON v.plan_id = p.id WHERE p.organization_id IN " + TreeSql.selfAndPredecessorIds(":org")
                        + " ORDER BY p.year DESC, p.id, v.number DESC")
                .param("org", organizationId)
                .query(Published.class)
                .list();
        var plans = new LinkedHashMap<Long, List<Published>>();
        rows.forEach(row ->
                plans.computeIfAbsent(row.planId(), id -> new ArrayList<>()).add(row));
        return plans.values().stream()
                .map(versions -> {
                    var latest = versions.get(0);
                    return new PublicPlan(
                            latest.organizationName(),
                            latest.versionLeaderName(),
                            latest.versionLeaderPost(),
                            latest.year(),
                            versions.stream()
                                    .map(v -> new Version(
                                            v.number(),
                                            v.period(),
                                            v.versionLeaderName(),
                                            v.versionLeaderPost(),
                                            RichText.sanitize(v.contentHtml()),
                                            v.publishedOn()))
                                    .toList());
                })
                .toList();
    }
}
