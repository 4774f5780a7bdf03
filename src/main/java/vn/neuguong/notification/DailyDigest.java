package vn.neuguong.notification;

import java.time.Clock;
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
import vn.neuguong.account.AccountSql;
import vn.neuguong.account.Accounts;
import vn.neuguong.account.Accounts.MailRecipient;

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
            LEFT JOIN notification_preference p ON p.account_id = n.account_id AND p.kind = 'DAILY_DIGEST'
            WHERE n.in_app AND n.read_at IS NULL AND n.created_at > now() - interval '1 day'
              AND coalesce(p.email, true) AND %s
            GROUP BY n.account_id
            ON CONFLICT (account_id, day) DO NOTHING
            RETURNING account_id
            """.formatted(AccountSql.reachableByEmail("n.account_id"));

    private record Row(String kind, String messageKey, String messageArgs, String title, String body) {}

    private final JdbcClient jdbc;
    private final MailChannel mail;
    private final MailTexts mails;
    private final NoticeTexts texts;
    private final Accounts accounts;
    private final MessageSource messages;
    private final Clock clock;
    private final ZoneId zone;

    DailyDigest(
            JdbcClient jdbc,
            MailChannel mail,
            MailTexts mails,
            NoticeTexts texts,
            Accounts accounts,
            MessageSource messages,
            Clock clock,
            NotificationProperties properties) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.mails = mails;
        this.texts = texts;
        this.accounts = accounts;
        this.messages = messages;
        this.clock = clock;
        this.zone = ZoneId.of(properties.notifications().zone());
    }

    @SchedulerLock(name = "notification-daily-digest", lockAtMostFor = "PT30M")
    public void run() {
        long started = System.nanoTime();
        LocalDate day = LocalDate.now(clock.withZone(zone));
        if (!mail.available()) {
            log.info("Daily digest of {}: e-mail is not configured, nothing sent", day);
            return;
        }
        int sent = send(day);
        log.info("Daily digest of {}: {} sent in {} ms", day, sent, (System.nanoTime() - started) / 1_000_000);
    }

    /** Sends the digest of {@code day}; returns how many e-mails went out. */
    int send(LocalDate day) {
        if (!mail.available()) {
            return 0;
        }
        List<Long> claimed = jdbc.sql(CLAIM).param("day", day).query(Long.class).list();
        var recipients = accounts.mailRecipients(claimed);
        int sent = 0;
        for (long accountId : claimed) {
            var recipient = recipients.get(accountId);
            sent += recipient != null && sendTo(accountId, recipient) ? 1 : 0;
        }
        return sent;
    }

    private boolean sendTo(long accountId, MailRecipient recipient) {
        Locale locale = MailTexts.localeOf(recipient);
        List<MailTexts.DigestLine> lines = jdbc.sql("""
                        SELECT kind, message_key, message_args::text AS message_args, title, body FROM notification
                        WHERE account_id = :id AND in_app AND read_at IS NULL AND created_at > now() - interval '1 day'
                        ORDER BY created_at DESC, id DESC
                        """).param("id", accountId).query(Row.class).list().stream()
                .map(row -> line(row, locale))
                .toList();
        var message = mails.digest(recipient, lines);
        try {
            mail.send(recipient.email(), recipient.displayName(), message.subject(), message.text());
            return true;
        } catch (MailException e) {
            log.warn("Could not e-mail the daily digest to account {}: {}", accountId, e.getMessage());
            return false;
        }
    }

    private MailTexts.DigestLine line(Row row, Locale locale) {
        var told = texts.tell(
                new NoticeTexts.Stored(row.messageKey(), row.messageArgs(), row.title(), row.body()), locale);
        String kind = messages.getMessage("notification.kind." + row.kind(), null, row.kind(), locale);
        return new MailTexts.DigestLine(kind, told.title(), told.body());
    }
}
