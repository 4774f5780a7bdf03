package vn.neuguong.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.CurrentActor;

/** The audit log in PostgreSQL, one row per change, stamped with the organization's path of the moment. */
@Component
class JdbcAuditLog implements AuditLog {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcAuditLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void record(
            Action action, String entityType, Object entityId, Long organizationId, Object before, Object after) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("An audit row must be written in the transaction of its change");
        }
        jdbc.sql("""
                        INSERT INTO audit_log (actor, action, entity_type, entity_id, organization_id, organization_path,
                                               before_value, after_value)
                        VALUES (:actor, :action, :type, :id, :org, (SELECT path FROM organization WHERE id = :org),
                                CAST(:before AS jsonb), CAST(:after AS jsonb))
                        """)
                .param("actor", CurrentActor.name())
                .param("action", action.name())
                .param("type", entityType)
                .param("id", String.valueOf(entityId))
                .param("org", organizationId)
                .param("before", before == null ? null : json.writeValueAsString(before))
                .param("after", after == null ? null : json.writeValueAsString(after))
                .update();
    }
}
