package vn.neuguong.member;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;

/**
 * The roster's list and search: the members the actor may read that match, ordered by name as a Vietnamese reader
 * sorts it, a page of them and how many there are. Shaped for six million members: the scope's members are reached
 * through their cells (a covering index holds each member's cell, search text and name, so matching and ordering
 * read no table rows), and one's own record is added apart, since an OR with it would keep the planner from going
 * through the cells.
 */
@Component
class MemberSearch {

    /**
     * From this many members in a scope, a list without search text walks the name index and stops at the page
     * (a province's 180,000 members: 4 ms instead of sorting them all); below, sorting the scope's members is faster.
     */
    static final long WALK_FROM = 20_000;

    private static final String ORDER = " ORDER BY h.full_name COLLATE vi_icu, h.id";

    private final JdbcClient jdbc;
    private final long walkFrom;

    @Autowired
    MemberSearch(JdbcClient jdbc) {
        this(jdbc, WALK_FROM);
    }

    /** With another threshold, for a test to compare the walk with the sort on a small roster. */
    MemberSearch(JdbcClient jdbc, long walkFrom) {
        this.jdbc = jdbc;
        this.walkFrom = walkFrom;
    }

    Page<Member> search(MemberQuery query, PageRequest request, Actor actor) {
        var access = MemberAccess.of(actor);
        var scope = access.scope();
        var filters = new StringBuilder();
        var params = new HashMap<>(access.parameters());
        if (query.q() != null) {
            filters.append(" AND m.search_text LIKE '%' || fold_vi(:q) || '%'");
            params.put("q", Members.escapeLike(query.q()));
        }
        if (query.organizationId() != null) {
            filters.append(" AND ").append(TreeSql.within("m.cell_id", ":unit"));
            params.put("unit", query.organizationId());
        }
        if (query.status() != null) {
            filters.append(" AND m.status = :status");
            params.put("status", query.status().name());
        }
        boolean ownApart = access.self() != null && !scope.unrestricted();
        String hits = "SELECT m.id, m.full_name FROM member m WHERE " + access.writable() + filters
                + (ownApart
                        ? " UNION SELECT m.id, m.full_name FROM member m WHERE m.id = :selfMemberId" + filters
                        : "");
        if (query.q() != null) {
            // the matches found once (through the cells, or the trigram index for an administrator), then counted
            // and paged: never the name index walked in the hope of matches, which a common name makes endless
            String with = "WITH hits AS MATERIALIZED (" + hits + ") ";
            long[] total = {-1};
            var members = jdbc.sql(with + "SELECT " + MemberRows.COLUMNS + ", (SELECT count(*) FROM hits) AS total"
                            + " FROM (SELECT h.id, h.full_name FROM hits h" + ORDER + request.limitOffset()
                            + ") h JOIN member m ON m.id = h.id" + ORDER)
                    .params(params)
                    .query((rs, n) -> {
                        total[0] = rs.getLong("total");
                        return MemberRows.MAPPER.mapRow(rs, n);
                    })
                    .list();
            if (total[0] < 0) {
                total[0] = request.page() == 1 ? 0 : count(with + "SELECT count(*) FROM hits", params);
            }
            return Page.of(members, request, total[0]);
        }
        // one's own record counted apart when it lies outside the scope: a UNION would gather the scope's members
        long total = count(
                "SELECT (SELECT count(*) FROM member m WHERE " + access.writable() + filters + ")"
                        + (ownApart
                                ? " + (SELECT count(*) FROM member m WHERE m.id = :selfMemberId AND NOT ("
                                        + access.writable() + ")" + filters + ")"
                                : ""),
                params);
        if (total <= request.offset()) {
            return Page.of(List.of(), request, total);
        }
        if (!scope.unrestricted() && total >= walkFrom) {
            // the scope's organizations as a constant: the planner sees how many members they hold and walks the
            // name index, checking each member's cell in a hash, where an array of unknown length looks like a few
            List<Long> cells = jdbc.sql(scope.organizations()).query(Long.class).list();
            // bound as an array, not as text cast in SQL, which the planner does not fold into a constant
            params.put("cells", cells.toArray(Long[]::new));
            hits = "SELECT m.id, m.full_name FROM member m WHERE (m.cell_id = ANY(:cells)"
                    + (access.self() != null ? " OR m.id = :selfMemberId" : "") + ")" + filters;
        }
        var members = jdbc.sql("SELECT " + MemberRows.COLUMNS + " FROM (SELECT h.id, h.full_name FROM (" + hits + ") h"
                        + ORDER + request.limitOffset() + ") h JOIN member m ON m.id = h.id" + ORDER)
                .params(params)
                .query(MemberRows.MAPPER)
                .list();
        return Page.of(members, request, total);
    }

    private long count(String sql, Map<String, Object> params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
