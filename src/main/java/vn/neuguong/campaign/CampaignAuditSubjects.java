package vn.neuguong.campaign;

import java.util.Collection;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.shared.AuditSubjects;

/** Names campaigns in the audit log by their title. */
@Component
class CampaignAuditSubjects implements AuditSubjects {

    private final JdbcClient jdbc;

    CampaignAuditSubjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String entityType() {
        return "Campaign";
    }

    @Override
    public Map<String, Subject> subjects(Collection<String> ids) {
        return AuditSubjects.select(jdbc, "SELECT c.id, c.title FROM campaign c WHERE c.id IN (:ids)", ids);
    }

    /**
     * Names an obligation by the label of its requirement, or by the requirement's kind (a message key) when it has
     * no label.
     */
    @Component
    static class Obligations implements AuditSubjects {

        private final JdbcClient jdbc;

        Obligations(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String entityType() {
            return "Obligation";
        }

        @Override
        public Map<String, Subject> subjects(Collection<String> ids) {
            return AuditSubjects.select(jdbc, """
                            SELECT ob.id, r.label, 'campaign.kind.' || r.kind FROM obligation ob
                            JOIN campaign_requirement r ON r.id = ob.requirement_id WHERE ob.id IN (:ids)
                            """, ids);
        }
    }
}
