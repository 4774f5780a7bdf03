package vn.neuguong.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.IntegrationTest;
import vn.neuguong.campaign.CampaignForm.RequirementForm;
import vn.neuguong.organization.Scope;

/**
 * A recurring line is opened period by period: the launch writes the periods started by its day, the job each later
 * one on its first day, once, parents before cascades. Every test runs in a transaction rolled back at its end.
 */
@IntegrationTest
class PeriodOpeningsIntegrationTests {

    static final LocalDate LAUNCH_DAY = LocalDate.of(2025, 3, 10);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Campaigns campaigns;

    @Autowired
    CampaignDrafts drafts;

    @Autowired
    Cascades cascades;

    @Autowired
    PeriodOpenings openings;

    @Autowired
    ObligationReminders reminders;

    @Autowired
    TaskList tasks;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    UserDetailsService users;

    CampaignFixtures fixtures;
    long dongDa;
    long vanMieu;
    long cell;
    long cells;

    @BeforeEach
    void setUp() {
        fixtures = new CampaignFixtures(jdbc, campaigns, drafts, transaction, events);
        dongDa = fixtures.organization("Quận ủy Đống Đa");
        vanMieu = fixtures.organization("Đảng ủy phường Văn Miếu");
        cell = fixtures.cell("Đảng ủy phường Văn Miếu", 1);
        cells = count("SELECT count(*) FROM organization WHERE parent_id = " + vanMieu
                + " AND kind = 'CELL' AND closed_on IS NULL");
    }

    interface Body {
        void run() throws Exception;
    }

    void rolledBack(Body body) {
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            try {
                body.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static RequirementForm monthly(AppliesTo appliesTo, Long parentLine) {
        return new RequirementForm(
                ObligationKind.CELL_MEETINGS,
                appliesTo,
                LocalDate.of(2025, 12, 31),
                null,
                parentLine,
                Recurrence.MONTHLY,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** The district's 2025 theme on the ward: a monthly line for the cells (and the ward), launched on 10/3/2025. */
    Campaign launched(AppliesTo appliesTo) {
        long plan = fixtures.document(dongDa, "QU", LocalDate.of(2025, 1, 1), List.of());
        var draft = drafts.create(
                new CampaignForm(
                        "Chuyên đề mở từng kỳ " + System.nanoTime(),
                        null,
                        plan,
                        dongDa,
                        List.of(vanMieu),
                        LocalDate.of(2025, 1, 1),
                        LocalDate.of(2025, 12, 31),
                        List.of(
                                monthly(appliesTo, null),
                                CampaignFixtures.line(
                                        ObligationKind.ISSUE_PLAN,
                                        AppliesTo.GRASSROOTS_COMMITTEE,
                                        LocalDate.of(2025, 1, 31))),
                        null),
                Scope.everything());
        drafts.launch(draft.id(), draft.version(), Scope.everything(), LAUNCH_DAY);
        return campaigns.get(draft.id(), Scope.everything());
    }

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    List<LocalDate> periods(long campaignId, long organizationId) {
        return jdbc.sql("SELECT period_starts_on FROM obligation WHERE campaign_id = :c AND organization_id = :o"
                        + " AND period_starts_on IS NOT NULL ORDER BY 1")
                .param("c", campaignId)
                .param("o", organizationId)
                .query(LocalDate.class)
                .list();
    }

    static List<LocalDate> months(int from, int to) {
        return java.util.stream.IntStream.rangeClosed(from, to)
                .mapToObj(m -> LocalDate.of(2025, m, 1))
                .toList();
    }

    @Test
    void theLaunchWritesThePeriodsStartedByItsDayAndTheJobOpensEachLaterOneOnce() {
        rolledBack(() -> {
            var campaign = launched(AppliesTo.CELL);
            String all = "SELECT count(*) FROM obligation WHERE campaign_id = " + campaign.id();
            assertThat(periods(campaign.id(), cell)).isEqualTo(months(1, 3));
            assertThat(count(all)).isEqualTo(cells * 3 + 1);

            openings.openThrough(LocalDate.of(2025, 3, 31));
            assertThat(count(all)).isEqualTo(cells * 3 + 1);

            // no node ran in April: the run of 2 June opens April, May and June
            openings.openThrough(LocalDate.of(2025, 6, 2));
            assertThat(periods(campaign.id(), cell)).isEqualTo(months(1, 6));
            assertThat(count(all)).isEqualTo(cells * 6 + 1);
            openings.openThrough(LocalDate.of(2025, 6, 2));
            assertThat(count(all)).isEqualTo(cells * 6 + 1);

            var detail = Jsoup.parse(mvc.perform(get("/campaigns/{id}", campaign.id())
                                    .with(user(users.loadUserByUsername("vanmieu.vanphong"))))
                            .andExpect(status().isOk())
                            .andReturn()
                            .getResponse()
                            .getContentAsString())
                    .getElementById("periods-opened");
            assertThat(detail).isNotNull();
            assertThat(detail.text()).isEqualTo("6/12 kỳ đã mở · kỳ tiếp theo mở ngày 01/07/2025");
            mvc.perform(get("/api/v1/campaigns/{id}/compliance", campaign.id())
                            .param("organizationId", String.valueOf(vanMieu))
                            .param("asOf", "2025-06-15")
                            .with(user(users.loadUserByUsername("vanmieu.vanphong"))))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.periodsOpened.opened").value(6))
                    .andExpect(jsonPath("$.periodsOpened.total").value(12))
                    .andExpect(jsonPath("$.periodsOpened.nextOpensOn").value("2025-07-01"))
                    .andExpect(jsonPath("$.periods.length()").value(6))
                    .andExpect(jsonPath("$.subtree.total.total").value(cells * 6 + 1));
            var board = Jsoup.parse(mvc.perform(get("/campaigns/{id}/compliance", campaign.id())
                                    .param("organizationId", String.valueOf(vanMieu))
                                    .param("asOf", "2025-06-15")
                                    .with(user(users.loadUserByUsername("vanmieu.vanphong"))))
                            .andExpect(status().isOk())
                            .andReturn()
                            .getResponse()
                            .getContentAsString())
                    .getElementById("periods-opened");
            assertThat(board).isNotNull();
            assertThat(board.text()).isEqualTo("6/12 kỳ đã mở · kỳ tiếp theo mở ngày 01/07/2025");
        });
    }

    @Test
    void aCascadesLineOfAnOpenedPeriodRefinesTheParentsObligationOfThatPeriod() {
        rolledBack(() -> {
            var parent = launched(AppliesTo.CELL);
            long parentLine = campaigns.requirements(parent.id()).get(0).id();
            long wardPlan =
                    fixtures.document(vanMieu, "ĐU", LocalDate.of(2025, 4, 15), List.of(parent.directingDocumentId()));
            // no node ran on 1 April: the cascade's launch opens the parent's April first
            var cascade = cascades.cascade(
                    parent.id(),
                    new CascadeForm(vanMieu, wardPlan, List.of(monthly(AppliesTo.CELL, parentLine))),
                    Scope.everything(),
                    LocalDate.of(2025, 4, 15));
            openings.openThrough(LocalDate.of(2025, 5, 1));
            assertThat(periods(parent.id(), cell)).isEqualTo(months(1, 5));
            assertThat(periods(cascade.id(), cell)).isEqualTo(months(4, 5));
            long unrefined = count("SELECT count(*) FROM obligation k LEFT JOIN obligation p ON p.id ="
                    + " k.refines_obligation_id AND p.campaign_id = " + parent.id()
                    + " AND p.period_starts_on = k.period_starts_on AND p.organization_id = k.organization_id"
                    + " WHERE k.campaign_id = " + cascade.id() + " AND p.id IS NULL");
            assertThat(unrefined).isZero();
            assertThat(count("SELECT count(*) FROM obligation WHERE campaign_id = " + cascade.id()))
                    .isEqualTo(cells * 2);
        });
    }

    @Test
    void remindersAndTheTaskListSeeTheOpenedPeriodsOnly() {
        rolledBack(() -> {
            var campaign = launched(AppliesTo.GRASSROOTS_COMMITTEE);
            // the ward's other open lines, due earlier, would fill the task list
            jdbc.sql("UPDATE obligation SET fulfilled_on = due_on, note = 'Đã làm' WHERE organization_id = :w"
                            + " AND campaign_id <> :c AND fulfilled_on IS NULL")
                    .param("w", vanMieu)
                    .param("c", campaign.id())
                    .update();
            var who = users.loadUserByUsername("vanmieu.vanphong");
            var auth = new UsernamePasswordAuthenticationToken(who, null, who.getAuthorities());
            var vi = Locale.forLanguageTag("vi");
            assertThat(texts(auth, LocalDate.of(2025, 3, 25), vi))
                    .anyMatch(t -> t.contains("Tháng 03/2025 (3/12 kỳ đã mở)"))
                    .noneMatch(t -> t.contains("Tháng 04/2025"));
            reminders.runReminders(LocalDate.of(2025, 4, 23));
            String april = "SELECT count(*) FROM notification WHERE dedup_key = 'obligation-due:' || (SELECT id FROM"
                    + " obligation WHERE campaign_id = " + campaign.id() + " AND period_starts_on = DATE '2025-04-01')"
                    + " || ':7'";
            assertThat(count("SELECT count(*) FROM obligation WHERE campaign_id = " + campaign.id()
                            + " AND period_starts_on = DATE '2025-04-01'"))
                    .isZero();

            openings.openThrough(LocalDate.of(2025, 4, 1));
            reminders.runReminders(LocalDate.of(2025, 4, 23));
            assertThat(count(april)).isEqualTo(1);
            assertThat(texts(auth, LocalDate.of(2025, 4, 25), vi))
                    .anyMatch(t -> t.contains("Tháng 04/2025 (4/12 kỳ đã mở)"));
        });
    }

    private List<String> texts(UsernamePasswordAuthenticationToken auth, LocalDate today, Locale locale) {
        return tasks.tasks(auth, today, locale).stream()
                .flatMap(group -> group.tasks().stream())
                .map(task -> task.title())
                .toList();
    }
}
