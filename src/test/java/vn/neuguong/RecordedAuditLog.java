package vn.neuguong;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.neuguong.shared.AuditLog;

/**
 * An {@link AuditLog} kept in memory, for a module slice that leaves the audit module out: the ids of the records
 * whose change the slice's code told it about, and, for a change already in the database ({@link #recordAllOf}),
 * the ids its query gives, read through the slice's database.
 */
public class RecordedAuditLog implements AuditLog {

    private final List<Object> entityIds = new CopyOnWriteArrayList<>();
    private final JdbcTemplate jdbc;

    /** Without a database: a slice that writes a change already in the database needs the other constructor. */
    public RecordedAuditLog() {
        this.jdbc = null;
    }

    @Autowired
    public RecordedAuditLog(ObjectProvider<JdbcTemplate> jdbc) {
        this.jdbc = jdbc.getIfAvailable();
    }

    @Override
    public void record(
            Action action, String entityType, Object entityId, Long organizationId, Object before, Object after) {
        entityIds.add(entityId);
    }

    @Override
    public void recordAll(String entityType, List<Audited> changes) {
        changes.forEach(change -> entityIds.add(change.entityId()));
    }

    /** The entity ids (the query's second column) of the changes, as the audit module would write a row for each. */
    @Override
    public int recordAllOf(String entityType, String changes, Object... parameters) {
        if (jdbc == null) {
            throw new UnsupportedOperationException("recordAllOf reads the changes from the database");
        }
        var ids = jdbc.query(changes, (rs, n) -> rs.getString(2), parameters);
        entityIds.addAll(ids);
        return ids.size();
    }

    public List<Object> entityIds() {
        return List.copyOf(entityIds);
    }
}
