package vn.neuguong.member;

import java.util.Collection;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.shared.AuditSubjects;

/** Names persons, and their posts, in the audit log by the person's full name. */
@Component
class PersonAuditSubjects implements AuditSubjects {

    private final JdbcClient jdbc;

    PersonAuditSubjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String entityType() {
        return "Person";
    }

    @Override
    public Map<String, Subject> subjects(Collection<String> ids) {
        return AuditSubjects.select(jdbc, "SELECT p.id, p.full_name FROM person p WHERE p.id IN (:ids)", ids);
    }

    /** Names a post by its holder and its wording. */
    @Component
    static class Posts implements AuditSubjects {

        private final JdbcClient jdbc;

        Posts(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String entityType() {
            return "PersonPost";
        }

        @Override
        public Map<String, Subject> subjects(Collection<String> ids) {
            return AuditSubjects.select(
                    jdbc,
                    "SELECT pp.id, p.full_name || ' · ' || pp.title_text FROM person_post pp"
                            + " JOIN person p ON p.id = pp.person_id WHERE pp.id IN (:ids)",
                    ids);
        }
    }
}
