package vn.neuguong.account;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
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
        var numeric = AuditSubjects.numeric(ids);
        if (numeric.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("SELECT a.id, a.username FROM account a WHERE a.id IN (:ids)")
                .param("ids", numeric)
                .query((rs, n) -> Map.entry(rs.getString(1), Subject.named(rs.getString(2))))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
