package vn.neuguong.directive;

import java.util.Collection;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.shared.AuditSubjects;

/** Names documents in the audit log by their number. */
@Component
class DocumentAuditSubjects implements AuditSubjects {

    private final JdbcClient jdbc;

    DocumentAuditSubjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String entityType() {
        return "Document";
    }

    @Override
    public Map<String, Subject> subjects(Collection<String> ids) {
        return AuditSubjects.select(jdbc, "SELECT d.id, d.number_text FROM document d WHERE d.id IN (:ids)", ids);
    }
}
