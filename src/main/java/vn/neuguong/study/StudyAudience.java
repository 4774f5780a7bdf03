package vn.neuguong.study;

import java.time.LocalDate;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.campaign.CampaignLaunched;
import vn.neuguong.campaign.CampaignSql;
import vn.neuguong.member.MemberSql;
import vn.neuguong.shared.AuditLog;

/**
 * Who owes a study file: the members expected, on the launch day, in the cells that owe the campaign's members'
 * submissions (the member module's rule: an exempt member owes nothing, one in temporary activity owes the host
 * cell). Fixed once, in one statement, when the campaign is launched; a campaign launched before this module knew of
 * it is fixed on first need.
 */
@Component
class StudyAudience {

    private static final Logger log = LoggerFactory.getLogger(StudyAudience.class);

    static final String FILES_SQL = """
            INSERT INTO study_file (campaign_id, member_id, cell_id, due_on)
            SELECT :campaign, m.id, o.organization_id, o.due_on
            FROM (%s) o
            CROSS JOIN LATERAL (%s) m
            ON CONFLICT (campaign_id, member_id) DO NOTHING
            """.formatted(
                    CampaignSql.memberSubmissionsOwed(":campaign"),
                    MemberSql.expectedIn("o.organization_id", "CAST(:launchedOn AS date)"));

    private final JdbcClient jdbc;
    private final AuditLog audit;

    StudyAudience(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(CampaignLaunched launched) {
        fix(launched.campaignId(), launched.launchedOn());
    }

    /**
     * Fixes the audience of the campaign, once: the round's row is taken first, so a second call (another node, the
     * listener and a first need at once) waits for the first and then adds nothing. Returns the members added.
     */
    @Transactional
    public int fix(long campaignId, LocalDate launchedOn) {
        int taken = jdbc.sql("INSERT INTO study_round (campaign_id, launched_on, members) VALUES (:c, :on, 0)"
                        + " ON CONFLICT (campaign_id) DO NOTHING")
                .param("c", campaignId)
                .param("on", launchedOn)
                .update();
        if (taken == 0) {
            return 0;
        }
        int members = jdbc.sql(FILES_SQL)
                .param("campaign", campaignId)
                .param("launchedOn", launchedOn)
                .update();
        jdbc.sql("UPDATE study_round SET members = :n WHERE campaign_id = :c")
                .param("n", members)
                .param("c", campaignId)
                .update();
        audit.created("StudyRound", campaignId, null, Map.of("launchedOn", launchedOn, "members", members));
        log.info("Study files of campaign {}: {} members owe a reflection and an action plan", campaignId, members);
        return members;
    }

    private record Pending(long campaignId, LocalDate launchedOn) {}

    /** Fixes the audience of every launched campaign owing members' submissions that has none yet. */
    @Transactional
    public void fixPending() {
        var pending = jdbc.sql("SELECT l.campaign_id, l.launched_on FROM ("
                        + CampaignSql.launchedWithMemberSubmissions() + ") l WHERE NOT EXISTS"
                        + " (SELECT 1 FROM study_round r WHERE r.campaign_id = l.campaign_id) ORDER BY l.campaign_id")
                .query(Pending.class)
                .list();
        pending.forEach(p -> fix(p.campaignId(), p.launchedOn()));
    }
}
