package vn.neuguong.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.neuguong.notification.NotificationKind;
import vn.neuguong.notification.Notifications;

/**
 * Tells organizations of obligations coming due and of those overdue. Every notice has a dedup key naming the
 * obligation (and the days before), so running the job twice, or on two nodes at once, sends each notice once.
 */
@Component
public class ObligationReminders {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final MessageSource messages;
    private final ReminderProperties properties;

    ObligationReminders(
            JdbcClient jdbc, Notifications notifications, MessageSource messages, ReminderProperties properties) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.messages = messages;
        this.properties = properties;
    }

    @Scheduled(cron = "${neuguong.reminders.cron:0 0 6 * * *}")
    @SchedulerLock(name = "obligation-reminders", lockAtMostFor = "PT30M")
    public void scheduled() {
        runReminders(LocalDate.now());
    }

    record Open(
            long id,
            long campaignId,
            String campaignTitle,
            long organizationId,
            String organizationName,
            ObligationKind kind,
            String label,
            LocalDate dueOn) {}

    /** Sends the reminders of {@code today}; returns how many notices were newly stored. */
    public int runReminders(LocalDate today) {
        int sent = 0;
        for (int days : properties.daysBefore().stream().distinct().toList()) {
            for (var open : open("ob.due_on = :day", today.plusDays(days))) {
                sent += send(
                        open,
                        NotificationKind.OBLIGATION_DUE,
                        "campaign.reminder.due",
                        "obligation-due:" + open.id() + ":" + days);
            }
        }
        for (var open : open("ob.due_on < :day", today)) {
            sent += send(
                    open,
                    NotificationKind.OBLIGATION_OVERDUE,
                    "campaign.reminder.overdue",
                    "obligation-overdue:" + open.id());
        }
        return sent;
    }

    private List<Open> open(String condition, LocalDate day) {
        return jdbc.sql("SELECT ob.id, ob.campaign_id, c.title AS campaign_title, ob.organization_id, "
                        + "o.name AS organization_name, ob.kind, r.label, ob.due_on FROM obligation ob "
                        + "JOIN campaign c ON c.id = ob.campaign_id AND c.status = 'LAUNCHED' "
                        + "JOIN campaign_requirement r ON r.id = ob.requirement_id "
                        + "JOIN organization o ON o.id = ob.organization_id "
                        + "WHERE ob.fulfilled_on IS NULL AND " + condition
                        // a line refined by a cascade's line is announced through that one, due no later
                        + " AND NOT EXISTS (SELECT 1 FROM obligation k WHERE k.refines_obligation_id = ob.id)"
                        + " ORDER BY ob.id")
                .param("day", day)
                .query(Open.class)
                .list();
    }

    private int send(Open open, NotificationKind kind, String key, String dedupKey) {
        String what = messages.getMessage("campaign.kind." + open.kind(), null, VIETNAMESE)
                + (open.label() == null ? "" : " " + open.label());
        String title = messages.getMessage(key + ".title", new Object[] {what, open.dueOn()}, VIETNAMESE);
        String body = messages.getMessage(
                key + ".body", new Object[] {open.campaignTitle(), open.organizationName(), open.dueOn()}, VIETNAMESE);
        return notifications.notifyOrganizations(
                List.of(open.organizationId()),
                kind,
                title,
                body,
                "/campaigns/obligations?campaignId=" + open.campaignId(),
                dedupKey);
    }
}
