package vn.neuguong.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.neuguong.account.Actor;

/**
 * Reads the audit log, newest first, filtered and paged in SQL. Staff see the rows of organizations inside their
 * scope; rows that belong to no organization (accounts, for one) only administrators see.
 */
@Repository
class AuditEntries {

    static final int PAGE_SIZE = 50;
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditEntries(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** One audit row; {@code before} and {@code after} are the record as it was written, as JSON. */
    @Schema(name = "AuditEntry")
    record Entry(
            long id,
            Instant occurredAt,
            String actor,
            String action,
            String entityType,
            String entityId,
            @Schema(nullable = true) Long organizationId,
            @Schema(nullable = true) String organizationName,

            @Schema(nullable = true, description = "The record before the change, as it was written; null on create")
            JsonNode before,

            @Schema(nullable = true, description = "The record after the change; null on delete")
            JsonNode after) {}

    /**
     * The filters of the page and the API, all optional.
     *
     * @param from first day (inclusive, Vietnam time)
     * @param to last day (inclusive)
     */
    record Filter(
            String entityType,
            String actor,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Integer page) {

        int pageNumber() {
            return page == null || page < 1 ? 1 : page;
        }
    }

    @Schema(name = "AuditPage")
    record Page(List<Entry> items, int page, int size, long total) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    Page search(Filter filter, Actor actor) {
        var scope = actor.scope();
        var where = new StringBuilder(" WHERE ").append(visible(actor));
        Map<String, Object> params = new HashMap<>(scope.parameters());
        if (filter.entityType() != null && !filter.entityType().isBlank()) {
            where.append(" AND a.entity_type = :entityType");
            params.put("entityType", filter.entityType().trim());
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.append(" AND lower(a.actor) = lower(:actor)");
            params.put("actor", filter.actor().trim());
        }
        if (filter.from() != null) {
            where.append(" AND a.occurred_at >= :from");
            params.put(
                    "from",
                    java.sql.Timestamp.from(filter.from().atStartOfDay(ZONE).toInstant()));
        }
        if (filter.to() != null) {
            where.append(" AND a.occurred_at < :to");
            params.put(
                    "to",
                    java.sql.Timestamp.from(
                            filter.to().plusDays(1).atStartOfDay(ZONE).toInstant()));
        }
        long total = jdbc.sql("SELECT count(*) FROM audit_log a" + where)
                .params(params)
                .query(Long.class)
                .single();
        int page = filter.pageNumber();
        var items = jdbc.sql("""
                        SELECT a.id, a.occurred_at, a.actor, a.action, a.entity_type, a.entity_id, a.organization_id,
                               o.name AS organization_name, a.before_value::text AS before, a.after_value::text AS after
                        FROM audit_log a LEFT JOIN organization o ON o.id = a.organization_id""" + where + " ORDER BY a.occurred_at DESC, a.id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", PAGE_SIZE)
                .param("offset", (long) (page - 1) * PAGE_SIZE)
                .query((rs, n) -> new Entry(
                        rs.getLong("id"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("entity_type"),
                        rs.getString("entity_id"),
                        (Long) rs.getObject("organization_id"),
                        rs.getString("organization_name"),
                        parse(rs.getString("before")),
                        parse(rs.getString("after"))))
                .list();
        return new Page(items, page, PAGE_SIZE, total);
    }

    private JsonNode parse(String text) {
        return text == null ? null : json.readTree(text);
    }

    /** The entity types of the rows the actor may see, for the filter's choices. */
    List<String> entityTypes(Actor actor) {
        var scope = actor.scope();
        return jdbc.sql("SELECT DISTINCT a.entity_type FROM audit_log a WHERE " + visible(actor)
                        + " ORDER BY a.entity_type")
                .params(scope.parameters())
                .query(String.class)
                .list();
    }

    /** Administrators see every row; anyone else the rows of organizations inside their scope. */
    private static String visible(Actor actor) {
        var scope = actor.scope();
        return scope.unrestricted()
                ? "TRUE"
                : "a.organization_path IS NOT NULL AND " + scope.covers("a.organization_path");
    }
}
