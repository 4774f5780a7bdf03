package vn.neuguong.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.neuguong.IntegrationTest;
import vn.neuguong.campaign.CampaignForm.RequirementForm;
import vn.neuguong.campaign.Recurrence.QuotaPeriod;
import vn.neuguong.campaign.Recurrence.QuotaUnit;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.web.FormPages;

@IntegrationTest
class RecurringRequirementsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Campaigns campaigns;

    @Autowired
    CampaignDrafts drafts;

    @Autowired
    Fulfilments fulfilments;

    @Autowired
    Cascades cascades;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    UserDetailsService users;

    @Autowired
    JsonMapper json;

    CampaignFixtures fixtures;
    long dongDa;
    long vanMieu;
    long cell;

    @BeforeEach
    void setUp() {
        fixtures = new CampaignFixtures(jdbc, campaigns, drafts, transaction, events);
        dongDa = fixtures.organization("Quận ủy Đống Đa");
        vanMieu = fixtures.organization("Đảng ủy phường Văn Miếu");
        cell = fixtures.cell("Đảng ủy phường Văn Miếu", 1);
    }

    static RequirementForm row(
            ObligationKind kind,
            AppliesTo appliesTo,
            LocalDate dueOn,
            Recurrence rule,
            Integer afterLine,
            Integer daysAfter,
            Integer quota,
            Boolean dueDayOnTime) {
        return new RequirementForm(
                kind,
                appliesTo,
                dueOn,
                null,
                null,
                rule,
                null,
                afterLine,
                daysAfter,
                quota,
                quota == null ? null : QuotaPeriod.YEAR,
                quota == null ? null : QuotaUnit.QUARTER,
                dueDayOnTime);
    }

    Campaign launch(LocalDate startsOn, LocalDate endsOn, Long term, List<RequirementForm> rows) {
        long plan = fixtures.document(dongDa, "QU", startsOn, List.of());
        var draft = drafts.create(
                new CampaignForm(
                        "Chuyên đề lặp lại " + System.nanoTime(),
                        null,
                        plan,
                        dongDa,
                        List.of(vanMieu),
                        startsOn,
                        endsOn,
                        rows,
                        term),
                Scope.everything());
        drafts.launch(draft.id(), draft.version(), Scope.everything(), startsOn);
        fixtures.openThrough(draft.id(), endsOn);
        return campaigns.get(draft.id(), Scope.everything());
    }

    long count(String sql, Map<String, ?> params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    List<Obligation> owed(long campaignId, long organizationId) {
        return jdbc.sql("SELECT " + Obligations.COLUMNS + " FROM obligation ob WHERE ob.campaign_id = :c"
                        + " AND ob.organization_id = :o ORDER BY ob.requirement_id, ob.period_starts_on NULLS FIRST")
                .param("c", campaignId)
                .param("o", organizationId)
                .query(Obligation.class)
                .list();
    }

    @Test
    void launchOwesOneObligationPerMonthAcrossTheYearEndAndPerQuarter() {
        var campaign = launch(
                LocalDate.of(2024, 12, 11),
                LocalDate.of(2025, 3, 31),
                null,
                List.of(
                        row(
                                ObligationKind.CELL_MEETINGS,
                                AppliesTo.CELL,
                                LocalDate.of(2025, 3, 31),
                                Recurrence.MONTHLY,
                                null,
                                null,
                                null,
                                null),
                        row(
                                ObligationKind.PERIODIC_REPORT,
                                AppliesTo.CELL,
                                LocalDate.of(2025, 3, 20),
                                Recurrence.QUARTERLY,
                                null,
                                null,
                                null,
                                false)));
        long cells = count(
                "SELECT count(*) FROM organization WHERE parent_id = :w AND kind = 'CELL' AND closed_on IS NULL",
                Map.of("w", vanMieu));
        assertThat(count("SELECT count(*) FROM obligation WHERE campaign_id = :c", Map.of("c", campaign.id())))
                .isEqualTo(cells * (4 + 2));
        var lines = owed(campaign.id(), cell);
        assertThat(lines)
                .extracting(Obligation::periodStartsOn, Obligation::dueOn, Obligation::opensOn)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                LocalDate.of(2024, 12, 1), LocalDate.of(2024, 12, 31), LocalDate.of(2024, 12, 11)),
                        org.assertj.core.groups.Tuple.tuple(
                                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31), LocalDate.of(2025, 1, 1)),
                        org.assertj.core.groups.Tuple.tuple(
                                LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28), LocalDate.of(2025, 2, 1)),
                        org.assertj.core.groups.Tuple.tuple(
                                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31), LocalDate.of(2025, 3, 1)),
                        org.assertj.core.groups.Tuple.tuple(
                                LocalDate.of(2024, 10, 1), LocalDate.of(2024, 12, 31), LocalDate.of(2024, 12, 11)),
                        org.assertj.core.groups.Tuple.tuple(
                                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 20), LocalDate.of(2025, 1, 1)));
        assertThat(lines.get(5).dueDayOnTime()).isFalse();
        // an act before the month opens does not count
        var january = lines.get(1);
        assertThatThrownBy(() -> fulfilments.markDone(
                        january.id(),
                        january.version(),
                        LocalDate.of(2024, 12, 20),
                        "Biên bản",
                        null,
                        Scope.everything(),
                        LocalDate.of(2025, 3, 1)))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).errors().get(0).field())
                .isEqualTo("fulfilledOn");
    }

    @Test
    void quotaActsCountOnePerQuarterAndTheOneReachingTheQuotaFulfils() {
        var campaign = launch(
                LocalDate.of(2024, 12, 1),
                LocalDate.of(2025, 12, 31),
                null,
                List.of(row(
                        ObligationKind.CELL_MEETINGS,
                        AppliesTo.CELL,
                        LocalDate.of(2025, 12, 31),
                        Recurrence.QUOTA,
                        null,
                        null,
                        2,
                        null)));
        var lines = owed(campaign.id(), cell);
        // the campaign holds one quarter of 2024: a quota of 2 asks for 1 there
        assertThat(lines).extracting(Obligation::actsOwed).containsExactly(1, 2);
        var year = lines.get(1);
        var today = LocalDate.of(2025, 12, 31);
        var first = fulfilments.markDone(
                year.id(), year.version(), LocalDate.of(2025, 2, 1), "Quý I", null, Scope.everything(), today);
        assertThat(first.actsDone()).isEqualTo(1);
        assertThat(first.isDone()).isFalse();
        assertThatThrownBy(() -> fulfilments.markDone(
                        year.id(),
                        first.version(),
                        LocalDate.of(2025, 3, 1),
                        "Quý I lần hai",
                        null,
                        Scope.everything(),
                        today))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("campaign.quota.unitTaken");
        assertThatThrownBy(() -> fulfilments.markDone(
                        year.id(),
                        first.version(),
                        LocalDate.of(2024, 12, 20),
                        "Năm trước",
                        null,
                        Scope.everything(),
                        today))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("campaign.fulfilledOn.beforeOpens");
        var second = fulfilments.markDone(
                year.id(), first.version(), LocalDate.of(2025, 5, 1), "Quý II", null, Scope.everything(), today);
        assertThat(second.actsDone()).isEqualTo(2);
        assertThat(second.fulfilledOn()).isEqualTo(LocalDate.of(2025, 5, 1));
        assertThat(count("SELECT count(*) FROM obligation_act WHERE obligation_id = :id", Map.of("id", year.id())))
                .isEqualTo(2);
        assertThatThrownBy(() -> fulfilments.markDone(
                        year.id(),
                        second.version(),
                        LocalDate.of(2025, 8, 1),
                        "Quý III",
                        null,
                        Scope.everything(),
                        today))
                .isInstanceOf(vn.neuguong.shared.ConflictException.class);
    }

    @Test
    void theObligationsPageAndApiListTheActsCountedTowardAQuota() throws Exception {
        var campaign = launch(
                LocalDate.of(2024, 12, 1),
                LocalDate.of(2025, 12, 31),
                null,
                List.of(row(
                        ObligationKind.CELL_MEETINGS,
                        AppliesTo.CELL,
                        LocalDate.of(2025, 12, 31),
                        Recurrence.QUOTA,
                        null,
                        null,
                        2,
                        null)));
        var year = owed(campaign.id(), cell).get(1);
        var staff = user(users.loadUserByUsername("dongda.tuyengiao"));
        mvc.perform(post("/api/v1/campaigns/{id}/obligations/{ob}/done", campaign.id(), year.id())
                        .with(staff)
                        .with(csrf())
                        .header("If-Match", "\"" + year.version() + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(
                                Map.of("fulfilledOn", "2025-02-14", "note", "Sinh hoạt chuyên đề <b>quý I</b>"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.actsDone").value(1));

        mvc.perform(get("/api/v1/campaigns/{id}/obligations", campaign.id())
                        .param("organizationId", String.valueOf(cell))
                        .with(staff))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].actsOwed").value(1))
                .andExpect(jsonPath("$.items[0].acts").isEmpty())
                .andExpect(jsonPath("$.items[1].actsDone").value(1))
                .andExpect(jsonPath("$.items[1].actsOwed").value(2))
                .andExpect(jsonPath("$.items[1].acts.length()").value(1))
                .andExpect(jsonPath("$.items[1].acts[0].unit").value("QUARTER"))
                .andExpect(jsonPath("$.items[1].acts[0].unitStartsOn").value("2025-01-01"))
                .andExpect(jsonPath("$.items[1].acts[0].doneOn").value("2025-02-14"))
                .andExpect(jsonPath("$.items[1].acts[0].note").value("Sinh hoạt chuyên đề <b>quý I</b>"))
                .andExpect(jsonPath("$.items[1].acts[0].evidenceNumber").isEmpty())
                .andExpect(jsonPath("$.items[1].acts[0].recordedBy").value("dongda.tuyengiao"));

        String html = mvc.perform(get("/campaigns/obligations")
                        .param("campaignId", String.valueOf(campaign.id()))
                        .param("organizationId", String.valueOf(cell))
                        .with(staff))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).doesNotContain("<b>quý I</b>");
        var row = Jsoup.parse(html).getElementById("obligation-" + year.id());
        assertThat(row).isNotNull();
        assertThat(row.select(".quota-acts-title").text()).isEqualTo("Các lần đã tính (1/2 lần)");
        assertThat(row.select(".quota-acts li").eachText())
                .containsExactly("Quý I/2025: 14/02/2025 Sinh hoạt chuyên đề <b>quý I</b> ghi nhận: dongda.tuyengiao");
        var other = Jsoup.parse(html)
                .getElementById("obligation-" + owed(campaign.id(), cell).get(0).id());
        assertThat(other.select(".quota-acts")).isEmpty();
    }

    @Test
    void aLineDueDaysAfterTheConferenceGetsItsDayFromTheConferencesAct() {
        var campaign = launch(
                LocalDate.of(2024, 12, 1),
                LocalDate.of(2025, 6, 30),
                null,
                List.of(
                        row(
                                ObligationKind.HOLD_CONFERENCE,
                                AppliesTo.GRASSROOTS_COMMITTEE,
                                LocalDate.of(2025, 1, 31),
                                null,
                                null,
                                null,
                                null,
                                null),
                        row(
                                ObligationKind.ACTION_PROGRAMME,
                                AppliesTo.GRASSROOTS_COMMITTEE,
                                LocalDate.of(2025, 3, 31),
                                Recurrence.AFTER_EVENT,
                                0,
                                7,
                                null,
                                null)));
        var lines = owed(campaign.id(), vanMieu);
        assertThat(lines.get(1).awaitingEvent()).isTrue();
        assertThat(lines.get(1).dueOn()).isEqualTo(LocalDate.of(2025, 3, 31));
        fulfilments.markDone(
                lines.get(0).id(),
                lines.get(0).version(),
                LocalDate.of(2025, 1, 10),
                "Hội nghị",
                null,
                Scope.everything(),
                LocalDate.of(2025, 1, 10));
        var programme = owed(campaign.id(), vanMieu).get(1);
        assertThat(programme.awaitingEvent()).isFalse();
        assertThat(programme.dueOn()).isEqualTo(LocalDate.of(2025, 1, 17));
    }

    @Test
    void theDueDayRuleGivesTheSameAnswersInJavaAndSql() {
        var due = LocalDate.of(2023, 5, 30);
        var days = List.of(due.minusDays(1), due, due.plusDays(1));
        var fulfilled = new ArrayList<LocalDate>(days);
        fulfilled.add(null);
        for (boolean onTime : List.of(true, false)) {
            for (LocalDate done : fulfilled) {
                for (LocalDate asOf : days) {
                    var params = new HashMap<String, Object>();
                    params.put("due", due);
                    params.put("done", done);
                    params.put("onTime", onTime);
                    params.put("asOf", asOf);
                    String sql = jdbc.sql("SELECT " + ObligationStatus.sql("x", "asOf")
                                    + " FROM (SELECT CAST(:due AS date) AS due_on, CAST(:done AS date) AS fulfilled_on,"
                                    + " CAST(:onTime AS boolean) AS due_day_on_time) x")
                            .params(params)
                            .query(String.class)
                            .single();
                    assertThat(sql)
                            .as("due %s done %s as of %s on time %s", due, done, asOf, onTime)
                            .isEqualTo(
                                    ObligationStatus.of(due, done, asOf, onTime).name());
                }
            }
        }
        assertThat(ObligationStatus.of(due, due, due, false)).isEqualTo(ObligationStatus.DONE_LATE);
        assertThat(ObligationStatus.of(due, null, due, false)).isEqualTo(ObligationStatus.OVERDUE);
        assertThat(ObligationStatus.of(due, due, due, true)).isEqualTo(ObligationStatus.DONE_ON_TIME);
        assertThat(ObligationStatus.of(due, null, due, true)).isEqualTo(ObligationStatus.NOT_YET_DUE);
    }

    @Test
    void aYearlyThemeSitsOnlyInALaunchedTermThemeOfItsOwnerOrAboveThatContainsIt() throws Exception {
        var term = launch(
                LocalDate.of(2021, 1, 1),
                LocalDate.of(2025, 12, 31),
                null,
                List.of(row(
                        ObligationKind.HOLD_CONFERENCE,
                        AppliesTo.GRASSROOTS_COMMITTEE,
                        LocalDate.of(2021, 6, 30),
                        null,
                        null,
                        null,
                        null,
                        null)));
        var year = launch(
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31),
                term.id(),
                List.of(row(
                        ObligationKind.CELL_MEETINGS,
                        AppliesTo.CELL,
                        LocalDate.of(2024, 12, 31),
                        Recurrence.MONTHLY,
                        null,
                        null,
                        null,
                        null)));
        assertThat(year.termCampaignId()).isEqualTo(term.id());
        long before = count("SELECT count(*) FROM campaign", Map.of());
        assertThatThrownBy(() -> launch(
                        LocalDate.of(2025, 6, 1),
                        LocalDate.of(2026, 6, 30),
                        term.id(),
                        List.of(row(
                                ObligationKind.CELL_MEETINGS,
                                AppliesTo.CELL,
                                LocalDate.of(2026, 6, 30),
                                null,
                                null,
                                null,
                                null,
                                null))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("termCampaignId");
        assertThat(count("SELECT count(*) FROM campaign", Map.of())).isEqualTo(before);

        var page = mvc.perform(
                        get("/campaigns/{id}", term.id()).with(user(users.loadUserByUsername("dongda.tuyengiao"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(page).text()).contains(year.title());
        var yearPage = Jsoup.parse(mvc.perform(get("/campaigns/{id}", year.id())
                                .with(user(users.loadUserByUsername("dongda.tuyengiao"))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .text();
        assertThat(yearPage).contains(term.title()).contains("hằng tháng").contains("chậm nhất ngày cuối kỳ");
    }

    @Test
    void aWardsRoundOfAYearlyThemeSitsInTheWardsRoundOfTheTermThemeWhicheverCameFirst() {
        var conference = row(
                ObligationKind.HOLD_CONFERENCE,
                AppliesTo.GRASSROOTS_COMMITTEE,
                LocalDate.of(2021, 6, 30),
                null,
                null,
                null,
                null,
                null);
        var term = launch(LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31), null, List.of(conference));
        var monthly = row(
                ObligationKind.CELL_MEETINGS,
                AppliesTo.CELL,
                LocalDate.of(2024, 12, 31),
                Recurrence.MONTHLY,
                null,
                null,
                null,
                null);
        var year2024 = launch(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), term.id(), List.of(monthly));
        var year2025 = launch(
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31),
                term.id(),
                List.of(row(
                        ObligationKind.CELL_MEETINGS,
                        AppliesTo.CELL,
                        LocalDate.of(2025, 12, 31),
                        Recurrence.MONTHLY,
                        null,
                        null,
                        null,
                        null)));

        // the ward takes up the 2024 theme before the term theme: it sits in no term yet
        var round2024 = cascade(year2024, LocalDate.of(2024, 1, 10), LocalDate.of(2024, 3, 31));
        assertThat(round2024.termCampaignId()).isNull();
        var termRound = cascade(term, LocalDate.of(2023, 12, 1), LocalDate.of(2024, 6, 30));
        var adopted = campaigns.get(round2024.id(), Scope.everything());
        assertThat(adopted.termCampaignId()).isEqualTo(termRound.id());
        assertThat(adopted.version()).isEqualTo(round2024.version() + 1);
        // and takes up the 2025 theme inside its term round at once
        var round2025 = cascade(year2025, LocalDate.of(2025, 1, 5), LocalDate.of(2025, 3, 31));
        assertThat(round2025.termCampaignId()).isEqualTo(termRound.id());

        // the upper term theme adds up its own years only: a round refines a year's obligations
        assertThat(campaigns.detail(term.id(), Scope.everything()).termYears())
                .extracting(CampaignViews.CampaignRow::id)
                .containsExactly(year2024.id(), year2025.id());
        assertThat(campaigns.detail(termRound.id(), Scope.everything()).termYears())
                .extracting(CampaignViews.CampaignRow::id)
                .containsExactly(round2024.id(), round2025.id());
    }

    /** The ward's own round of a campaign, planned on {@code planned}, with one line of its own. */
    Campaign cascade(Campaign parent, LocalDate planned, LocalDate dueOn) {
        long plan = fixtures.document(vanMieu, "ĐU", planned, List.of(parent.directingDocumentId()));
        var line = row(ObligationKind.HOLD_CONFERENCE, AppliesTo.CELL, dueOn, null, null, null, null, null);
        return cascades.cascade(
                parent.id(), new CascadeForm(vanMieu, plan, List.of(line)), Scope.everything(), planned);
    }

    @Test
    void apiNamesEachBadRecurringFieldAndSavesNothing() throws Exception {
        long plan = fixtures.document(dongDa, "QU", LocalDate.of(2024, 12, 1), List.of());
        long before = count("SELECT count(*) FROM campaign", Map.of());
        var body = new HashMap<String, Object>();
        body.put("title", "Chuyên đề sai");
        body.put("directingDocumentId", plan);
        body.put("ownerId", dongDa);
        body.put("targetIds", List.of(vanMieu));
        body.put("startsOn", "2024-12-11");
        body.put("endsOn", "2025-12-31");
        body.put("termCampaignId", -1);
        body.put(
                "requirements",
                List.of(
                        Map.of(
                                "kind",
                                "CELL_MEETINGS",
                                "appliesTo",
                                "CELL",
                                "dueOn",
                                "2025-01-31",
                                "recurrence",
                                "WINDOW",
                                "windowStartsOn",
                                "2025-02-01"),
                        Map.of(
                                "kind",
                                "CELL_MEETINGS",
                                "appliesTo",
                                "CELL",
                                "dueOn",
                                "2025-12-31",
                                "recurrence",
                                "QUOTA",
                                "quota",
                                5,
                                "quotaPeriod",
                                "YEAR",
                                "quotaUnit",
                                "QUARTER"),
                        Map.of(
                                "kind",
                                "ACTION_PROGRAMME",
                                "appliesTo",
                                "CELL",
                                "dueOn",
                                "2025-03-31",
                                "recurrence",
                                "AFTER_EVENT",
                                "afterLine",
                                2,
                                "daysAfter",
                                7),
                        Map.of(
                                "kind",
                                "CELL_MEETINGS",
                                "appliesTo",
                                "CELL",
                                "dueOn",
                                "2024-12-01",
                                "recurrence",
                                "MONTHLY")));
        mvc.perform(post("/api/v1/campaigns")
                        .with(user(users.loadUserByUsername("dongda.tuyengiao")))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andExpect(status().isBadRequest())
                // the module's rules name each row's field as the caller wrote it, as the rows' annotations do
                .andExpect(jsonPath("$.errors[*].field")
                        .value(Matchers.contains(
                                "requirements[0].windowStartsOn",
                                "requirements[1].quota",
                                "requirements[2].afterLine",
                                "requirements[3].dueOn",
                                "termCampaignId")))
                .andExpect(jsonPath("$.errors[*].row").isEmpty());
        assertThat(count("SELECT count(*) FROM campaign", Map.of())).isEqualTo(before);
    }

    @Test
    void aBadWindowOfTheSecondRowIsNamedAsWrittenInTheApiAndShownNextToItsFieldOnThePage() throws Exception {
        long plan = fixtures.document(dongDa, "QU", LocalDate.of(2024, 12, 1), List.of());
        long before = count("SELECT count(*) FROM campaign", Map.of());
        var body = Map.of(
                "title",
                "Chuyên đề có khoảng thời gian sai",
                "directingDocumentId",
                plan,
                "ownerId",
                dongDa,
                "targetIds",
                List.of(vanMieu),
                "startsOn",
                "2024-12-11",
                "endsOn",
                "2025-06-30",
                "requirements",
                List.of(
                        Map.of("kind", "ISSUE_PLAN", "appliesTo", "GRASSROOTS_COMMITTEE", "dueOn", "2024-12-20"),
                        Map.of(
                                "kind",
                                "CELL_MEETINGS",
                                "appliesTo",
                                "CELL",
                                "dueOn",
                                "2025-01-31",
                                "recurrence",
                                "WINDOW",
                                "windowStartsOn",
                                "2025-02-01")));
        mvc.perform(post("/api/v1/campaigns")
                        .with(user(users.loadUserByUsername("dongda.tuyengiao")))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("requirements[1].windowStartsOn"))
                .andExpect(jsonPath("$.errors[0].row").doesNotExist())
                .andExpect(jsonPath("$.errors[0].message").value("khoảng thời gian kết thúc trước khi bắt đầu"))
                .andExpect(jsonPath("$.errors[0].rejectedValue").value("2025-02-01"));

        var page = Jsoup.parse(mvc.perform(post("/campaigns")
                        .param("title", "Chuyên đề có khoảng thời gian sai")
                        .param("directingDocumentId", String.valueOf(plan))
                        .param("ownerId", String.valueOf(dongDa))
                        .param("targetIds", String.valueOf(vanMieu))
                        .param("startsOn", "2024-12-11")
                        .param("endsOn", "2025-06-30")
                        .param("requirements[0].kind", "ISSUE_PLAN")
                        .param("requirements[0].appliesTo", "GRASSROOTS_COMMITTEE")
                        .param("requirements[0].dueOn", "2024-12-20")
                        .param("requirements[1].kind", "CELL_MEETINGS")
                        .param("requirements[1].appliesTo", "CELL")
                        .param("requirements[1].dueOn", "2025-01-31")
                        .param("requirements[1].recurrence", "WINDOW")
                        .param("requirements[1].windowStartsOn", "2025-02-01")
                        .with(user(users.loadUserByUsername("dongda.tuyengiao")))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        FormPages.assertFieldError(
                page, "requirements-1-windowStartsOn", "khoảng thời gian kết thúc trước khi bắt đầu: 2025-02-01");
        assertThat(page.select(".field-error")).hasSize(1);
        assertThat(page.selectFirst("#requirements-1-windowStartsOn").attr("value"))
                .isEqualTo("2025-02-01");
        FormPages.assertEveryLabelNamesItsControl(page);
        assertThat(count("SELECT count(*) FROM campaign", Map.of())).isEqualTo(before);
    }

    @Test
    void apiListsEachPeriodsObligationWithItsPeriod() throws Exception {
        var campaign = launch(
                LocalDate.of(2024, 12, 11),
                LocalDate.of(2025, 2, 28),
                null,
                List.of(row(
                        ObligationKind.CELL_MEETINGS,
                        AppliesTo.CELL,
                        LocalDate.of(2025, 2, 28),
                        Recurrence.MONTHLY,
                        null,
                        null,
                        null,
                        null)));
        mvc.perform(get("/api/v1/campaigns/{id}/obligations", campaign.id())
                        .param("organizationId", String.valueOf(cell))
                        .param("asOf", "2025-01-15")
                        .with(user(users.loadUserByUsername("dongda.tuyengiao"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[0].periodStartsOn").value("2024-12-01"))
                .andExpect(jsonPath("$.items[0].status").value("OVERDUE"))
                .andExpect(jsonPath("$.items[1].periodEndsOn").value("2025-01-31"))
                .andExpect(jsonPath("$.items[1].actsOwed").value(1));
        var page = Jsoup.parse(mvc.perform(get("/campaigns/obligations")
                        .param("campaignId", String.valueOf(campaign.id()))
                        .param("organizationId", String.valueOf(cell))
                        .param("show", "ALL")
                        .with(user(users.loadUserByUsername("dongda.tuyengiao"))))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("small.period").eachText())
                .containsExactly("Tháng 12/2024", "Tháng 01/2025", "Tháng 02/2025");
    }

    @Test
    void theHauGiangThemeOwesEachCellTwelveMonthsIn2025AndOneQuarterAYear() {
        long cellId = fixtures.organization("Chi bộ Sở Tài chính");
        long theme = jdbc.sql("SELECT id FROM campaign WHERE title = :t")
                .param("t", RecurringCampaignDemoData.YEAR_TITLE)
                .query(Long.class)
                .single();
        assertThat(count(
                        "SELECT count(*) FROM obligation ob JOIN campaign_requirement r ON r.id = ob.requirement_id"
                                + " WHERE ob.campaign_id = :c AND ob.organization_id = :o AND r.recurrence = 'MONTHLY'"
                                + " AND extract(year FROM ob.period_starts_on) = 2025",
                        Map.of("c", theme, "o", cellId)))
                .isEqualTo(12);
        assertThat(jdbc.sql(
                                "SELECT ob.acts_owed FROM obligation ob JOIN campaign_requirement r ON r.id = ob.requirement_id"
                                        + " WHERE ob.campaign_id = :c AND ob.organization_id = :o AND r.recurrence = 'QUOTA'"
                                        + " ORDER BY ob.period_starts_on")
                        .param("c", theme)
                        .param("o", cellId)
                        .query(Integer.class)
                        .list())
                .containsExactly(1, 1);
        var term = jdbc.sql("SELECT term_campaign_id FROM campaign WHERE id = :id")
                .param("id", theme)
                .query(Long.class)
                .single();
        assertThat(campaigns.detail(term, Scope.everything()).termYears())
                .extracting(CampaignViews.CampaignRow::title)
                .containsExactly(RecurringCampaignDemoData.YEAR_TITLE);
    }
}
