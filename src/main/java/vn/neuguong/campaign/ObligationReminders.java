package vn.neuguong.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.neuguong.notification.NoticeText;
import vn.neuguong.notification.NotificationKind;
import vn.neuguong.notification.Notifications;
import vn.neuguong.organization.TreeSql;

/**
 * Tells organizations of obligations coming due and of those overdue. Every notice has a dedup key naming the
 * obligation (and the days before), so running the job twice, or on two nodes at once, sends each notice once.
 */
@Component
public class ObligationReminders {

    private static final Logger log = LoggerFactory.getLogger(ObligationReminders.class);

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final ReminderProperties properties;
    private final Clock clock;

    ObligationReminders(JdbcClient jdbc, Notifications notifications, ReminderProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${neuguong.reminders.cron:0 0 6 * * *}")
    @SchedulerLock(name = "obligation-reminders", lockAtMostFor = "PT30M")
    public void scheduled() {
        runReminders(LocalDate.now(clock));
    }

    record Open(
            long id,
            long campaignId,
            String campaignTitle,
            long organizationId,
            String organizationName,
            ObligationKind kind,
            String label,
            LocalDate dueOn,
            LocalDate periodStartsOn,
            LocalDate periodEndsOn) {}

    /** Sends the reminders of {@code today}; returns how many notices were newly stored. */
    public int runReminders(LocalDate today) {
        long started = System.nanoTime();
        int sent = 0;
        int skipped = 0;
        for (int days : properties.daysBefore().stream().distinct().toList()) {
            for (var open : open("ob.due_on = :day", today.plusDays(days))) {
                int stored = send(
                        open,
                        NotificationKind.OBLIGATION_DUE,
                        "campaign.reminder.due",
                        "obligation-due:" + open.id() + ":" + days);
                sent += stored;
                skipped += stored == 0 ? 1 : 0;
            }
        }
        for (var open : open(ObligationStatus.lastOnTimeSql("ob") + " < :day", today)) {
            int stored = send(
                    open,
                    NotificationKind.OBLIGATION_OVERDUE,
                    "campaign.reminder.overdue",
                    "obligation-overdue:" + open.id());
            sent += stored;
            skipped += stored == 0 ? 1 : 0;
        }
        log.info(
                "Obligation reminders for {}: {} sent, {} skipped (already reminded, or nobody to tell) in {} ms",
                today,
                sent,
                skipped,
                (System.nanoTime() - started) / 1_000_000);
        return sent;
    }

    private List<Open> open(String condition, LocalDate day) {
        return jdbc.sql("SELECT ob.id, ob.campaign_id, c.title AS campaign_title, ob.organization_id, "
                        + TreeSql.name("ob.organization_id")
                        + " AS organization_name, ob.kind, r.label, ob.due_on, ob.period_starts_on, ob.period_ends_on"
                        + " FROM obligation ob JOIN campaign c ON c.id = ob.campaign_id AND c.status = 'LAUNCHED' "
                        + "JOIN campaign_requirement r ON r.id = ob.requirement_id "
                        // a line awaiting its event has no due day yet: it is reminded once the event gives it one
                        + "WHERE ob.fulfilled_on IS NULL AND NOT ob.awaiting_event AND " + condition
                        // a line refined by a cascade's line is announced through that one, due no later
                        + " AND NOT EXISTS (SELECT 1 FROM obligation k WHERE k.refines_obligation_id = ob.id)"
                        + " ORDER BY ob.id")
                .param("day", day)
                .query(Open.class)
                .list();
    }

    /** The line's label and, for a recurring line, its period: each period's obligation is reminded on its own. */
    private static String label(Open open) {
        String label = open.label() == null ? "" : " " + open.label();
        return open.periodStartsOn() == null
                ? label
                : label + " (" + Periods.label(open.periodStartsOn(), open.periodEndsOn(), VIETNAMESE) + ")";
    }

    private static final java.util.Locale VIETNAMESE = java.util.Locale.forLanguageTag("vi");

    /**
     * The notice names the obligation by its kind (in the reader's language) and label, its due day, the campaign
     * and the organization: arguments 0 to 4 of the title and body messages.
     */
    private int send(Open open, NotificationKind kind, String key, String dedupKey) {
        var text = NoticeText.of(
                key,
                NoticeText.message("campaign.kind." + open.kind()),
                NoticeText.text(label(open)),
                NoticeText.day(open.dueOn()),
                NoticeText.text(open.campaignTitle()),
                NoticeText.text(open.organizationName()));
        return notifications.notifyOrganizations(
                List.of(open.organizationId()),
                kind,
                text,
                "/campaigns/obligations?campaignId=" + open.campaignId(),
                dedupKey);
    }
}
