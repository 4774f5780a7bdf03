package vn.neuguong.member;

import java.util.Collection;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.shared.AuditSubjects;

/** Names members in the audit log by their full name. */
@Component
class MemberAuditSubjects implements AuditSubjects {

    private final JdbcClient jdbc;

    MemberAuditSubjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String entityType() {
        return "Member";
    }

    @Override
    public Map<String, Subject> subjects(Collection<String> ids) {
        return AuditSubjects.select(jdbc, "SELECT m.id, m.full_name FROM member m WHERE m.id IN (:ids)", ids);
    }

    /** Names a member's position in the audit log by the member's full name. */
    @Component
    static class Positions implements AuditSubjects {

        private final JdbcClient jdbc;

        Positions(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String entityType() {
            return "MemberPosition";
        }

        @Override
        public Map<String, Subject> subjects(Collection<String> ids) {
            return AuditSubjects.select(
                    jdbc,
                    "SELECT mp.id, m.full_name FROM member_position mp JOIN member m ON m.id = mp.member_id"
                            + " WHERE mp.id IN (:ids)",
                    ids);
        }
    }
}
