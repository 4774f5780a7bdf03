package vn.neuguong;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.neuguong.shared.AuditLog;

/**
 * An {@link AuditLog} kept in memory, for a module slice that leaves the audit module out: the ids of the records
 * whose change the slice's code told it about.
 */
public class RecordedAuditLog implements AuditLog {

    private final List<Object> entityIds = new CopyOnWriteArrayList<>();

    @Override
    public void record(
            Action action, String entityType, Object entityId, Long organizationId, Object before, Object after) {
        entityIds.add(entityId);
    }

    @Override
    public void recordAll(String entityType, List<Audited> changes) {
        changes.forEach(change -> entityIds.add(change.entityId()));
    }

    /** A change already in the database has no ids to keep in memory: a slice that writes one needs the module. */
    @Override
    public int recordAllOf(String entityType, String changes, Object... parameters) {
        throw new UnsupportedOperationException("recordAllOf reads the changes from the database");
    }

    public List<Object> entityIds() {
        return List.copyOf(entityIds);
    }
}
