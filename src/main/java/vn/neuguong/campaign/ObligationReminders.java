package vn.neuguong.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.neuguong.notification.NoticeRows;
import vn.neuguong.notification.NoticeSql;
import vn.neuguong.notification.NotificationKind;
import vn.neuguong.notification.Notifications;
import vn.neuguong.organization.TreeSql;

/**
 * Tells organizations of obligations coming due and of those overdue. Every notice has a dedup key naming the
 * obligation (and the days before), so running the job twice, or on two nodes at once, sends each notice once.
 *
 * <p>The notices are written by one statement per range of {@link ReminderProperties#batchSize} obligation ids
 * ({@link Notifications#notifyOrganizations(NoticeRows)}), each its own transaction: a national backlog is not one
 * transaction holding its locks for minutes, and a run broken off half way is finished by the next one, which skips
 * what was stored.
 */
@Component
public class ObligationReminders {

    private static final Logger log = LoggerFactory.getLogger(ObligationReminders.class);

    /**
     * One notice per open obligation of the id range that meets {@code condition} (on {@code ob}, the day its
     * parameter): the obligation by its kind (in the reader's language) and label, its due day, the campaign and the
     * organization, arguments 0 to 4 of the title and body messages. A line awaiting its event has no due day yet:
     * it is reminded once the event gives it one. A line refined by a cascade's line is announced through that one,
     * due no later.
     */
    private static String notices(String condition) {
        return "SELECT ob.organization_id, CAST(:kind AS text) AS kind, CAST(:key AS text) AS message_key, "
                + NoticeSql.arguments(
                        NoticeSql.message("'campaign.kind.' || ob.kind"),
                        NoticeSql.text(LABEL),
                        NoticeSql.day("ob.due_on"),
                        NoticeSql.text("c.title"),
                        NoticeSql.text(TreeSql.name("ob.organization_id")))
                + " AS message_args, '/campaigns/obligations?campaignId=' || ob.campaign_id AS link,"
                + " CAST(:dedup AS text) || ob.id || CAST(:dedupSuffix AS text) AS dedup_key, ob.id AS notice_order"
                + " FROM obligation ob JOIN campaign c ON c.id = ob.campaign_id AND c.status = 'LAUNCHED'"
                + " JOIN campaign_requirement r ON r.id = ob.requirement_id"
                + " WHERE ob.id BETWEEN :first AND :last AND ob.fulfilled_on IS NULL AND NOT ob.awaiting_event"
                + " AND NOT EXISTS (SELECT 1 FROM obligation k WHERE k.refines_obligation_id = ob.id)"
                + " AND " + condition;
    }

    /** The line's label and, for a recurring line, its period: each period's obligation is reminded on its own. */
    private static final String LABEL = "coalesce(' ' || r.label, '') || CASE WHEN ob.period_starts_on IS NULL"
            + " THEN '' ELSE ' (' || " + Periods.labelSql("ob.period_starts_on", "ob.period_ends_on") + " || ')' END";

    private static final String DUE = notices("ob.due_on = :day");
    private static final String OVERDUE = notices(ObligationStatus.lastOnTimeSql("ob") + " < :day");

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

    /** The ids of the obligations, first and last. */
    private record Ids(long first, long last) {}

    /** One kind of reminder: the obligations it is about, and its words. */
    private record Pass(
            String sql,
            LocalDate day,
            NotificationKind kind,
            String messageKey,
            String dedupPrefix,
            String dedupSuffix) {}

    /** Sends the reminders of {@code today}; returns how many notices were newly stored. */
    public int runReminders(LocalDate today) {
        long started = System.nanoTime();
        var passes = new ArrayList<Pass>();
        for (int days : properties.daysBefore().stream().distinct().toList()) {
            passes.add(new Pass(
                    DUE,
                    today.plusDays(days),
                    NotificationKind.OBLIGATION_DUE,
                    "campaign.reminder.due",
                    "obligation-due:",
                    ":" + days));
        }
        passes.add(new Pass(
                OVERDUE,
                today,
                NotificationKind.OBLIGATION_OVERDUE,
                "campaign.reminder.overdue",
                "obligation-overdue:",
                ""));
        var ids = jdbc.sql("SELECT coalesce(min(id), 0) AS first, coalesce(max(id), -1) AS last FROM obligation")
                .query(Ids.class)
                .single();
        long sent = 0;
        long skipped = 0;
        for (var pass : passes) {
            for (long first = ids.first(); first <= ids.last(); first += properties.batchSize()) {
                var chunk = notifications.notifyOrganizations(new NoticeRows(
                        pass.sql(),
                        Map.of(
                                "kind", pass.kind().name(),
                                "key", pass.messageKey(),
                                "dedup", pass.dedupPrefix(),
                                "dedupSuffix", pass.dedupSuffix(),
                                "day", pass.day(),
                                "first", first,
                                "last", first + properties.batchSize() - 1)));
                sent += chunk.stored();
                skipped += chunk.notices() - chunk.notified();
            }
        }
        log.info(
                "Obligation reminders for {}: {} sent, {} skipped (already reminded, or nobody to tell) in {} ms",
                today,
                sent,
                skipped,
                (System.nanoTime() - started) / 1_000_000);
        return Math.toIntExact(sent);
    }
}
