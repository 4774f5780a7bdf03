package vn.neuguong.account;

import java.util.Collection;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.shared.AuditSubjects;

/** Names accounts in the audit log by their username. */
@Component
class AccountAuditSubjects implements AuditSubjects {

    private final JdbcClient jdbc;

    AccountAuditSubjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String entityType() {
        return AccountAdministration.ENTITY;
    }

    @Override
    public Map<String, Subject> subjects(Collection<String> ids) {
        return AuditSubjects.select(jdbc, "SELECT a.id, a.username FROM account a WHERE a.id IN (:ids)", ids);
    }
}
