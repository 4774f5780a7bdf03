package vn.neuguong.study;

import java.util.Collection;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.campaign.CampaignSql;
import vn.neuguong.member.MemberSql;
import vn.neuguong.shared.AuditSubjects;

/** Names a campaign's round of study files by the campaign's title in the audit log. */
@Component
class StudyAuditSubjects implements AuditSubjects {

    private final JdbcClient jdbc;

    StudyAuditSubjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String entityType() {
        return "StudyRound";
    }

    @Override
    public Map<String, Subject> subjects(Collection<String> ids) {
        return AuditSubjects.select(
                jdbc,
                "SELECT r.campaign_id, " + CampaignSql.title("r.campaign_id")
                        + " FROM study_round r WHERE r.campaign_id IN (:ids)",
                ids);
    }

    /** Names a member's study file by the member's full name and the campaign's title. */
    @Component
    static class Files implements AuditSubjects {

        private final JdbcClient jdbc;

        Files(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String entityType() {
            return "StudyFile";
        }

        @Override
        public Map<String, Subject> subjects(Collection<String> ids) {
            return AuditSubjects.select(
                    jdbc,
                    "SELECT f.id, " + MemberSql.fullName("f.member_id") + " || ' — ' || "
                            + CampaignSql.title("f.campaign_id") + " FROM study_file f WHERE f.id IN (:ids)",
                    ids);
        }
    }
}
