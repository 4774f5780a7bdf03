package vn.neuguong.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.neuguong.campaign.CampaignFixtures.line;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.neuguong.IntegrationTest;
import vn.neuguong.account.Accounts;
import vn.neuguong.notification.NotificationKind;
import vn.neuguong.notification.Notifications;
import vn.neuguong.notification.StoredNotices;
import vn.neuguong.notification.StoredNotices.Notice;
import vn.neuguong.shared.Role;

/**
 * The set-based reminders store, notice by notice, what the reminders sent one obligation at a time stored
 * ({@link PerObligationReminders}) for the same data: the demo data's campaigns (one-off and recurring lines, cascades)
 * and a campaign of this test's whose organizations have accounts with preferences of every sort.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ObligationReminderNoticesIntegrationTests {

    static final LocalDate TODAY = LocalDate.of(2032, 4, 14);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Campaigns campaigns;

    @Autowired
    CampaignDrafts drafts;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Accounts accounts;

    @Autowired
    Notifications notifications;

    @Autowired
    ObligationReminders reminders;

    @Autowired
    JsonMapper json;

    @Autowired
    ApplicationContext context;

    @Test
    void theSetBasedRunStoresWhatTheRunPerObligationStoredAndASecondRunNothing(CapturedOutput output) {
        assertThat(context.getBeanProvider(JavaMailSender.class).getIfAvailable())
                .as("no mail server in the shared context: the reference is run without e-mail")
                .isNull();
        var fixtures = new CampaignFixtures(jdbc, campaigns, drafts, transaction, events);
        long dongDa = fixtures.organization("Quận ủy Đống Đa");
        long vanMieu = fixtures.organization("Đảng ủy phường Văn Miếu");
        long cell = fixtures.cell("Đảng ủy phường Văn Miếu", 3);
        long dueOff = account("due-off", "due-off@example.vn", new Accounts.Grant(Role.STAFF, vanMieu));
        long overdueOff = account("overdue-off", null, new Accounts.Grant(Role.STAFF, vanMieu));
        long disabled = account("disabled", null, new Accounts.Grant(Role.STAFF, vanMieu));
        long twice =
                account("twice", null, new Accounts.Grant(Role.STAFF, cell), new Accounts.Grant(Role.SECRETARY, cell));
        long both = account(
                "both", null, new Accounts.Grant(Role.STAFF, vanMieu), new Accounts.Grant(Role.SECRETARY, cell));
        preference(dueOff, NotificationKind.OBLIGATION_DUE, false, true);
        preference(overdueOff, NotificationKind.OBLIGATION_OVERDUE, false, false);
        jdbc.sql("UPDATE account SET enabled = false WHERE id = :id")
                .param("id", disabled)
                .update();
        long campaignId = fixtures.launched(
                        dongDa,
                        vanMieu,
                        fixtures.document(dongDa, "QU", LocalDate.of(2024, 12, 1), List.of()),
                        List.of(
                                line(ObligationKind.HOLD_CONFERENCE, AppliesTo.GRASSROOTS_COMMITTEE, TODAY.plusDays(7)),
                                line(ObligationKind.ISSUE_PLAN, AppliesTo.GRASSROOTS_COMMITTEE, TODAY.minusDays(5)),
                                labelled(
                                        ObligationKind.ACTION_PROGRAMME,
                                        AppliesTo.GRASSROOTS_COMMITTEE,
                                        TODAY.plusDays(1)),
                                line(ObligationKind.CELL_MEETINGS, AppliesTo.CELL, TODAY.plusDays(1)),
                                labelled(ObligationKind.PERIODIC_REPORT, AppliesTo.CELL, TODAY.minusDays(2)),
                                line(ObligationKind.INTERIM_REVIEW, AppliesTo.ALL, TODAY.plusDays(3))))
                .id();
        long before = jdbc.sql("SELECT coalesce(max(id), 0) FROM notification")
                .query(Long.class)
                .single();
        try {
            var reference =
                    new PerObligationReminders(jdbc, json, List.of(7, 1), false).runReminders(TODAY, 0, Long.MAX_VALUE);
            List<Notice> expected = StoredNotices.after(context, before, "obligation-%");
            deleteAfter(before);

            // ranges of 50 ids: many statements, and the ranges' edges
            var chunked = new ObligationReminders(
                    jdbc,
                    notifications,
                    new ReminderProperties(List.of(7, 1), "-", 50),
                    Clock.system(vn.neuguong.web.TimeConfiguration.ZONE));
            int sent = chunked.runReminders(TODAY);
            List<Notice> stored = StoredNotices.after(context, before, "obligation-%");

            assertThat(reference.sent()).isGreaterThan(20);
            assertThat(sent).isEqualTo(reference.sent()).isEqualTo(stored.size());
            assertThat(stored).containsExactlyElementsOf(expected);
            assertThat(output.getOut())
                    .contains("Obligation reminders for " + TODAY + ": " + reference.sent() + " sent, "
                            + reference.skipped() + " skipped");
            assertThat(reminders.runReminders(TODAY)).isZero();

            // a run broken off half way, as after a crash: the later ranges were never stored
            int lost = jdbc.sql("DELETE FROM notification WHERE id > :before AND dedup_key LIKE 'obligation-%'"
                            + " AND split_part(dedup_key, ':', 2)::bigint > (SELECT percentile_disc(0.5) WITHIN GROUP"
                            + " (ORDER BY split_part(dedup_key, ':', 2)::bigint) FROM notification WHERE id > :before"
                            + " AND dedup_key LIKE 'obligation-%')")
                    .param("before", before)
                    .update();
            assertThat(lost).isPositive().isLessThan(sent);
            assertThat(chunked.runReminders(TODAY)).isEqualTo(lost);
            assertThat(StoredNotices.after(context, before, "obligation-%")).containsExactlyElementsOf(expected);

            assertThat(kinds(stored, dueOff)).containsOnly("OBLIGATION_OVERDUE").isNotEmpty();
            assertThat(kinds(stored, overdueOff)).containsOnly("OBLIGATION_DUE").isNotEmpty();
            assertThat(kinds(stored, disabled)).isEmpty();
            assertThat(kinds(stored, twice))
                    .hasSameSizeAs(keys(stored, twice).stream().distinct().toList());
            assertThat(keys(stored, both))
                    .containsAll(keys(stored, twice))
                    .containsAll(keys(stored, overdueOff))
                    .doesNotHaveDuplicates();
            assertThat(stored)
                    .filteredOn(n -> n.accountId() == overdueOff && n.dedupKey().endsWith(":1"))
                    .extracting(Notice::titleVi, Notice::titleEn, Notice::bodyVi, Notice::link)
                    .contains(org.assertj.core.groups.Tuple.tuple(
                            "Đến hạn ngày 15/04/2032: Xây dựng chương trình hành động Đợt 1",
                            "Due on 15/04/2032: Adopt an action programme Đợt 1",
                            title(campaignId) + ": Đảng ủy phường Văn Miếu cần hoàn thành trước ngày 15/04/2032.",
                            "/campaigns/obligations?campaignId=" + campaignId));
            assertThat(stored)
                    .filteredOn(n -> n.accountId() == twice && n.kind().equals("OBLIGATION_OVERDUE"))
                    .extracting(Notice::messageArgs)
                    .anySatisfy(
                            args -> assertThat(args).contains(" Đợt 1\"").contains("campaign.kind.PERIODIC_REPORT"));
        } finally {
            // a run in 2032 announces every open line of the database as overdue, which would crowd the inboxes
            // that other tests read
            deleteAfter(before);
            // nor do this test's accounts stay on as the ward's staff, whom other tests count as its recipients
            var made = List.of(dueOff, overdueOff, disabled, twice, both);
            jdbc.sql("DELETE FROM account_role WHERE account_id IN (:made)")
                    .param("made", made)
                    .update();
            jdbc.sql("UPDATE account SET enabled = false WHERE id IN (:made)")
                    .param("made", made)
                    .update();
        }
    }

    @Test
    void periodsAreLabelledInSqlAsInJava() {
        var vietnamese = Locale.forLanguageTag("vi");
        for (var span : Periods.Span.values()) {
            for (var period : Periods.over(span, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31))) {
                assertThat(jdbc.sql("SELECT " + Periods.labelSql("CAST(:s AS date)", "CAST(:e AS date)"))
                                .param("s", period.startsOn())
                                .param("e", period.endsOn())
                                .query(String.class)
                                .single())
                        .isEqualTo(Periods.label(period.startsOn(), period.endsOn(), vietnamese));
            }
        }
    }

    private static CampaignForm.RequirementForm labelled(ObligationKind kind, AppliesTo appliesTo, LocalDate dueOn) {
        return new CampaignForm.RequirementForm(kind, appliesTo, dueOn, "Đợt 1", null);
    }

    private String title(long campaignId) {
        return jdbc.sql("SELECT title FROM campaign WHERE id = :id")
                .param("id", campaignId)
                .query(String.class)
                .single();
    }

    private static List<String> kinds(List<Notice> notices, long accountId) {
        return notices.stream()
                .filter(n -> n.accountId() == accountId)
                .map(Notice::kind)
                .toList();
    }

    private static List<String> keys(List<Notice> notices, long accountId) {
        return notices.stream()
                .filter(n -> n.accountId() == accountId)
                .map(Notice::dedupKey)
                .toList();
    }

    private long account(String name, String email, Accounts.Grant... grants) {
        String username = "remind-" + name + "-" + UUID.randomUUID().toString().substring(0, 8);
        return accounts.create(
                new Accounts.NewAccount(username, "Tài khoản thử " + username, email, null, List.of(grants)),
                "{noop}unused");
    }

    private void preference(long accountId, NotificationKind kind, boolean inApp, boolean email) {
        jdbc.sql("INSERT INTO notification_preference (account_id, kind, in_app, email) VALUES (:a, :k, :i, :e)")
                .param("a", accountId)
                .param("k", kind.name())
                .param("i", inApp)
                .param("e", email)
                .update();
    }

    private void deleteAfter(long before) {
        jdbc.sql("DELETE FROM notification WHERE id > :before AND dedup_key LIKE 'obligation-%'")
                .param("before", before)
                .update();
    }
}
