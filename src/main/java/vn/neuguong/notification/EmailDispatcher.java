package vn.neuguong.notification;

import java.util.List;
import java.util.Locale;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;
import vn.neuguong.web.Messages;

/**
 * E-mails stored notices. Rows are claimed before sending: one statement sets {@code emailed_at} on a batch that
 * it locks with {@code FOR UPDATE SKIP LOCKED}, and commits. Two dispatchers on two nodes (or two threads) claim
 * disjoint batches, so no notice is ever e-mailed twice, even when the ShedLock lock is not held. A failed send
 * gives its row back for the next run, a few times at most.
 */
@Component
class EmailDispatcher {

    static final int MAX_FAILURES = 5;
    private static final Logger log = LoggerFactory.getLogger(EmailDispatcher.class);

    private static final String CLAIM = """
            WITH claimed AS (
                UPDATE notification n SET emailed_at = now()
                WHERE n.id IN (
                    SELECT c.id FROM notification c
                    JOIN account a ON a.id = c.account_id
                    LEFT JOIN notification_preference p ON p.account_id = c.account_id AND p.kind = c.kind
                    WHERE c.emailed_at IS NULL
                      AND c.created_at > now() - make_interval(secs => :maxAgeSeconds)
                      AND c.email_failures < :maxFailures
                      AND a.enabled AND coalesce(a.email, '') <> ''
                      AND coalesce(p.email, true)
                    ORDER BY c.created_at, c.id
                    LIMIT :batch
                    FOR UPDATE OF c SKIP LOCKED)
                RETURNING n.id, n.account_id, n.title, n.body, n.link)
            SELECT c.id, c.title, c.body, c.link, a.email, a.display_name, a.locale
            FROM claimed c JOIN account a ON a.id = c.account_id
            ORDER BY c.id
            """;

    record Claimed(long id, String title, String body, String link, String email, String displayName, String locale) {}

    private final JdbcClient jdbc;
    private final MailChannel mail;
    private final MessageSource messages;
    private final NotificationProperties.Schedule schedule;

    EmailDispatcher(JdbcClient jdbc, MailChannel mail, MessageSource messages, NotificationProperties properties) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.messages = messages;
        this.schedule = properties.notifications();
    }

    /** The scheduled run; ShedLock keeps it to one node at a time. */
    @SchedulerLock(name = "notification-email-dispatch", lockAtMostFor = "PT10M")
    public void run() {
        dispatch();
    }

    /** Sends every pending notice, batch by batch; returns how many e-mails went out. */
    int dispatch() {
        if (!mail.available()) {
            return 0;
        }
        int sent = 0;
        List<Claimed> batch;
        do {
            batch = claim();
            for (var notice : batch) {
                sent += send(notice) ? 1 : 0;
            }
        } while (batch.size() == schedule.batchSize());
        return sent;
    }

    private List<Claimed> claim() {
        return jdbc.sql(CLAIM)
                .param("maxAgeSeconds", schedule.maxAge().toSeconds())
                .param("maxFailures", MAX_FAILURES)
                .param("batch", schedule.batchSize())
                .query(Claimed.class)
                .list();
    }

    private boolean send(Claimed notice) {
        Locale locale = Locale.forLanguageTag(notice.locale() == null ? "vi" : notice.locale());
        String title = Messages.resolve(messages, notice.title(), locale);
        var text = new StringBuilder()
                .append(messages.getMessage("notification.mail.greeting", new Object[] {notice.displayName()}, locale))
                .append("\n\n")
                .append(title)
                .append('\n');
        if (notice.body() != null && !notice.body().isBlank()) {
            text.append(notice.body()).append('\n');
        }
        if (notice.link() != null && !notice.link().isBlank()) {
            text.append('\n')
                    .append(messages.getMessage(
                            "notification.mail.open", new Object[] {mail.absolute(notice.link())}, locale))
                    .append('\n');
        }
        text.append("\n-- \n")
                .append(messages.getMessage(
                        "notification.mail.footer",
                        new Object[] {mail.absolute("/notifications/preferences")},
                        locale));
        String subject = messages.getMessage("notification.mail.subject", new Object[] {title}, locale);
        try {
            mail.send(notice.email(), notice.displayName(), subject, text.toString());
            return true;
        } catch (MailException e) {
            log.warn("Could not e-mail notification {} to {}: {}", notice.id(), notice.email(), e.getMessage());
            jdbc.sql("UPDATE notification SET emailed_at = NULL, email_failures = email_failures + 1 WHERE id = :id")
                    .param("id", notice.id())
                    .update();
            return false;
        }
    }
}
