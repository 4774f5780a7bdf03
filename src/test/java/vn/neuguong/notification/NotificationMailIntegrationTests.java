package vn.neuguong.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.IntegrationTest;
import vn.neuguong.account.Accounts;
import vn.neuguong.shared.Role;

/**
 * Every e-mail rule, against a GreenMail SMTP server. All e-mail tests live in this one class, since pointing
 * {@code spring.mail.*} at GreenMail makes a context of its own. The scheduled jobs are pushed out of the way
 * (an hour's interval, no digest cron), so each test runs the jobs itself.
 */
@IntegrationTest
class NotificationMailIntegrationTests {

    static final int SMTP_PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(
                    new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("neuguong.mail.from", () -> "Nêu Gương <thongbao@neuguong.test>");
        registry.add("neuguong.mail.base-url", () -> "https://neuguong.test");
        registry.add("neuguong.notifications.dispatch-interval", () -> "1h");
        registry.add("neuguong.notifications.digest-cron", () -> "-");
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    Notifications notifications;

    @Autowired
    EmailDispatcher dispatcher;

    @Autowired
    DailyDigest digest;

    @Autowired
    MessageSource messages;

    @Autowired
    MailTexts mailTexts;

    @Autowired
    MailChannel mailChannel;

    @Autowired
    NotificationProperties properties;

    @Autowired
    Clock clock;

    @Autowired
    NoticeTexts noticeTexts;

    @Autowired
    ObjectProvider<JavaMailSender> mailSender;

    @Autowired
    MockMvc mvc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    List<ScheduledTaskHolder> schedulers;

    @Autowired
    UserDetailsService users;

    String domain;

    @BeforeEach
    void freshDomain() {
        domain = "t" + UUID.randomUUID().toString().substring(0, 8) + ".test";
    }

    @Test
    void pendingNoticesAreEmailedOnceToAccountsThatWantThemByEmail() throws Exception {
        long wantsMail = account("a");
        long mailSwitchedOff = account("b");
        long noAddress = account(null);
        preference(mailSwitchedOff, NotificationKind.OBLIGATION_DUE, true, false);
        String key = "test-due:" + UUID.randomUUID();
        notifications.notifyAccounts(
                List.of(wantsMail, mailSwitchedOff, noAddress),
                NotificationKind.OBLIGATION_DUE,
                "notification.obligation.due",
                "Báo cáo kết quả đợt sinh hoạt chính trị: còn 3 ngày",
                "/campaigns/7",
                key);

        dispatcher.dispatch();
        dispatcher.dispatch();

        List<MimeMessage> mine = mine();
        assertThat(mine).hasSize(1);
        var message = mine.get(0);
        assertThat(message.getRecipients(Message.RecipientType.TO)[0].toString())
                .contains("a@" + domain);
        assertThat(message.getSubject()).isEqualTo("[Nêu Gương] Nhiệm vụ sắp đến hạn");
        assertThat(message.getFrom()[0].toString()).contains("thongbao@neuguong.test");
        assertThat(text(message))
                .contains("Báo cáo kết quả đợt sinh hoạt chính trị: còn 3 ngày")
                .contains("https://neuguong.test/campaigns/7")
                .contains("https://neuguong.test/notifications/preferences");
        assertThat(emailed(wantsMail, key)).isTrue();
        assertThat(emailed(mailSwitchedOff, key)).isFalse();
        assertThat(emailed(noAddress, key)).isFalse();
    }

    @Test
    void aKindSwitchedOffInAppButOnForEmailIsOnlyEmailed() throws Exception {
        long account = account("c");
        preference(account, NotificationKind.DOCUMENT_RECEIVED, false, true);
        String key = "test-doc:" + UUID.randomUUID();
        notifications.notifyAccounts(
                List.of(account),
                NotificationKind.DOCUMENT_RECEIVED,
                "notification.document.received",
                "598-CV/BTGQU",
                null,
                key);

        dispatcher.dispatch();

        assertThat(mine()).hasSize(1);
        assertThat(mine().get(0).getSubject()).contains("Có văn bản mới đến");
        var me = user(users.loadUserByUsername(username(account)));
        mvc.perform(get("/api/v1/notifications").with(me))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/notifications/unread-count").with(me))
                .andExpect(jsonPath("$.unread").value(0));
    }

    @Test
    void twoDispatchersRunningAtOnceEmailEveryNoticeExactlyOnce() throws Exception {
        List<Long> recipients = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            recipients.add(account("r" + i));
        }
        int perAccount = 40;
        for (int n = 0; n < perAccount; n++) {
            notifications.notifyAccounts(
                    recipients,
                    NotificationKind.OBLIGATION_OVERDUE,
                    "notification.obligation.overdue",
                    "Nhiệm vụ số " + n,
                    null,
                    "test-overdue:" + domain + ":" + n);
        }
        int notices = recipients.size() * perAccount;
        // Two dispatcher instances as two nodes would have them, small batches and no ShedLock between them, plus
        // the scheduled bean itself twice (its ShedLock lets one run at a time).
        var small = new NotificationProperties(
                new NotificationProperties.Schedule(
                        Duration.ofMinutes(1), "-", "Asia/Ho_Chi_Minh", 3, Duration.ofDays(2)),
                new NotificationProperties.Mail(true, "Nêu Gương <thongbao@neuguong.test>", "https://neuguong.test"));
        var channel = new MailChannel(mailSender, small);
        var first = new EmailDispatcher(jdbc, channel, mailTexts, noticeTexts, accounts, small);
        var second = new EmailDispatcher(jdbc, channel, mailTexts, noticeTexts, accounts, small);
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(4);
        List<Future<?>> runs = new ArrayList<>();
        for (Runnable job : List.<Runnable>of(first::dispatch, second::dispatch, dispatcher::run, dispatcher::run)) {
            runs.add(pool.submit(() -> {
                start.await();
                job.run();
                return null;
            }));
        }
        start.countDown();
        for (var run : runs) {
            run.get();
        }
        pool.shutdown();

        List<MimeMessage> mine = mine();
        List<String> delivered = new ArrayList<>();
        for (var message : mine) {
            String to = message.getRecipients(Message.RecipientType.TO)[0].toString();
            String body = text(message);
            String notice = body.lines()
                    .filter(line -> line.startsWith("Nhiệm vụ số "))
                    .findFirst()
                    .orElseThrow();
            delivered.add(to + " / " + notice);
        }
        assertThat(delivered).hasSize(notices);
        assertThat(new HashSet<>(delivered)).hasSize(notices);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM notification
                        WHERE account_id IN (:accounts) AND dedup_key LIKE :prefix AND emailed_at IS NOT NULL
                        """)
                        .param("accounts", recipients)
                        .param("prefix", "test-overdue:" + domain + ":%")
                        .query(Long.class)
                        .single())
                .isEqualTo(notices);
        assertThat(jdbc.sql("SELECT count(*) FROM shedlock WHERE name = 'notification-email-dispatch'")
                        .query(Long.class)
                        .single())
                .as("the scheduled run took its ShedLock lock")
                .isEqualTo(1);
    }

    @Test
    void aDispatcherSkipsNoticesThatAnotherDispatcherHoldsAndSendsThemOnceReleased() throws Exception {
        long account = account("g");
        for (int n = 0; n < 4; n++) {
            notice(account, "Thông báo số " + n);
        }
        var held = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var holder = Executors.newSingleThreadExecutor();
        // Another node's dispatcher, halfway through its claim: two rows locked, not yet committed.
        Future<?> otherNode = holder.submit(() -> transaction.executeWithoutResult(status -> {
            jdbc.sql("""
                            SELECT id FROM notification WHERE account_id = :a
                            ORDER BY id LIMIT 2 FOR UPDATE
                            """).param("a", account).query(Long.class).list();
            held.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        held.await();

        dispatcher.dispatch();
        assertThat(mine()).hasSize(2);
        assertThat(mine()).extracting(m -> text(m)).noneMatch(body -> body.contains("Thông báo số 0"));

        release.countDown();
        otherNode.get();
        holder.shutdown();
        dispatcher.dispatch();
        assertThat(mine()).hasSize(4);
        assertThat(mine().stream().map(m -> text(m)).filter(body -> body.contains("Thông báo số 0")))
                .hasSize(1);
    }

    @Test
    void theDispatcherIsScheduledFromTheProperties() {
        var tasks = schedulers.stream()
                .flatMap(holder -> holder.getScheduledTasks().stream())
                .map(ScheduledTask::getTask)
                .toList();
        assertThat(tasks)
                .filteredOn(task -> task instanceof FixedDelayTask delay
                        && delay.getIntervalDuration().equals(Duration.ofHours(1)))
                .hasSize(1);
        assertThat(tasks)
                .filteredOn(task -> task instanceof CronTask cron
                        && cron.getExpression().equals("0 0 6 * * *")
                        && cron.toString().contains(".notification."))
                .isEmpty();
    }

    @Test
    void theDailyDigestGoesOnceADayToAccountsThatWantItAndListsOnlyUnreadNotices() throws Exception {
        long wantsDigest = account("d");
        long noDigest = account("e");
        long nothingUnread = account("f");
        preference(noDigest, NotificationKind.DAILY_DIGEST, true, false);
        for (long account : List.of(wantsDigest, noDigest)) {
            notice(account, "Văn bản 347-KH/QU chưa đọc");
            notice(account, "Văn bản 598-CV/BTGQU chưa đọc");
        }
        notice(wantsDigest, "Thông báo đã đọc");
        notice(nothingUnread, "Cũng đã đọc");
        jdbc.sql("UPDATE notification SET read_at = now() WHERE account_id IN (:a) AND body LIKE '%đã đọc'")
                .param("a", List.of(wantsDigest, nothingUnread))
                .update();

        var today = LocalDate.now();
        digest.send(today);
        digest.send(today);

        List<MimeMessage> mine = mine();
        assertThat(mine).hasSize(1);
        var message = mine.get(0);
        assertThat(message.getRecipients(Message.RecipientType.TO)[0].toString())
                .contains("d@" + domain);
        assertThat(message.getSubject()).isEqualTo("[Nêu Gương] Thư tổng hợp hằng ngày: 2 thông báo chưa đọc");
        assertThat(text(message))
                .contains("Văn bản 347-KH/QU chưa đọc")
                .contains("Văn bản 598-CV/BTGQU chưa đọc")
                .contains("Nhiệm vụ sắp đến hạn")
                .doesNotContain("Thông báo đã đọc");
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void theScheduledJobsLogWhatEachRunDid(CapturedOutput output) {
        notice(account("log"), "Nhiệm vụ ghi nhật ký");
        // the beans' runs hold a ShedLock lock for a while after they end, which another test's run may still hold
        var unlocked = new EmailDispatcher(jdbc, mailChannel, mailTexts, noticeTexts, accounts, properties);
        var unlockedDigest =
                new DailyDigest(jdbc, mailChannel, mailTexts, noticeTexts, accounts, messages, clock, properties);

        unlocked.run();
        unlockedDigest.run();

        assertThat(output.getOut())
                .containsPattern("E-mail dispatch: [1-9][0-9]* sent, 0 failed \\(to be retried\\), 0 skipped"
                        + " \\(no address any more\\) in \\d+ ms")
                .containsPattern("Daily digest of \\d{4}-\\d{2}-\\d{2}: \\d+ sent in \\d+ ms");
    }

    @Test
    void anEmailIsWrittenInTheRecipientsLanguageFromItsTemplate() throws Exception {
        long english = account("en");
        jdbc.sql("UPDATE account SET locale = 'en' WHERE id = :id")
                .param("id", english)
                .update();
        notifications.notifyAccounts(
                List.of(english),
                NotificationKind.DOCUMENT_RECEIVED,
                NoticeText.of(
                        DocumentReceivedNotices.KEY,
                        NoticeText.text("15-CV/QU"),
                        NoticeText.text("Về việc học tập Chỉ thị 05")),
                "/documents/15",
                "test-english:" + UUID.randomUUID());

        dispatcher.dispatch();

        var message = mine().get(0);
        assertThat(message.getSubject()).isEqualTo("[Nêu Gương] New document received");
        assertThat(text(message))
                .startsWith("Dear Đồng chí mail-")
                .contains("\n\nNew document received\n15-CV/QU — Về việc học tập Chỉ thị 05\n")
                .contains("Open: https://neuguong.test/documents/15")
                .contains("\n-- \n")
                .contains("https://neuguong.test/notifications/preferences")
                .doesNotContain("Kính gửi");
    }

    private List<MimeMessage> mine() throws Exception {
        List<MimeMessage> result = new ArrayList<>();
        for (var message : greenMail.getReceivedMessages()) {
            if (Arrays.stream(message.getAllRecipients())
                    .anyMatch(a -> a.toString().endsWith("@" + domain + ">")
                            || a.toString().endsWith("@" + domain))) {
                result.add(message);
            }
        }
        return result;
    }

    private static String text(MimeMessage message) {
        try {
            return ((String) message.getContent()).replace("\r\n", "\n");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long account(String mailbox) {
        String username = "mail-" + UUID.randomUUID().toString().substring(0, 12);
        return accounts.create(
                new Accounts.NewAccount(
                        username,
                        "Đồng chí " + username,
                        mailbox == null ? null : mailbox + "@" + domain,
                        null,
                        List.of(new Accounts.Grant(Role.MEMBER, null))),
                "{noop}unused");
    }

    private String username(long accountId) {
        return jdbc.sql("SELECT username FROM account WHERE id = :id")
                .param("id", accountId)
                .query(String.class)
                .single();
    }

    private void notice(long accountId, String body) {
        notifications.notifyAccounts(
                List.of(accountId),
                NotificationKind.OBLIGATION_DUE,
                "notification.obligation.due",
                body,
                null,
                "test-digest:" + UUID.randomUUID());
    }

    private void preference(long accountId, NotificationKind kind, boolean inApp, boolean email) {
        jdbc.sql("INSERT INTO notification_preference (account_id, kind, in_app, email) VALUES (:a, :k, :i, :e)")
                .param("a", accountId)
                .param("k", kind.name())
                .param("i", inApp)
                .param("e", email)
                .update();
    }

    private boolean emailed(long accountId, String key) {
        return jdbc.sql("SELECT emailed_at IS NOT NULL FROM notification WHERE account_id = :a AND dedup_key = :k")
                .param("a", accountId)
                .param("k", key)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
