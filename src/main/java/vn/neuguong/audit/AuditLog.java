package vn.neuguong.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;
import vn.neuguong.account.CurrentActor;

/**
 * Writes one audit row per change, inside the caller's transaction: if the change rolls back, so does its row,
 * and a change cannot commit without it.
 */
@Component
public class AuditLog {

    public enum Action {
        CREATE,
        UPDATE,
        DELETE
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * @param organizationId the organization the record belongs to, which decides whose scope sees the row
     * @param before the record before the change (null on create), any value Jackson can write
     * @param after the record after the change (null on delete)
     */
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

    public void created(String entityType, Object entityId, Long organizationId, Object after) {
        record(Action.CREATE, entityType, entityId, organizationId, null, after);
    }

    public void updated(String entityType, Object entityId, Long organizationId, Object before, Object after) {
        record(Action.UPDATE, entityType, entityId, organizationId, before, after);
    }

    public void deleted(String entityType, Object entityId, Long organizationId, Object before) {
        record(Action.DELETE, entityType, entityId, organizationId, before, null);
    }
}
