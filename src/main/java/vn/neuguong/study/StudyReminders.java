package vn.neuguong.study;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.neuguong.campaign.CampaignSql;
import vn.neuguong.notification.NoticeText;
import vn.neuguong.notification.NotificationKind;
import vn.neuguong.notification.Notifications;

/**
 * Reminds the members who have not handed in their study file, some days before it is due, through the
 * notifications. A notice's dedup key names the campaign, the due day and the days before, so running the job twice,
 * or on two nodes, tells each member once; a member who handed in (even a version since returned) is not told.
 */
@Component
public class StudyReminders {

    private static final Logger log = LoggerFactory.getLogger(StudyReminders.class);

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final StudyProperties properties;
    private final Clock clock;

    StudyReminders(JdbcClient jdbc, Notifications notifications, StudyProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${neuguong.reminders.cron:0 0 6 * * *}")
    @SchedulerLock(name = "study-reminders", lockAtMostFor = "PT30M")
    public void scheduled() {
        runReminders(LocalDate.now(clock));
    }

    /** The members of one campaign owing a file due on one day who have not handed it in. */
    record Owing(long campaignId, String campaignTitle, LocalDate dueOn, List<Long> memberIds) {}

    /** Sends the reminders of {@code today}; returns how many members were newly told. */
    public int runReminders(LocalDate today) {
        int sent = 0;
        for (int days : properties.reminderDaysBefore().stream().distinct().toList()) {
            for (var owing : owing(today.plusDays(days))) {
                sent += notifications.notifyMembers(
                        owing.memberIds(),
                        NotificationKind.OBLIGATION_DUE,
                        NoticeText.of(
                                "study.reminder.due",
                                NoticeText.text(owing.campaignTitle()),
                                NoticeText.day(owing.dueOn())),
                        "/study/campaigns/" + owing.campaignId(),
                        "study-due:" + owing.campaignId() + ":" + owing.dueOn() + ":" + days);
            }
        }
        log.info("Study reminders for {}: {} members told", today, sent);
        return sent;
    }

    private List<Owing> owing(LocalDate dueOn) {
        return jdbc.sql("SELECT f.campaign_id, " + CampaignSql.title("f.campaign_id") + " AS campaign_title, f.due_on,"
                        + " array_agg(f.member_id ORDER BY f.member_id) AS member_ids FROM study_file f"
                        + " WHERE f.due_on = :day AND f.first_submitted_on IS NULL"
                        + " GROUP BY f.campaign_id, f.due_on ORDER BY f.campaign_id")
                .param("day", dueOn)
                .query((rs, n) ->
                        new Owing(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), List.of((Long[])
                                rs.getArray(4).getArray())))
                .list();
    }
}
