package vn.neuguong.report;

import java.util.Collection;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.AuditSubjects;

/**
 * Names a report in the audit log by its organization, template and period, so the log reads "Đảng ủy phường Văn
 * Miếu — Báo cáo … — 01/01/2023–31/03/2023" instead of a number.
 */
@Component
class ReportAuditSubjects implements AuditSubjects {

    private final JdbcClient jdbc;

    ReportAuditSubjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String entityType() {
        return "Report";
    }

    @Override
    public Map<String, Subject> subjects(Collection<String> ids) {
        return AuditSubjects.select(
                jdbc,
                "SELECT r.id, " + TreeSql.name("r.organization_id") + " || ' — ' || t.title || ' — '"
                        + " || to_char(r.period_starts_on, 'DD/MM/YYYY') || '–' || to_char(r.period_ends_on, 'DD/MM/YYYY')"
                        + " FROM report r JOIN report_template t ON t.id = r.template_id WHERE r.id IN (:ids)",
                ids);
    }

    /** Names a template by its committee and title. */
    @Component
    static class Templates implements AuditSubjects {

        private final JdbcClient jdbc;

        Templates(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String entityType() {
            return "ReportTemplate";
        }

        @Override
        public Map<String, Subject> subjects(Collection<String> ids) {
            return AuditSubjects.select(
                    jdbc,
                    "SELECT t.id, " + TreeSql.name("t.organization_id") + " || ' — ' || t.title FROM report_template t"
                            + " WHERE t.id IN (:ids)",
                    ids);
        }
    }

    /** Names a review by its committee and title. */
    @Component
    static class Reviews implements AuditSubjects {

        private final JdbcClient jdbc;

        Reviews(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String entityType() {
            return "Review";
        }

        @Override
        public Map<String, Subject> subjects(Collection<String> ids) {
            return AuditSubjects.select(
                    jdbc,
                    "SELECT v.id, " + TreeSql.name("v.organization_id") + " || ' — ' || v.title FROM report_review v"
                            + " WHERE v.id IN (:ids)",
                    ids);
        }
    }
}
