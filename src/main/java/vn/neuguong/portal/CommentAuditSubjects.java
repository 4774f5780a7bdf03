package vn.neuguong.portal;

import java.util.Collection;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.shared.AuditSubjects;

/** Names a reader's comment in the audit log by its title and the article it is on. */
@Component
class CommentAuditSubjects implements AuditSubjects {

    private final JdbcClient jdbc;

    CommentAuditSubjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String entityType() {
        return CommentModeration.ENTITY;
    }

    @Override
    public Map<String, Subject> subjects(Collection<String> ids) {
        return AuditSubjects.select(
                jdbc,
                "SELECT c.id, c.title || ' — ' || a.title FROM portal_comment c"
                        + " JOIN portal_article a ON a.id = c.article_id WHERE c.id IN (:ids)",
                ids);
    }
}
