package vn.neuguong.study;

import java.util.Collection;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.campaign.CampaignSql;
import vn.neuguong.member.MemberSql;
import vn.neuguong.organization.TreeSql;
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

    /** Names a committee's action programme by the committee's name and the programme's title. */
    @Component
    static class Programmes implements AuditSubjects {

        private final JdbcClient jdbc;

        Programmes(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String entityType() {
            return "ActionProgramme";
        }

        @Override
        public Map<String, Subject> subjects(Collection<String> ids) {
            return AuditSubjects.select(
                    jdbc,
                    "SELECT p.id, " + TreeSql.name("p.organization_id")
                            + " || ' — ' || p.title FROM study_programme p WHERE p.id IN (:ids)",
                    ids);
        }
    }

    /** Names a self-cultivation plan by its leader, post and period, and a comment by the plan it was written on. */
    @Component
    static class Plans implements AuditSubjects {

        private final JdbcClient jdbc;

        Plans(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String entityType() {
            return SelfCultivationWork.ENTITY;
        }

        @Override
        public Map<String, Subject> subjects(Collection<String> ids) {
            return AuditSubjects.select(
                    jdbc,
                    "SELECT p.id, p.leader_name || ' — ' || p.leader_post || ' — ' || p.period"
                            + " FROM self_cultivation_plan p WHERE p.id IN (:ids)",
                    ids);
        }
    }

    /** Names a comment on a self-cultivation plan by its author and the plan's leader and period. */
    @Component
    static class PlanComments implements AuditSubjects {

        private final JdbcClient jdbc;

        PlanComments(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String entityType() {
            return "SelfCultivationComment";
        }

        @Override
        public Map<String, Subject> subjects(Collection<String> ids) {
            return AuditSubjects.select(
                    jdbc,
                    "SELECT c.id, " + MemberSql.fullName("c.member_id") + " || ' → ' || p.leader_name || ' — '"
                            + " || p.period FROM self_cultivation_comment c JOIN self_cultivation_plan p"
                            + " ON p.id = c.plan_id WHERE c.id IN (:ids)",
                    ids);
        }
    }
}
