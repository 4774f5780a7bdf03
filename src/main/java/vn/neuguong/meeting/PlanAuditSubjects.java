package vn.neuguong.meeting;

import java.util.Collection;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.AuditSubjects;

/**
 * Names the cells' plans in the audit log by cell and month, the committees' due days by the committee, and the
 * preparation assignments by their content and meeting.
 */
final class PlanAuditSubjects {

    private PlanAuditSubjects() {}

    @Component
    static class Plans implements AuditSubjects {

        private final JdbcClient jdbc;

        Plans(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String entityType() {
            return "MeetingPlan";
        }

        @Override
        public Map<String, Subject> subjects(Collection<String> ids) {
            return AuditSubjects.select(
                    jdbc,
                    "SELECT p.id, " + TreeSql.name("p.cell_id") + " || ' · ' || to_char(p.month, 'MM/YYYY')"
                            + " FROM meeting_plan p WHERE p.id IN (:ids)",
                    ids);
        }
    }

    @Component
    static class Rules implements AuditSubjects {

        private final JdbcClient jdbc;

        Rules(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String entityType() {
            return "MeetingPlanRule";
        }

        @Override
        public Map<String, Subject> subjects(Collection<String> ids) {
            return AuditSubjects.select(
                    jdbc,
                    "SELECT r.organization_id, " + TreeSql.name("r.organization_id")
                            + " FROM meeting_plan_rule r WHERE r.organization_id IN (:ids)",
                    ids);
        }
    }

    @Component
    static class Preparations implements AuditSubjects {

        private final JdbcClient jdbc;

        Preparations(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String entityType() {
            return "MeetingPreparation";
        }

        @Override
        public Map<String, Subject> subjects(Collection<String> ids) {
            return AuditSubjects.select(
                    jdbc,
                    "SELECT p.id, p.title || ' · ' || m.title FROM meeting_preparation p JOIN meeting m"
                            + " ON m.id = p.meeting_id WHERE p.id IN (:ids)",
                    ids);
        }
    }
}
