package vn.neuguong.supervision;

import java.util.Collection;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.neuguong.member.MemberSql;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.AuditSubjects;

/** Names supervision's records in the audit log: a visit by its subject, the others by their member, cell or text. */
@Configuration(proxyBeanMethods = false)
class SupervisionAuditSubjects {

    /** The subjects of one entity type, named by one statement. */
    record Named(JdbcClient jdbc, String entityType, String sql) implements AuditSubjects {

        @Override
        public Map<String, Subject> subjects(Collection<String> ids) {
            return AuditSubjects.select(jdbc, sql, ids);
        }
    }

    @Bean
    AuditSubjects overseerSubjects(JdbcClient jdbc) {
        return new Named(
                jdbc,
                "CellOverseer",
                "SELECT ov.id, " + MemberSql.fullName("ov.member_id") + " || ' · ' || " + TreeSql.name("ov.cell_id")
                        + " FROM cell_overseer ov WHERE ov.id IN (:ids)");
    }

    @Bean
    AuditSubjects assessmentSubjects(JdbcClient jdbc) {
        return new Named(
                jdbc,
                "MeetingAssessment",
                "SELECT a.id, " + TreeSql.name("a.cell_id")
                        + " || ' · ' || to_char(a.month, 'MM/YYYY') FROM meeting_assessment a WHERE a.id IN (:ids)");
    }

    @Bean
    AuditSubjects visitSubjects(JdbcClient jdbc) {
        return new Named(
                jdbc, "SupervisionVisit", "SELECT v.id, v.subject FROM supervision_visit v WHERE v.id IN (:ids)");
    }

    @Bean
    AuditSubjects recommendationSubjects(JdbcClient jdbc) {
        return new Named(
                jdbc,
                "SupervisionRecommendation",
                "SELECT r.id, r.text FROM supervision_recommendation r WHERE r.id IN (:ids)");
    }
}
