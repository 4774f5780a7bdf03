package vn.neuguong.organization;

import java.time.LocalDate;
import java.util.HashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;

/** The organization list: by parent, kind and text (diacritics ignored), as things stand now or on a date; paged. */
@Repository
class OrganizationSearch {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 500;

    private final JdbcClient jdbc;

    OrganizationSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of organizations matching the filter, in tree order. */
    Page<OrganizationNode> search(OrganizationFilter filter, PageRequest request, Scope scope) {
        var where = new StringBuilder(scope.covers("o.path"));
        var params = new HashMap<String, Object>();
        String from;
        String columns;
        boolean hasText = filter.q() != null && !filter.q().isBlank();
        if (filter.asOf() == null) {
            from = "organization o";
            columns = "o.id, o.kind, o.level_label, o.name, o.code, o.parent_id, o.path::text AS path";
            where.append(" AND o.closed_on IS NULL");
            if (hasText) {
                where.append(" AND o.search_text LIKE '%' || fold_vi(:q) || '%'");
            }
        } else {
            from = "organization_period p JOIN organization o ON o.id = p.organization_id";
            columns = "o.id, o.kind, p.level_label, p.name, p.code, p.parent_id, p.path::text AS path";
            where.append(" AND p.valid_from <= :asOf AND (p.valid_to IS NULL OR p.valid_to > :asOf)");
            params.put("asOf", filter.asOf());
            if (hasText) {
                where.append(" AND fold_vi(p.name || ' ' || p.code) LIKE '%' || fold_vi(:q) || '%'");
            }
        }
        if (hasText) {
            params.put("q", likeLiteral(filter.q().trim()));
        }
        String parentColumn = filter.asOf() == null ? "o.parent_id" : "p.parent_id";
        if (filter.parentId() != null) {
            where.append(" AND ").append(parentColumn).append(" = :parent");
            params.put("parent", filter.parentId());
        }
        if (filter.kind() != null) {
            where.append(" AND o.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        long total = jdbc.sql("SELECT count(*) FROM " + from + " WHERE " + where)
                .params(params)
                .query(Long.class)
                .single();
        var items = jdbc.sql("SELECT " + columns + ", 0 AS child_count FROM " + from + " WHERE " + where + " ORDER BY "
                        + (filter.asOf() == null ? "o.path" : "p.path") + request.limitOffset())
                .params(params)
                .query(OrganizationNode.class)
                .list();
        return Page.of(items, request, total);
    }

    /** The text as a LIKE pattern that matches it literally, so "%" and "_" in a search are not wildcards. */
    private static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Filters of the organization list; {@code asOf} null reads the tree as it stands now. */
    record OrganizationFilter(Long parentId, OrganizationKind kind, String q, LocalDate asOf) {}
}
