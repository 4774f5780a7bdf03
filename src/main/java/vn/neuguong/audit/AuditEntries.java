package vn.neuguong.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.Actor;
import vn.neuguong.web.Formats;

/**
 * Reads the audit log, newest first, filtered and paged in SQL. Staff see the rows of organizations inside their
 * scope; rows that belong to no organization (accounts, for one) only administrators see.
 */
@Repository
class AuditEntries {

    static final int PAGE_SIZE = 50;

    /**
     * What the changed record is called now, looked up by its type and id: its name, title or number, or for an
     * obligation the label of its requirement ({@code subject_key} names the requirement's kind when it has no
     * label). Records of other types, and records gone since, are named from the row's JSON.
     */
    private static final String SUBJECT = """
            CASE a.entity_type
              WHEN 'Organization' THEN organization_label(a.numeric_id)
              WHEN 'Member' THEN (SELECT m.full_name FROM member m WHERE m.id = a.numeric_id)
              WHEN 'MemberPosition' THEN (SELECT m.full_name FROM member_position mp JOIN member m ON m.id = mp.member_id
                                           WHERE mp.id = a.numeric_id)
              WHEN 'Campaign' THEN (SELECT c.title FROM campaign c WHERE c.id = a.numeric_id)
              WHEN 'Obligation' THEN (SELECT r.label FROM obligation ob
                                        JOIN campaign_requirement r ON r.id = ob.requirement_id WHERE ob.id = a.numeric_id)
              WHEN 'Document' THEN (SELECT d.number_text FROM document d WHERE d.id = a.numeric_id)
              WHEN 'account' THEN (SELECT ac.username FROM account ac WHERE ac.id = a.numeric_id)
            END""";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Formats formats;

    AuditEntries(JdbcClient jdbc, JsonMapper json, Formats formats) {
        this.jdbc = jdbc;
        this.json = json;
        this.formats = formats;
    }

    /**
     * One audit row; {@code before} and {@code after} are the record as it was written, as JSON.
     *
     * @param actorName the display name of the account that made the change, else what the row says
     * @param subject what the changed record is called (null when nothing names it)
     * @param subjectKey a message key naming the record when it has no name of its own
     * @param sentence the change told as a sentence in the reader's language
     */
    @Schema(name = "AuditEntry")
    record Entry(
            long id,
            Instant occurredAt,
            String actor,
            String actorName,
            String action,
            String entityType,
            String entityId,
            @Schema(nullable = true) Long organizationId,
            @Schema(nullable = true) String organizationName,

            @Schema(nullable = true, description = "What the changed record is called; null when nothing names it")
            String subject,

            @Schema(nullable = true, description = "A message key naming the record when it has no name of its own")
            String subjectKey,

            @Schema(nullable = true, description = "The record before the change, as it was written; null on create")
            JsonNode before,

            @Schema(nullable = true, description = "The record after the change; null on delete")
            JsonNode after,

            String sentence) {

        Entry told(String sentence) {
            return new Entry(
                    id,
                    occurredAt,
                    actor,
                    actorName,
                    action,
                    entityType,
                    entityId,
                    organizationId,
                    organizationName,
                    subject,
                    subjectKey,
                    before,
                    after,
                    sentence);
        }
    }

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
        var scope = Scope.of(actor);
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
                    java.sql.Timestamp.from(
                            filter.from().atStartOfDay(formats.zone()).toInstant()));
        }
        if (filter.to() != null) {
            where.append(" AND a.occurred_at < :to");
            params.put(
                    "to",
                    java.sql.Timestamp.from(
                            filter.to().plusDays(1).atStartOfDay(formats.zone()).toInstant()));
        }
        long total = jdbc.sql("SELECT count(*) FROM audit_log a" + where)
                .params(params)
                .query(Long.class)
                .single();
        int page = filter.pageNumber();
        var items = jdbc.sql("""
                        SELECT a.id, a.occurred_at, a.actor, coalesce(ac.display_name, a.actor) AS actor_name, a.action,
                               a.entity_type, a.entity_id, a.organization_id,
                               organization_label(a.organization_id) AS organization_name,
                               """ + SUBJECT + """
                                AS subject,
                               CASE WHEN a.entity_type = 'Obligation' THEN
                                 (SELECT 'campaign.kind.' || r.kind FROM obligation ob
                                    JOIN campaign_requirement r ON r.id = ob.requirement_id WHERE ob.id = a.numeric_id)
                               END AS subject_key,
                               a.before_value::text AS before, a.after_value::text AS after
                        FROM (SELECT a.*, CAST(substring(a.entity_id FROM '^[0-9]{1,18}$') AS bigint) AS numeric_id
                                FROM audit_log a""" + where + """
                               ORDER BY a.occurred_at DESC, a.id DESC LIMIT :limit OFFSET :offset) a
                        LEFT JOIN account ac ON ac.username = a.actor
                        ORDER BY a.occurred_at DESC, a.id DESC""")
                .params(params)
                .param("limit", PAGE_SIZE)
                .param("offset", (long) (page - 1) * PAGE_SIZE)
                .query((rs, n) -> new Entry(
                        rs.getLong("id"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"),
                        rs.getString("actor_name"),
                        rs.getString("action"),
                        rs.getString("entity_type"),
                        rs.getString("entity_id"),
                        (Long) rs.getObject("organization_id"),
                        rs.getString("organization_name"),
                        rs.getString("subject"),
                        rs.getString("subject_key"),
                        parse(rs.getString("before")),
                        parse(rs.getString("after")),
                        null))
                .list();
        return new Page(items, page, PAGE_SIZE, total);
    }

    private JsonNode parse(String text) {
        return text == null ? null : json.readTree(text);
    }

    /** The entity types of the rows the actor may see, for the filter's choices. */
    List<String> entityTypes(Actor actor) {
        var scope = Scope.of(actor);
        return jdbc.sql("SELECT DISTINCT a.entity_type FROM audit_log a WHERE " + visible(actor)
                        + " ORDER BY a.entity_type")
                .params(scope.parameters())
                .query(String.class)
                .list();
    }

    /** Administrators see every row; anyone else the rows of organizations inside their scope. */
    private static String visible(Actor actor) {
        var scope = Scope.of(actor);
        return scope.unrestricted()
                ? "TRUE"
                : "a.organization_path IS NOT NULL AND " + scope.covers("a.organization_path");
    }
}
