package vn.neuguong.shared;

import java.util.List;

/**
 * Writes one audit row per change, inside the caller's transaction: if the change rolls back, so does its row, and a
 * change cannot commit without it. Every module writes through this; only the audit module reads the rows.
 */
public interface AuditLog {

    enum Action {
        CREATE,
        UPDATE,
        DELETE
    }

    /**
     * @param organizationId the organization the record belongs to, which decides whose scope sees the row
     * @param before the record before the change (null on create), any value Jackson can write
     * @param after the record after the change (null on delete)
     */
    void record(Action action, String entityType, Object entityId, Long organizationId, Object before, Object after);

    default void created(String entityType, Object entityId, Long organizationId, Object after) {
        record(Action.CREATE, entityType, entityId, organizationId, null, after);
    }

    default void updated(String entityType, Object entityId, Long organizationId, Object before, Object after) {
        record(Action.UPDATE, entityType, entityId, organizationId, before, after);
    }

    default void deleted(String entityType, Object entityId, Long organizationId, Object before) {
        record(Action.DELETE, entityType, entityId, organizationId, before, null);
    }

    /**
     * One change of many written at once by {@link #recordAll}: a create when {@code before} is null, a delete when
     * {@code after} is null, an update otherwise.
     */
    record Audited(Object entityId, Long organizationId, Object before, Object after) {

        public static Audited created(Object entityId, Long organizationId, Object after) {
            return new Audited(entityId, organizationId, null, after);
        }

        public Action action() {
            return before == null ? Action.CREATE : after == null ? Action.DELETE : Action.UPDATE;
        }
    }

    /** Writes one row per change of a bulk operation (an import) in one statement, inside the caller's transaction. */
    void recordAll(String entityType, List<Audited> changes);

    /**
     * Writes one row per row of the caller's query, in one statement inside the caller's transaction: for a bulk
     * change already in the database (an import's staging table), so no change travels to the application and back.
     *
     * @param changes a SELECT of the owner's tables giving, in this order, the action ({@link Action}'s name), the
     *     entity id (text), the organization id (bigint), the record before (jsonb, null on create) and after (jsonb,
     *     null on delete)
     * @return how many rows were written
     */
    int recordAllOf(String entityType, String changes, Object... parameters);
}
