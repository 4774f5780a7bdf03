package vn.neuguong.notification;

import java.time.LocalDate;
import java.time.ZoneId;
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
 * Once a day, one e-mail per account that wants the digest, listing its unread notices of the last day. Inserting
 * the (account, day) row of {@code notification_digest} claims the send, so a second run on the same day, on any
 * node, sends nothing.
 */
@Component
class DailyDigest {

    private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);

    private static final String CLAIM = """
            INSERT INTO notification_digest (account_id, day, notices)
            SELECT n.account_id, :day, count(*)
            FROM notification n
            JOIN account a ON a.id = n.account_id
            LEFT JOIN notification_preference p ON p.account_id = a.id AND p.kind = 'DAILY_DIGEST'
            WHERE n.in_app AND n.read_at IS NULL AND n.created_at > now() - interval '1 day'
              AND a.enabled AND coalesce(a.email, '') <> '' AND coalesce(p.email, true)
            GROUP BY n.account_id
            ON CONFLICT (account_id, day) DO NOTHING
            RETURNING account_id
            """;

    record Recipient(String email, String displayName, String locale) {}

    record Notice(String kind, String title, String body) {}

    private final JdbcClient jdbc;
    private final MailChannel mail;
    private final MessageSource messages;
    private final ZoneId zone;

    DailyDigest(JdbcClient jdbc, MailChannel mail, MessageSource messages, NotificationProperties properties) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.messages = messages;
        this.zone = ZoneId.of(properties.notifications().zone());
    }

    @SchedulerLock(name = "notification-daily-digest", lockAtMostFor = "PT30M")
    public void run() {
        send(LocalDate.now(zone));
    }

    /** Sends the digest of {@code day}; returns how many e-mails went out. */
    int send(LocalDate day) {
        if (!mail.available()) {
            return 0;
        }
        List<Long> accounts =
                jdbc.sql(CLAIM).param("day", day).query(Long.class).list();
        int sent = 0;
        for (long accountId : accounts) {
            sent += sendTo(accountId) ? 1 : 0;
        }
        return sent;
    }

    private boolean sendTo(long accountId) {
        var recipient = jdbc.sql("SELECT email, display_name, locale FROM account WHERE id = :id")
                .param("id", accountId)
                .query(Recipient.class)
                .single();
        List<Notice> notices =
                jdbc.sql("""
                        SELECT kind, title, body FROM notification
                        WHERE account_id = :id AND in_app AND read_at IS NULL AND created_at > now() - interval '1 day'
                        ORDER BY created_at DESC, id DESC
                        """).param("id", accountId).query(Notice.class).list();
        Locale locale = Locale.forLanguageTag(recipient.locale() == null ? "vi" : recipient.locale());
        var text = new StringBuilder()
                .append(messages.getMessage(
                        "notification.mail.greeting", new Object[] {recipient.displayName()}, locale))
                .append("\n\n")
                .append(messages.getMessage("notification.digest.intro", new Object[] {notices.size()}, locale))
                .append("\n\n");
        for (var notice : notices) {
            text.append("- [")
                    .append(messages.getMessage("notification.kind." + notice.kind(), null, notice.kind(), locale))
                    .append("] ")
                    .append(Messages.resolve(messages, notice.title(), locale));
            if (notice.body() != null && !notice.body().isBlank()) {
                text.append(": ").append(notice.body());
            }
            text.append('\n');
        }
        text.append('\n')
                .append(messages.getMessage(
                        "notification.mail.open", new Object[] {mail.absolute("/notifications")}, locale))
                .append("\n\n-- \n")
                .append(messages.getMessage(
                        "notification.mail.footer",
                        new Object[] {mail.absolute("/notifications/preferences")},
                        locale));
        String subject = messages.getMessage(
                "notification.mail.subject",
                new Object[] {messages.getMessage("notification.digest.subject", new Object[] {notices.size()}, locale)
                },
                locale);
        try {
            mail.send(recipient.email(), recipient.displayName(), subject, text.toString());
            return true;
        } catch (MailException e) {
            log.warn("Could not e-mail the daily digest to account {}: {}", accountId, e.getMessage());
            return false;
        }
    }
}
