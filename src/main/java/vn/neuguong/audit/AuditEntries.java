package vn.neuguong.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.neuguong.account.Accounts;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.AuditSubjects;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.web.Formats;

/**
 * Reads the audit log, newest first, filtered and paged in SQL. Staff see the rows of organizations inside their
 * scope; rows that belong to no organization (accounts, for one) only administrators see. What a changed record is
 * called now, and the display name of whoever changed it, come from the modules that own them ({@link
 * AuditSubjects}, {@link Accounts#displayNames}), asked once per page; records gone since are named from the row's
 * JSON.
 */
@Repository
class AuditEntries {

    static final int PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 200;

    /** Up to this many entries a page sorts them all rather than walk the whole log by time (see pageIds). */
    static final long GATHER_UP_TO = 10_000;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Formats formats;
    private final Map<String, AuditSubjects> subjects;
    private final Accounts accounts;

    AuditEntries(JdbcClient jdbc, JsonMapper json, Formats formats, List<AuditSubjects> subjects, Accounts accounts) {
        this.jdbc = jdbc;
        this.json = json;
        this.formats = formats;
        this.subjects = subjects.stream().collect(Collectors.toMap(AuditSubjects::entityType, s -> s));
        this.accounts = accounts;
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

        /** The entry with what it is called and who made it, as the owning modules name them. */
        Entry named(AuditSubjects.Subject subject, String actorName) {
            return new Entry(
                    id,
                    occurredAt,
                    actor,
                    actorName == null ? actor : actorName,
                    action,
                    entityType,
                    entityId,
                    organizationId,
                    organizationName,
                    subject == null ? this.subject : subject.name(),
                    subject == null ? subjectKey : subject.key(),
                    before,
                    after,
                    sentence);
        }

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
     * @param page the page, from 1
     * @param size entries per page, {@value #PAGE_SIZE} unless given, at most {@value #MAX_PAGE_SIZE}
     */
    record Filter(
            String entityType,
            String actor,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Schema(minimum = "1") Integer page,

            @Schema(minimum = "1", maximum = "" + MAX_PAGE_SIZE)
            Integer size) {

        PageRequest pageRequest() {
            return PageRequest.of(page, size, PAGE_SIZE, MAX_PAGE_SIZE);
        }
    }

    Page<Entry> search(Filter filter, Actor actor) {
        var request = filter.pageRequest();
        var scope = Scope.of(actor);
        var where = new StringBuilder(" WHERE ").append(visible(actor));
        Map<String, Object> params = new HashMap<>();
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
        var rows = jdbc.sql("SELECT a.id, a.occurred_at, a.actor, a.action, a.entity_type, a.entity_id,"
                        + " a.organization_id, " + TreeSql.label("a.organization_id") + " AS organization_name,"
                        + " CASE WHEN a.entity_type = 'Organization' THEN " + TreeSql.label("a.numeric_id")
                        + " END AS subject, a.before_value::text AS before, a.after_value::text AS after"
                        + " FROM (SELECT a.*, CAST(substring(a.entity_id FROM '^[0-9]{1,18}$') AS bigint) AS numeric_id"
                        + " FROM audit_log a WHERE a.id IN (" + pageIds(where, total, request) + ")) a"
                        + " ORDER BY a.occurred_at DESC, a.id DESC")
                .params(params)
                .query((rs, n) -> new Entry(
                        rs.getLong("id"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"),
                        null,
                        rs.getString("action"),
                        rs.getString("entity_type"),
                        rs.getString("entity_id"),
                        (Long) rs.getObject("organization_id"),
                        rs.getString("organization_name"),
                        rs.getString("subject"),
                        null,
                        parse(rs.getString("before")),
                        parse(rs.getString("after")),
                        null))
                .list();
        return Page.of(named(rows), request, total);
    }

    /** Names the page's records and actors: one call per entity type, and one for all the actors. */
    private List<Entry> named(List<Entry> rows) {
        var idsByType = rows.stream()
                .collect(Collectors.groupingBy(
                        Entry::entityType, Collectors.mapping(Entry::entityId, Collectors.toSet())));
        var named = new HashMap<String, Map<String, AuditSubjects.Subject>>();
        idsByType.forEach((type, ids) -> {
            var owner = subjects.get(type);
            named.put(type, owner == null ? Map.of() : owner.subjects(ids));
        });
        var actorNames = accounts.displayNames(rows.stream().map(Entry::actor).collect(Collectors.toSet()));
        return rows.stream()
                .map(row -> row.named(named.get(row.entityType()).get(row.entityId()), actorNames.get(row.actor())))
                .toList();
    }

    private JsonNode parse(String text) {
        return text == null ? null : json.readTree(text);
    }

    /** The entity types of the rows the actor may see, for the filter's choices. */
    List<String> entityTypes(Actor actor) {
        var scope = Scope.of(actor);
        return jdbc.sql("SELECT DISTINCT a.entity_type FROM audit_log a WHERE " + visible(actor)
                        + " ORDER BY a.entity_type")
                .query(String.class)
                .list();
    }

    /** Administrators see every row; anyone else the rows of organizations inside their scope. */
    /**
     * The ids of the page's entries. A few thousand entries are gathered through the path's index and sorted; more
     * are found walking the time index from the newest, which a ward's few entries among 500,000 made a walk through
     * all of them (1.9 s; 1 ms gathered).
     */
    static String pageIds(CharSequence where, long total, PageRequest request) {
        String order = " ORDER BY a.occurred_at DESC, a.id DESC" + request.limitOffset();
        if (total > GATHER_UP_TO) {
            return "SELECT a.id FROM audit_log a" + where + order;
        }
        return "SELECT a.id FROM (SELECT a.id, a.occurred_at FROM audit_log a" + where + " OFFSET 0) a" + order;
    }

    static String visible(Actor actor) {
        var scope = Scope.of(actor);
        return scope.unrestricted()
                ? "TRUE"
                : "a.organization_path IS NOT NULL AND " + scope.covers("a.organization_path");
    }
}
