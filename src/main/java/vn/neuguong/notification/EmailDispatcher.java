package vn.neuguong.notification;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;
import vn.neuguong.account.AccountSql;
import vn.neuguong.account.Accounts;
import vn.neuguong.account.Accounts.MailRecipient;

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
            UPDATE notification n SET emailed_at = now()
            WHERE n.id IN (
                SELECT c.id FROM notification c
                LEFT JOIN notification_preference p ON p.account_id = c.account_id AND p.kind = c.kind
                WHERE c.emailed_at IS NULL
                  AND c.created_at > now() - make_interval(secs => :maxAgeSeconds)
                  AND c.email_failures < :maxFailures
                  AND coalesce(p.email, true)
                  AND %s
                ORDER BY c.created_at, c.id
                LIMIT :batch
                FOR UPDATE OF c SKIP LOCKED)
            RETURNING n.id, n.account_id, n.message_key, n.message_args::text AS message_args, n.title, n.body, n.link
            """.formatted(AccountSql.reachableByEmail("c.account_id"));

    record Claimed(
            long id, long accountId, String messageKey, String messageArgs, String title, String body, String link) {}

    private enum Result {
        SENT,
        FAILED,
        /** The account was disabled or lost its address after the claim: nobody to write to. */
        NOBODY
    }

    /** What one run did. */
    record Outcome(int sent, int failed, int skipped) {}

    private final JdbcClient jdbc;
    private final MailChannel mail;
    private final MailTexts mails;
    private final NoticeTexts texts;
    private final Accounts accounts;
    private final NotificationProperties.Schedule schedule;

    EmailDispatcher(
            JdbcClient jdbc,
            MailChannel mail,
            MailTexts mails,
            NoticeTexts texts,
            Accounts accounts,
            NotificationProperties properties) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.mails = mails;
        this.texts = texts;
        this.accounts = accounts;
        this.schedule = properties.notifications();
    }

    /** The scheduled run; ShedLock keeps it to one node at a time. */
    @SchedulerLock(name = "notification-email-dispatch", lockAtMostFor = "PT10M")
    public void run() {
        long started = System.nanoTime();
        if (!mail.available()) {
            log.info("E-mail dispatch: e-mail is not configured, nothing sent");
            return;
        }
        var outcome = send();
        log.info(
                "E-mail dispatch: {} sent, {} failed (to be retried), {} skipped (no address any more) in {} ms",
                outcome.sent(),
                outcome.failed(),
                outcome.skipped(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Sends every pending notice, batch by batch; returns how many e-mails went out. */
    int dispatch() {
        return mail.available() ? send().sent() : 0;
    }

    private Outcome send() {
        var results = new EnumMap<Result, Integer>(Result.class);
        List<Claimed> batch;
        do {
            batch = claim();
            var recipients = accounts.mailRecipients(
                    batch.stream().map(Claimed::accountId).toList());
            for (var notice : batch) {
                results.merge(send(notice, recipients), 1, Integer::sum);
            }
        } while (batch.size() == schedule.batchSize());
        return new Outcome(
                results.getOrDefault(Result.SENT, 0),
                results.getOrDefault(Result.FAILED, 0),
                results.getOrDefault(Result.NOBODY, 0));
    }

    private List<Claimed> claim() {
        return jdbc.sql(CLAIM)
                .param("maxAgeSeconds", schedule.maxAge().toSeconds())
                .param("maxFailures", MAX_FAILURES)
                .param("batch", schedule.batchSize())
                .query(Claimed.class)
                .list();
    }

    private Result send(Claimed notice, Map<Long, MailRecipient> recipients) {
        var recipient = recipients.get(notice.accountId());
        if (recipient == null) {
            return Result.NOBODY;
        }
        var told = texts.tell(
                new NoticeTexts.Stored(notice.messageKey(), notice.messageArgs(), notice.title(), notice.body()),
                MailTexts.localeOf(recipient));
        var message = mails.notice(recipient, told, notice.link());
        try {
            mail.send(recipient.email(), recipient.displayName(), message.subject(), message.text());
            return Result.SENT;
        } catch (MailException e) {
            log.warn("Could not e-mail notification {} to {}: {}", notice.id(), recipient.email(), e.getMessage());
            jdbc.sql("UPDATE notification SET emailed_at = NULL, email_failures = email_failures + 1 WHERE id = :id")
                    .param("id", notice.id())
                    .update();
            return Result.FAILED;
        }
    }
}
