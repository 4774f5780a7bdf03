package vn.neuguong.commendation;

import java.util.Collection;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.directive.DocumentSql;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.AuditSubjects;

/**
 * Names the commendation's records in the audit log: a round by its committee and title, a nomination by its
 * nominee and round, a decision by its number, a form by its name.
 */
@Component
class CommendationAuditSubjects implements AuditSubjects {

    private final JdbcClient jdbc;

    CommendationAuditSubjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String entityType() {
        return "CommendationRound";
    }

    @Override
    public Map<String, Subject> subjects(Collection<String> ids) {
        return AuditSubjects.select(
                jdbc,
                "SELECT r.id, " + TreeSql.name("r.organization_id") + " || ' — ' || r.title FROM commendation_round r"
                        + " WHERE r.id IN (:ids)",
                ids);
    }

    /** Names a nomination by its nominee and round. */
    @Component
    static class NominationSubjects implements AuditSubjects {

        private final JdbcClient jdbc;

        NominationSubjects(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String entityType() {
            return "Nomination";
        }

        @Override
        public Map<String, Subject> subjects(Collection<String> ids) {
            return AuditSubjects.select(
                    jdbc,
                    "SELECT n.id, " + Nominations.NOMINEE_NAME + " || ' — ' || r.title FROM commendation_nomination n"
                            + " JOIN commendation_round r ON r.id = n.round_id WHERE n.id IN (:ids)",
                    ids);
        }
    }

    /** Names a decision by its number. */
    @Component
    static class DecisionSubjects implements AuditSubjects {

        private final JdbcClient jdbc;

        DecisionSubjects(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String entityType() {
            return "CommendationDecision";
        }

        @Override
        public Map<String, Subject> subjects(Collection<String> ids) {
            return AuditSubjects.select(
                    jdbc,
                    "SELECT d.id, " + DocumentSql.numberText("d.document_id") + " FROM commendation_decision d"
                            + " WHERE d.id IN (:ids)",
                    ids);
        }
    }

    /** Names a form of award by its name. */
    @Component
    static class FormSubjects implements AuditSubjects {

        private final JdbcClient jdbc;

        FormSubjects(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String entityType() {
            return "AwardForm";
        }

        @Override
        public Map<String, Subject> subjects(Collection<String> ids) {
            if (ids.isEmpty()) {
                return Map.of();
            }
            return jdbc
                    .sql("SELECT f.code, f.name FROM commendation_form f WHERE f.code IN (:ids)")
                    .param("ids", ids)
                    .query((rs, n) -> Map.entry(rs.getString(1), new Subject(rs.getString(2), null)))
                    .list()
                    .stream()
                    .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        }
    }
}
