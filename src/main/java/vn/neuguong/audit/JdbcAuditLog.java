package vn.neuguong.audit;

import java.util.List;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.CurrentActor;

/** The audit log in PostgreSQL, one row per change, stamped with the organization's path of the moment. */
@Component
class JdbcAuditLog implements AuditLog {

    private static final String INSERT_ONE = """
            INSERT INTO audit_log (actor, action, entity_type, entity_id, organization_id, organization_path,
                                   before_value, after_value)
            VALUES (:actor, :action, :type, :id, :org, %s, CAST(:before AS jsonb), CAST(:after AS jsonb))
            """.formatted(TreeSql.path(":org"));

    private static final String INSERT_ALL = """
            INSERT INTO audit_log (actor, action, entity_type, entity_id, organization_id, organization_path,
                                   before_value, after_value)
            SELECT ?, r.action, ?, r.id, r.org, %s, CAST(r.before AS jsonb), CAST(r.after AS jsonb)
            FROM unnest(?::text[], ?::text[], ?::bigint[], ?::text[], ?::text[]) AS r(action, id, org, before, after)
            """.formatted(TreeSql.path("r.org"));

    private static final String INSERT_SELECTED = """
            INSERT INTO audit_log (actor, action, entity_type, entity_id, organization_id, organization_path,
                                   before_value, after_value)
            SELECT ?, r.action, ?, r.id, r.org, %s, r.before, r.after
            FROM (%%s) AS r(action, id, org, before, after)
            """.formatted(TreeSql.path("r.org"));

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JsonMapper json;

    JdbcAuditLog(JdbcClient jdbc, JdbcTemplate template, JsonMapper json) {
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
    }

    @Override
    public void record(
            Action action, String entityType, Object entityId, Long organizationId, Object before, Object after) {
        requireTransaction();
        jdbc.sql(INSERT_ONE)
                .param("actor", CurrentActor.name())
                .param("action", action.name())
                .param("type", entityType)
                .param("id", String.valueOf(entityId))
                .param("org", organizationId)
                .param("before", text(before))
                .param("after", text(after))
                .update();
    }

    @Override
    public void recordAll(String entityType, List<Audited> changes) {
        requireTransaction();
        if (changes.isEmpty()) {
            return;
        }
        int n = changes.size();
        String[] actions = new String[n];
        String[] ids = new String[n];
        Long[] organizations = new Long[n];
        String[] befores = new String[n];
        String[] afters = new String[n];
        for (int i = 0; i < n; i++) {
            var change = changes.get(i);
            actions[i] = change.action().name();
            ids[i] = String.valueOf(change.entityId());
            organizations[i] = change.organizationId();
            befores[i] = text(change.before());
            afters[i] = text(change.after());
        }
        template.execute((ConnectionCallback<Integer>) connection -> {
            try (var statement = connection.prepareStatement(INSERT_ALL)) {
                statement.setString(1, CurrentActor.name());
                statement.setString(2, entityType);
                statement.setArray(3, connection.createArrayOf("text", actions));
                statement.setArray(4, connection.createArrayOf("text", ids));
                statement.setArray(5, connection.createArrayOf("bigint", organizations));
                statement.setArray(6, connection.createArrayOf("text", befores));
                statement.setArray(7, connection.createArrayOf("text", afters));
                return statement.executeUpdate();
            }
        });
    }

    @Override
    public int recordAllOf(String entityType, String changes, Object... parameters) {
        requireTransaction();
        var arguments = new Object[parameters.length + 2];
        arguments[0] = CurrentActor.name();
        arguments[1] = entityType;
        System.arraycopy(parameters, 0, arguments, 2, parameters.length);
        return template.update(INSERT_SELECTED.formatted(changes), arguments);
    }

    private static void requireTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("An audit row must be written in the transaction of its change");
        }
    }

    private String text(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }
}
