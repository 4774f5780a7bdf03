package vn.neuguong.portal;

import java.util.Collection;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.AuditSubjects;

/** Names an item of public opinion in the audit log by its organization and the start of its content. */
@Component
class OpinionAuditSubjects implements AuditSubjects {

    private final JdbcClient jdbc;

    OpinionAuditSubjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String entityType() {
        return Opinions.ENTITY;
    }

    @Override
    public Map<String, Subject> subjects(Collection<String> ids) {
        return AuditSubjects.select(
                jdbc,
                "SELECT p.id, " + TreeSql.name("p.organization_id") + " || ' — ' || left(p.content, 80)"
                        + " FROM portal_opinion p WHERE p.id IN (:ids)",
                ids);
    }
}
