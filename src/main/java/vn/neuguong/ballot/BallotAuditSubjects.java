package vn.neuguong.ballot;

import java.util.Collection;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.AuditSubjects;

/**
 * Names a ballot round in the audit log by its organization, title and period. Only the staff's acts are audited
 * (drafting, opening, slips, receipts, closing, follow-up); the ballots never are.
 */
@Component
class BallotAuditSubjects implements AuditSubjects {

    private final JdbcClient jdbc;

    BallotAuditSubjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String entityType() {
        return "BallotRound";
    }

    @Override
    public Map<String, Subject> subjects(Collection<String> ids) {
        return AuditSubjects.select(
                jdbc,
                "SELECT r.id, " + TreeSql.name("r.organization_id") + " || ' — ' || r.title || ' — ' || r.period_label"
                        + " FROM ballot_round r WHERE r.id IN (:ids)",
                ids);
    }

    /** Names a remedial measure by its round's title and the measure's first words. */
    @Component
    static class Measures implements AuditSubjects {

        private final JdbcClient jdbc;

        Measures(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String entityType() {
            return FollowUps.MEASURE;
        }

        @Override
        public Map<String, Subject> subjects(Collection<String> ids) {
            return AuditSubjects.select(
                    jdbc,
                    "SELECT m.id, r.title || ' — ' || left(m.measure, 80) FROM ballot_measure m"
                            + " JOIN ballot_round r ON r.id = m.round_id WHERE m.id IN (:ids)",
                    ids);
        }
    }
}
