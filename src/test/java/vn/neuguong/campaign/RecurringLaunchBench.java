package vn.neuguong.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.IntegrationTest;
import vn.neuguong.campaign.CampaignForm.RequirementForm;
import vn.neuguong.organization.Scope;

/**
 * Launching a five-year monthly line over the whole demo tree of Hà Nội (every party organization owes it, 60
 * months each) is one statement: prints the time and the obligations created. Not part of the build (the name does
 * not match the test includes): {@code ./mvnw test -Dtest=RecurringLaunchBench}.
 */
@IntegrationTest
class RecurringLaunchBench {

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

    @Test
    void launchingAFiveYearMonthlyLineWritesItsFirstMonthAndEachLaterMonthOpensInOneStatement() {
        var fixtures = new CampaignFixtures(jdbc, campaigns, drafts, transaction, events);
        long hanoi = fixtures.organization("Thành ủy Hà Nội");
        long plan = fixtures.document(hanoi, "TU", LocalDate.of(2021, 1, 1), List.of());
        var monthly = new RequirementForm(
                ObligationKind.CELL_MEETINGS,
                AppliesTo.ALL,
                LocalDate.of(2025, 12, 31),
                null,
                null,
                Recurrence.MONTHLY,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        var draft = drafts.create(
                new CampaignForm(
                        "Chuyên đề toàn khóa thử tải",
                        null,
                        plan,
                        hanoi,
                        List.of(hanoi),
                        LocalDate.of(2021, 1, 1),
                        LocalDate.of(2025, 12, 31),
                        List.of(monthly)),
                Scope.everything());
        long started = System.nanoTime();
        int created = drafts.launch(draft.id(), draft.version(), Scope.everything(), LocalDate.of(2021, 1, 1));
        long millis = (System.nanoTime() - started) / 1_000_000;
        long organizations = jdbc.sql("SELECT count(DISTINCT organization_id) FROM obligation WHERE campaign_id = :c")
                .param("c", draft.id())
                .query(Long.class)
                .single();
        started = System.nanoTime();
        int opened = fixtures.openThrough(draft.id(), LocalDate.of(2021, 2, 1));
        long monthMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf(
                "RecurringLaunchBench: %d obligations (%d organizations, the first month) launched in %d ms,"
                        + " the second month's %d opened in %d ms%n",
                created, organizations, millis, opened, monthMillis);
        assertThat(created).isEqualTo(organizations);
        assertThat(opened).isEqualTo(organizations);
    }
}
