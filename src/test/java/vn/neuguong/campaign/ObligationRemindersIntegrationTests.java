package vn.neuguong.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.neuguong.campaign.CampaignFixtures.line;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.IntegrationTest;
import vn.neuguong.organization.Scope;

@IntegrationTest
class ObligationRemindersIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Campaigns campaigns;

    @Autowired
    CampaignDrafts drafts;

    @Autowired
    Obligations obligations;

    @Autowired
    Fulfilments fulfilments;

    @Autowired
    ObligationReminders reminders;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void eachRunLogsWhatItSentAndSkipped(CapturedOutput output) {
        // nothing falls due in the week after 1 January 2000, and nothing was due before it
        assertThat(reminders.runReminders(LocalDate.of(2000, 1, 1))).isZero();

        assertThat(output.getOut())
                .containsPattern("Obligation reminders for 2000-01-01: 0 sent, 0 skipped \\(already reminded, or"
                        + " nobody to tell\\) in \\d+ ms");
    }

    @Test
    void eachNoticeIsStoredOnceHoweverOftenAndConcurrentlyTheJobRuns() throws Exception {
        var fixtures = new CampaignFixtures(jdbc, campaigns, drafts, transaction, events);
        long dongDa = fixtures.organization("Quận ủy Đống Đa");
        long vanMieu = fixtures.organization("Đảng ủy phường Văn Miếu");
        LocalDate today = LocalDate.of(2031, 3, 10);
        var campaign = fixtures.launched(
                dongDa,
                vanMieu,
                fixtures.document(dongDa, "QU", LocalDate.of(2024, 12, 1), List.of()),
                List.of(
                        line(ObligationKind.HOLD_CONFERENCE, AppliesTo.GRASSROOTS_COMMITTEE, today.plusDays(7)),
                        line(ObligationKind.ACTION_PROGRAMME, AppliesTo.GRASSROOTS_COMMITTEE, today.plusDays(1)),
                        line(ObligationKind.PERIODIC_REPORT, AppliesTo.GRASSROOTS_COMMITTEE, today.minusDays(3)),
                        line(ObligationKind.INTERIM_REVIEW, AppliesTo.GRASSROOTS_COMMITTEE, today.plusDays(3)),
                        line(ObligationKind.ISSUE_PLAN, AppliesTo.GRASSROOTS_COMMITTEE, today.minusDays(5))));
        long conference = fixtures.obligation(campaign.id(), vanMieu, ObligationKind.HOLD_CONFERENCE);
        long programme = fixtures.obligation(campaign.id(), vanMieu, ObligationKind.ACTION_PROGRAMME);
        long report = fixtures.obligation(campaign.id(), vanMieu, ObligationKind.PERIODIC_REPORT);
        long review = fixtures.obligation(campaign.id(), vanMieu, ObligationKind.INTERIM_REVIEW);
        long plan = fixtures.obligation(campaign.id(), vanMieu, ObligationKind.ISSUE_PLAN);
        fulfilments.markDone(
                plan,
                fixtures.version(plan),
                LocalDate.of(2025, 1, 1),
                "Đã ban hành",
                null,
                Scope.everything(),
                LocalDate.now());
        long before = jdbc.sql("SELECT coalesce(max(id), 0) FROM notification")
                .query(Long.class)
                .single();
        try {
            remindOnce(today, conference, programme, report, review, plan);
        } finally {
            // a run in 2031 announces every open line of the database as overdue, which would crowd the inboxes
            // that other tests read
            jdbc.sql("DELETE FROM notification WHERE id > :before AND dedup_key LIKE 'obligation-%'")
                    .param("before", before)
                    .update();
        }
    }

    private void remindOnce(LocalDate today, long conference, long programme, long report, long review, long plan)
            throws Exception {

        var barrier = new CyclicBarrier(2);
        var first = CompletableFuture.supplyAsync(() -> {
            await(barrier);
            return reminders.runReminders(today);
        });
        var second = CompletableFuture.supplyAsync(() -> {
            await(barrier);
            return reminders.runReminders(today);
        });
        first.get();
        second.get();
        assertThat(reminders.runReminders(today)).isZero();

        assertThat(notices("obligation-due:" + conference + ":7", "OBLIGATION_DUE"))
                .isEqualTo(1);
        assertThat(notices("obligation-due:" + programme + ":1", "OBLIGATION_DUE"))
                .isEqualTo(1);
        assertThat(notices("obligation-overdue:" + report, "OBLIGATION_OVERDUE"))
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE dedup_key LIKE :k")
                        .param("k", "obligation-%:" + review + "%")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE dedup_key LIKE :k")
                        .param("k", "obligation-%:" + plan + "%")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT n.message_key || ' ' || n.message_args::text FROM notification n"
                                + " JOIN account a ON a.id = n.account_id"
                                + " WHERE a.username = 'vanmieu.vanphong' AND n.dedup_key = :k")
                        .param("k", "obligation-overdue:" + report)
                        .query(String.class)
                        .single())
                .startsWith("campaign.reminder.overdue ")
                .contains("campaign.kind.PERIODIC_REPORT")
                .contains(today.minusDays(3).toString());
    }

    private long notices(String dedupKey, String kind) {
        return jdbc.sql("SELECT count(*) FROM notification n JOIN account a ON a.id = n.account_id "
                        + "WHERE a.username = 'vanmieu.vanphong' AND n.dedup_key = :k AND n.kind = :kind")
                .param("k", dedupKey)
                .param("kind", kind)
                .query(Long.class)
                .single();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
