package vn.neuguong.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.IntegrationTest;
import vn.neuguong.account.Accounts;
import vn.neuguong.directive.DocumentIssued;
import vn.neuguong.shared.Role;

/** Storing, listing and reading notifications, and preferences, on the shared context (no mail server). */
@IntegrationTest
class NotificationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    Notifications notifications;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    EmailDispatcher dispatcher;

    @Autowired
    List<ScheduledTaskHolder> schedulers;

    @Autowired
    NotificationDemoData demoData;

    @Test
    void documentIssuedNotifiesTheAccountsOfEachRecipientOrganizationOnce() {
        long vanMieu = organization("Đảng ủy phường Văn Miếu");
        long documentId = 800_000_000L + ThreadLocalRandom.current().nextInt(100_000_000);
        var event = new DocumentIssued(
                documentId,
                "9" + documentId % 1000 + "-CV/QU",
                "CV",
                organization("Quận ủy Đống Đa"),
                LocalDate.now(),
                "Về việc tuyên truyền đợt sinh hoạt chính trị",
                List.of(),
                List.of(vanMieu));
        // Issued, and later delivered again (as the publication registry does after a crash): one notice.
        transaction.executeWithoutResult(status -> events.publishEvent(event));
        awaitListenersOf(documentId);
        transaction.executeWithoutResult(status -> events.publishEvent(event));
        awaitListenersOf(documentId);

        var rows = jdbc.sql("""
                        SELECT a.username, n.kind, n.link, n.message_args::text FROM notification n
                        JOIN account a ON a.id = n.account_id
                        WHERE n.dedup_key = :key
                        """)
                .param("key", "document:" + documentId)
                .query((rs, i) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
        assertThat(rows).extracting(row -> row.get(0)).containsOnlyOnce("vanmieu.vanphong");
        assertThat(rows)
                .extracting(row -> row.get(0))
                .doesNotContain("quoctugiam.vanphong", "dongda.tuyengiao", "dangvien.vanmieu1");
        var row = rows.stream()
                .filter(r -> r.get(0).equals("vanmieu.vanphong"))
                .findFirst()
                .orElseThrow();
        assertThat(row.get(1)).isEqualTo("DOCUMENT_RECEIVED");
        assertThat(row.get(2)).isEqualTo("/documents/" + documentId);
        assertThat(row.get(3)).contains(event.number()).contains("Về việc tuyên truyền");
    }

    @Test
    void aNoticeIsReadInTheReadersLanguageWhicheverThatIs() throws Exception {
        long me = account(Role.MEMBER, null, null);
        String key = "test-language:" + UUID.randomUUID();
        notifications.notifyAccounts(
                List.of(me),
                NotificationKind.OBLIGATION_OVERDUE,
                NoticeText.of(
                        "campaign.reminder.overdue",
                        NoticeText.message("campaign.kind.PERIODIC_REPORT"),
                        NoticeText.text(" quý I"),
                        NoticeText.day(LocalDate.of(2031, 3, 7)),
                        NoticeText.text("Học tập Chỉ thị 05"),
                        NoticeText.text("Đảng ủy phường Văn Miếu")),
                "/campaigns",
                key);

        mvc.perform(get("/api/v1/notifications").param("lang", "en").with(as(me)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].title", Matchers.startsWith("Overdue since 07/03/2031: ")))
                .andExpect(jsonPath("$.items[0].title", Matchers.endsWith(" quý I")))
                .andExpect(jsonPath("$.items[0].body")
                        .value("Học tập Chỉ thị 05: Đảng ủy phường Văn Miếu has not completed this, due 07/03/2031."));
        mvc.perform(get("/api/v1/notifications").param("lang", "vi").with(as(me)))
                .andExpect(jsonPath("$.items[0].title", Matchers.startsWith("Quá hạn từ ngày 07/03/2031: ")))
                .andExpect(jsonPath("$.items[0].body")
                        .value("Học tập Chỉ thị 05: Đảng ủy phường Văn Miếu chưa hoàn thành, hạn 07/03/2031."));
        String english = mvc.perform(get("/notifications").param("lang", "en").with(as(me)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(english).contains("Overdue since 07/03/2031").doesNotContain("Quá hạn từ ngày");
        String vietnamese = mvc.perform(
                        get("/notifications").param("lang", "vi").with(as(me)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(vietnamese).contains("Quá hạn từ ngày 07/03/2031").doesNotContain("Overdue since");
    }

    @Test
    void aKindSwitchedOffInAppIsNotStoredForThatAccount() {
        long cell = organization("Đảng ủy phường Văn Miếu", "Chi bộ Tổ dân phố số 3");
        long wantsIt = account(Role.STAFF, cell, null);
        long switchedOff = account(Role.STAFF, cell, null);
        String key = "test-due:" + UUID.randomUUID();
        preference(switchedOff, NotificationKind.OBLIGATION_DUE, false, true);
        preference(wantsIt, NotificationKind.OBLIGATION_OVERDUE, false, false);

        int notified = notifications.notifyOrganizations(
                List.of(cell),
                NotificationKind.OBLIGATION_DUE,
                NoticeText.of(DocumentReceivedNotices.KEY, NoticeText.text("12-BC/ĐU"), NoticeText.text("Báo cáo quý")),
                null,
                key);
        int again = notifications.notifyOrganizations(
                List.of(cell),
                NotificationKind.OBLIGATION_DUE,
                NoticeText.of(DocumentReceivedNotices.KEY, NoticeText.text("12-BC/ĐU"), NoticeText.text("Báo cáo quý")),
                null,
                key);

        assertThat(notified).isPositive();
        assertThat(again).isZero();
        assertThat(stored(wantsIt, key)).isEqualTo(1);
        assertThat(stored(switchedOff, key)).isZero();
    }

    @Test
    void withoutAMailServerNothingIsEmailedAndInAppStillWorks() throws Exception {
        long account = account(Role.MEMBER, null, "member-" + UUID.randomUUID() + "@example.org");
        String key = "test-inapp:" + UUID.randomUUID();
        notifications.notifyAccounts(
                List.of(account),
                NotificationKind.OBLIGATION_OVERDUE,
                "notification.obligation.overdue",
                "Hạn 20/11",
                "/campaigns",
                key);

        assertThat(dispatcher.dispatch()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE dedup_key = :key AND emailed_at IS NULL")
                        .param("key", key)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        mvc.perform(get("/api/v1/notifications/unread-count").with(as(account)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unread").value(1));
    }

    @Test
    void theApiListsOnlyMyOwnNotificationsUnreadFirst() throws Exception {
        long me = account(Role.MEMBER, null, null);
        long someoneElse = account(Role.MEMBER, null, null);
        notice(me, "Cũ đã đọc");
        notice(me, "Chưa đọc");
        notice(someoneElse, "Của người khác");
        jdbc.sql("UPDATE notification SET read_at = now() WHERE account_id = :me AND body = 'Cũ đã đọc'")
                .param("me", me)
                .update();

        mvc.perform(get("/api/v1/notifications").param("lang", "en").with(as(me)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.items[0].body").value("Chưa đọc"))
                .andExpect(jsonPath("$.items[0].readAt").doesNotExist())
                .andExpect(jsonPath("$.items[0].title").value("An obligation is due soon"))
                .andExpect(jsonPath("$.items[1].body").value("Cũ đã đọc"))
                .andExpect(jsonPath("$.items[*].body", Matchers.not(Matchers.hasItem("Của người khác"))));
        mvc.perform(get("/api/v1/notifications").param("size", "500").with(as(me)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void theListIsPagedTwentyAtATime() throws Exception {
        long me = account(Role.MEMBER, null, null);
        for (int n = 1; n <= 25; n++) {
            notice(me, "Thông báo thứ " + n);
        }
        jdbc.sql("UPDATE notification SET read_at = now() WHERE account_id = :me AND body = 'Thông báo thứ 25'")
                .param("me", me)
                .update();

        mvc.perform(get("/notifications").param("page", "2").with(as(me)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Trang 2/2")))
                .andExpect(content().string(Matchers.containsString("Thông báo thứ 25")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Thông báo thứ 24<"))));
        mvc.perform(get("/api/v1/notifications").param("page", "2").with(as(me)))
                .andExpect(jsonPath("$.items.length()").value(5))
                .andExpect(jsonPath("$.items[4].body").value("Thông báo thứ 25"));
        mvc.perform(get("/api/v1/notifications")
                        .param("unreadOnly", "true")
                        .param("size", "100")
                        .with(as(me)))
                .andExpect(jsonPath("$.total").value(24))
                .andExpect(jsonPath("$.items[0].body").value("Thông báo thứ 24"));
    }

    @Test
    void markingAnotherAccountsNotificationReadAnswers404AndChangesNothing() throws Exception {
        long me = account(Role.MEMBER, null, null);
        long owner = account(Role.MEMBER, null, null);
        long theirs = notice(owner, "Không phải của tôi");

        mvc.perform(post("/api/v1/notifications/{id}/read", theirs).with(as(me)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/notifications/{id}/read", theirs).with(as(me)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/notifications/read-all").with(as(me)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.marked").value(0));

        assertThat(isRead(theirs)).isFalse();
    }

    @Test
    void markingMyNotificationsReadThroughTheApi() throws Exception {
        long me = account(Role.MEMBER, null, null);
        long first = notice(me, "Một");
        notice(me, "Hai");
        notice(me, "Ba");

        mvc.perform(post("/api/v1/notifications/{id}/read", first).with(as(me)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(first))
                .andExpect(jsonPath("$.readAt").exists());
        mvc.perform(get("/api/v1/notifications/unread-count").with(as(me)))
                .andExpect(jsonPath("$.unread").value(2));
        mvc.perform(post("/api/v1/notifications/read-all").with(as(me)).with(csrf()))
                .andExpect(jsonPath("$.marked").value(2));
        mvc.perform(get("/api/v1/notifications/unread-count").with(as(me)))
                .andExpect(jsonPath("$.unread").value(0));
    }

    @Test
    void preferencesDefaultToAllOnAndChangeThroughTheApi() throws Exception {
        long me = account(Role.MEMBER, null, null);
        mvc.perform(get("/api/v1/notifications/preferences").with(as(me)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.preferences.length()").value(NotificationKind.values().length))
                .andExpect(jsonPath("$.preferences[?(@.inApp == false || @.email == false)]")
                        .isEmpty());

        mvc.perform(put("/api/v1/notifications/preferences")
                        .with(as(me))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"preferences": [{"kind": "OBLIGATION_DUE", "inApp": true, "email": false}]}
                                """))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.preferences[?(@.kind == 'OBLIGATION_DUE')].email")
                        .value(false))
                .andExpect(jsonPath("$.preferences[?(@.kind == 'DOCUMENT_RECEIVED')].email")
                        .value(true));

        assertThat(jdbc.sql(
                                "SELECT email FROM notification_preference WHERE account_id = :me AND kind = 'OBLIGATION_DUE'")
                        .param("me", me)
                        .query(Boolean.class)
                        .single())
                .isFalse();
    }

    @Test
    void badPreferencesNameTheFieldAndSaveNothing() throws Exception {
        long me = account(Role.MEMBER, null, null);
        mvc.perform(put("/api/v1/notifications/preferences")
                        .with(as(me))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"preferences": [
                                  {"kind": "DOCUMENT_RECEIVED", "inApp": false, "email": false},
                                  {"kind": "OBLIGATION_DUE", "inApp": true}
                                ]}
                                """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("preferences[1].email"))
                .andExpect(jsonPath("$.errors[0].message").value("is required"));
        // every part there, the kind must be one the application knows
        mvc.perform(put("/api/v1/notifications/preferences")
                        .with(as(me))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"preferences": [
                                  {"kind": "DOCUMENT_RECEIVED", "inApp": false, "email": false},
                                  {"kind": "MEETING_MOVED", "inApp": true, "email": true}
                                ]}
                                """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("preferences[1].kind"))
                .andExpect(jsonPath("$.errors[0].rejectedValue").value("MEETING_MOVED"));

        assertThat(jdbc.sql("SELECT count(*) FROM notification_preference WHERE account_id = :me")
                        .param("me", me)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void thePreferencesFormSavesTheCheckedBoxesAndNeedsTheCsrfToken() throws Exception {
        long me = account(Role.MEMBER, null, null);
        mvc.perform(get("/notifications/preferences").with(as(me)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Thông báo muốn nhận")))
                .andExpect(content().string(Matchers.containsString("name=\"_csrf\"")));
        mvc.perform(post("/notifications/preferences").with(as(me)).param("email", "DOCUMENT_RECEIVED"))
                .andExpect(status().isForbidden());

        mvc.perform(post("/notifications/preferences")
                        .with(as(me))
                        .with(csrf())
                        .param("inApp", "DOCUMENT_RECEIVED", "OBLIGATION_OVERDUE")
                        .param("email", "DOCUMENT_RECEIVED"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/notifications/preferences?saved"));

        var stored = jdbc.sql("""
                        SELECT kind || ':' || in_app || ':' || email FROM notification_preference
                        WHERE account_id = :me ORDER BY kind
                        """).param("me", me).query(String.class).list();
        assertThat(stored)
                .containsExactly(
                        "DAILY_DIGEST:true:false",
                        "DOCUMENT_RECEIVED:true:true",
                        "OBLIGATION_DUE:false:false",
                        "OBLIGATION_OVERDUE:true:false");
        mvc.perform(get("/notifications/preferences").param("lang", "en").with(as(me)))
                .andExpect(content().string(Matchers.containsString("Notifications I receive")));
    }

    @Test
    void theListPageSpeaksVietnameseAndEnglishAndShowsTheDemoNotices() throws Exception {
        var vanphong = user(users.loadUserByUsername("vanmieu.vanphong"));
        mvc.perform(get("/notifications").with(vanphong))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Đánh dấu tất cả đã đọc")))
                .andExpect(content().string(Matchers.containsString("Có văn bản mới đến")))
                .andExpect(content().string(Matchers.containsString("347-KH/QU")))
                .andExpect(content().string(Matchers.containsString("hx-get=\"/notifications/badge\"")));
        mvc.perform(get("/notifications").param("lang", "en").with(vanphong))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Mark all as read")))
                .andExpect(content().string(Matchers.containsString("New document received")))
                .andExpect(content().string(Matchers.containsString("Document received")));
    }

    @Test
    void htmxMarksOneReadAndTheBadgeCountsWhatIsLeft() throws Exception {
        long me = account(Role.MEMBER, null, null);
        long first = notice(me, "Một");
        notice(me, "Hai");
        mvc.perform(get("/notifications/badge").with(as(me)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(">2</span>")));

        mvc.perform(post("/notifications/{id}/read", first)
                        .header("HX-Request", "true")
                        .with(as(me))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Trigger", "notifications-changed"))
                .andExpect(content().string(Matchers.containsString("id=\"notification-" + first + "\"")))
                .andExpect(content().string(Matchers.containsString("Đã đọc")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<html"))));
        assertThat(isRead(first)).isTrue();

        mvc.perform(get("/notifications/badge").with(as(me)))
                .andExpect(content().string(Matchers.containsString(">1</span>")));
        mvc.perform(post("/notifications/read-all").with(as(me)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/notifications/badge").with(as(me)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("</span>"))));
    }

    @Test
    void loadingTheDemoDataAgainChangesNothing() {
        String snapshot = """
                SELECT string_agg(n.id || ':' || (n.read_at IS NOT NULL), ',' ORDER BY n.id)
                FROM notification n JOIN account a ON a.id = n.account_id
                WHERE a.username IN ('vanmieu.vanphong', 'bithu.vanmieu1', 'dongda.tuyengiao')
                """;
        String before = jdbc.sql(snapshot).query(String.class).single();

        demoData.run(null);

        assertThat(before).contains(":true").contains(":false");
        assertThat(jdbc.sql(snapshot).query(String.class).single()).isEqualTo(before);
    }

    @Test
    void theJobsAreScheduledByDefaultEveryMinuteAndDailyAtSix() {
        var tasks = schedulers.stream()
                .flatMap(holder -> holder.getScheduledTasks().stream())
                .map(ScheduledTask::getTask)
                .toList();
        assertThat(tasks)
                .anyMatch(task -> task instanceof FixedDelayTask delay
                        && delay.getIntervalDuration().equals(Duration.ofMinutes(1)));
        assertThat(tasks)
                .anyMatch(task ->
                        task instanceof CronTask cron && cron.getExpression().equals("0 0 6 * * *"));
    }

    @Test
    void theApiIsInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/notifications']").exists())
                .andExpect(
                        jsonPath("$.paths['/api/v1/notifications/{id}/read']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/notifications/preferences'].put")
                        .exists());
    }

    private void awaitListenersOf(long documentId) {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.sql("""
                        SELECT count(*) FROM event_publication
                        WHERE completion_date IS NULL AND serialized_event LIKE :id
                        """)
                                .param("id", "%\"documentId\":" + documentId + ",%")
                                .query(Long.class)
                                .single()
                        == 0);
    }

    private RequestPostProcessor as(long accountId) {
        String username = jdbc.sql("SELECT username FROM account WHERE id = :id")
                .param("id", accountId)
                .query(String.class)
                .single();
        return user(users.loadUserByUsername(username));
    }

    private long account(Role role, Long organizationId, String email) {
        String username = "notify-" + UUID.randomUUID().toString().substring(0, 12);
        return accounts.create(
                new Accounts.NewAccount(
                        username,
                        "Tài khoản thử " + username,
                        email,
                        null,
                        List.of(new Accounts.Grant(role, organizationId))),
                "{noop}unused");
    }

    private long notice(long accountId, String body) {
        String key = "test:" + UUID.randomUUID();
        notifications.notifyAccounts(
                List.of(accountId), NotificationKind.OBLIGATION_DUE, "notification.obligation.due", body, null, key);
        return jdbc.sql("SELECT id FROM notification WHERE account_id = :account AND dedup_key = :key")
                .param("account", accountId)
                .param("key", key)
                .query(Long.class)
                .single();
    }

    private void preference(long accountId, NotificationKind kind, boolean inApp, boolean email) {
        jdbc.sql("INSERT INTO notification_preference (account_id, kind, in_app, email) VALUES (:a, :k, :i, :e)")
                .param("a", accountId)
                .param("k", kind.name())
                .param("i", inApp)
                .param("e", email)
                .update();
    }

    private long stored(long accountId, String key) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE account_id = :account AND dedup_key = :key")
                .param("account", accountId)
                .param("key", key)
                .query(Long.class)
                .single();
    }

    private boolean isRead(long id) {
        return jdbc.sql("SELECT read_at IS NOT NULL FROM notification WHERE id = :id")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }

    private long organization(String name) {
        return jdbc.sql("SELECT id FROM organization WHERE name = :name AND closed_on IS NULL")
                .param("name", name)
                .query(Long.class)
                .single();
    }

    private long organization(String parent, String name) {
        return jdbc.sql("""
                        SELECT o.id FROM organization o JOIN organization p ON p.id = o.parent_id
                        WHERE p.name = :parent AND o.name = :name AND o.closed_on IS NULL
                        """)
                .param("parent", parent)
                .param("name", name)
                .query(Long.class)
                .single();
    }
}
