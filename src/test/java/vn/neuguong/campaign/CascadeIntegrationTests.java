package vn.neuguong.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.neuguong.campaign.CampaignFixtures.line;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import javax.sql.DataSource;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.neuguong.IntegrationTest;
import vn.neuguong.campaign.CampaignForm.RequirementForm;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;

/**
 * The city's campaign on Đống Đa, taken up by the district with its own plan and tighter deadlines: the wards and
 * cells owe one act per line, whichever campaign it is recorded under. Dates lie in 2020, before any other
 * campaign of the shared database, so the lists sorted by due date start with these.
 */
@IntegrationTest
class CascadeIntegrationTests {

    static final LocalDate CITY_CONFERENCE = LocalDate.of(2020, 5, 30);
    static final LocalDate DISTRICT_CONFERENCE = LocalDate.of(2020, 5, 15);

    @Autowired
    MockMvc mvc;

    @Autowired
    java.time.Clock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Campaigns campaigns;

    @Autowired
    Cascades cascades;

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

    @Autowired
    UserDetailsService users;

    @Autowired
    JsonMapper json;

    @Autowired
    DataSource dataSource;

    CampaignFixtures fixtures;
    long hanoi;
    long dongDa;
    long vanMieu;
    long quocTuGiam;
    long cityDirective;
    Campaign city;
    long conferenceLine;
    long planLine;
    long meetingLine;

    @BeforeEach
    void setUp() {
        fixtures = new CampaignFixtures(jdbc, campaigns, drafts, transaction, events);
        hanoi = fixtures.organization("Thành ủy Hà Nội");
        dongDa = fixtures.organization("Quận ủy Đống Đa");
        vanMieu = fixtures.organization("Đảng ủy phường Văn Miếu");
        quocTuGiam = fixtures.organization("Đảng ủy phường Quốc Tử Giám");
        cityDirective = fixtures.document(hanoi, "TU", LocalDate.of(2020, 1, 5), List.of());
        var draft = drafts.create(
                new CampaignForm(
                        "Chuyên đề năm 2020 của Thành ủy " + System.nanoTime(),
                        null,
                        cityDirective,
                        hanoi,
                        List.of(dongDa),
                        LocalDate.of(2020, 1, 1),
                        LocalDate.of(2020, 12, 31),
                        List.of(
                                line(ObligationKind.HOLD_CONFERENCE, AppliesTo.GRASSROOTS_COMMITTEE, CITY_CONFERENCE),
                                line(
                                        ObligationKind.ISSUE_PLAN,
                                        AppliesTo.GRASSROOTS_COMMITTEE,
                                        LocalDate.of(2020, 3, 31)),
                                line(ObligationKind.CELL_MEETINGS, AppliesTo.CELL, LocalDate.of(2020, 6, 30)))),
                Scope.everything());
        drafts.launch(draft.id(), draft.version(), Scope.everything(), LocalDate.of(2020, 1, 6));
        city = campaigns.get(draft.id(), Scope.everything());
        var lines = campaigns.requirements(city.id());
        conferenceLine = lines.get(0).id();
        planLine = lines.get(1).id();
        meetingLine = lines.get(2).id();
    }

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    long count(String sql, Map<String, ?> params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    /** The district's round through the API: every line of the city tightened, as Đống Đa's staff sends it. */
    long districtCascade() throws Exception {
        long plan = fixtures.document(dongDa, "QU", LocalDate.of(2020, 1, 10), List.of(cityDirective));
        var body = Map.of(
                "organizationId",
                dongDa,
                "planDocumentId",
                plan,
                "requirements",
                List.of(
                        Map.of(
                                "kind",
                                "HOLD_CONFERENCE",
                                "appliesTo",
                                "GRASSROOTS_COMMITTEE",
                                "dueOn",
                                DISTRICT_CONFERENCE.toString(),
                                "parentRequirementId",
                                conferenceLine),
                        Map.of(
                                "kind",
                                "ISSUE_PLAN",
                                "appliesTo",
                                "GRASSROOTS_COMMITTEE",
                                "dueOn",
                                "2020-02-28",
                                "parentRequirementId",
                                planLine),
                        Map.of(
                                "kind",
                                "CELL_MEETINGS",
                                "appliesTo",
                                "CELL",
                                "dueOn",
                                "2020-06-20",
                                "parentRequirementId",
                                meetingLine)));
        var result = mvc.perform(post("/api/v1/campaigns/{id}/cascade", city.id())
                        .with(as("dongda.tuyengiao"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andExpect(status().isCreated())
                .andReturn();
        return json.readTree(result.getResponse().getContentAsString())
                .get("campaign")
                .get("id")
                .asLong();
    }

    @Test
    void launchingACascadeCreatesObligationsThatRefineTheParentsOfTheSameOrganization() throws Exception {
        long plan = fixtures.document(dongDa, "QU", LocalDate.of(2020, 1, 10), List.of(cityDirective));
        mvc.perform(post("/api/v1/campaigns/{id}/cascade", city.id())
                        .with(as("dongda.tuyengiao"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of(
                                "organizationId",
                                dongDa,
                                "planDocumentId",
                                plan,
                                "requirements",
                                List.of(
                                        Map.of(
                                                "kind",
                                                "HOLD_CONFERENCE",
                                                "appliesTo",
                                                "GRASSROOTS_COMMITTEE",
                                                "dueOn",
                                                DISTRICT_CONFERENCE.toString(),
                                                "parentRequirementId",
                                                conferenceLine),
                                        Map.of(
                                                "kind",
                                                "MEMBER_SUBMISSIONS",
                                                "appliesTo",
                                                "CELL",
                                                "dueOn",
                                                "2020-09-30"))))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.campaign.status").value("LAUNCHED"))
                .andExpect(jsonPath("$.campaign.launchedOn")
                        .value(LocalDate.now(clock).toString()))
                .andExpect(jsonPath("$.obligationCount").value(21 + 84));
        long district = jdbc.sql("SELECT id FROM campaign WHERE parent_id = :p")
                .param("p", city.id())
                .query(Long.class)
                .single();
        var params = Map.of("d", district, "c", city.id());
        assertThat(count("""
                        SELECT count(*) FROM obligation k JOIN obligation p ON p.id = k.refines_obligation_id
                        JOIN campaign_requirement r ON r.id = k.requirement_id
                        WHERE k.campaign_id = :d AND p.campaign_id = :c AND p.organization_id = k.organization_id
                          AND p.requirement_id = r.parent_requirement_id AND k.kind = 'HOLD_CONFERENCE'
                          AND k.due_on = DATE '2020-05-15' AND p.due_on = DATE '2020-05-30'
                        """, params)).isEqualTo(21);
        assertThat(count(
                        "SELECT count(*) FROM obligation WHERE campaign_id = :d AND kind = 'MEMBER_SUBMISSIONS' "
                                + "AND refines_obligation_id IS NULL",
                        Map.of("d", district)))
                .isEqualTo(84);
    }

    @Test
    void oneActFulfilsTheCascadesLineAndTheParentsLineAlike() throws Exception {
        long district = districtCascade();
        long districtLine = fixtures.obligation(district, quocTuGiam, ObligationKind.HOLD_CONFERENCE);
        long cityLine = fixtures.obligation(city.id(), quocTuGiam, ObligationKind.HOLD_CONFERENCE);
        mvc.perform(multipart("/api/v1/campaigns/{c}/obligations/{o}/done", district, districtLine)
                        .header("If-Match", fixtures.ifMatch("obligation", districtLine))
                        .file(new MockMultipartFile("file", "bien-ban-qtg.pdf", "application/pdf", new byte[] {1}))
                        .param("fulfilledOn", "2020-05-10")
                        .param("note", "Hội nghị học tập chuyên đề, 95 đảng viên dự")
                        .with(as("quoctugiam.vanphong"))
                        .with(csrf()))
                .andExpect(status().isOk());
        var cityObligation = obligations.find(cityLine, Scope.everything()).orElseThrow();
        assertThat(cityObligation.fulfilledOn()).isEqualTo(LocalDate.of(2020, 5, 10));
        assertThat(cityObligation.note()).isEqualTo("Hội nghị học tập chuyên đề, 95 đảng viên dự");
        assertThat(cityObligation.attachmentName()).isEqualTo("bien-ban-qtg.pdf");
        assertThat(cityObligation.fulfilledBy()).isEqualTo("quoctugiam.vanphong");
        assertThat(count(
                        "SELECT count(*) FROM audit_log WHERE entity_type = 'Obligation' AND entity_id = :id",
                        Map.of("id", String.valueOf(cityLine))))
                .isEqualTo(1);
        mvc.perform(post("/api/v1/campaigns/{c}/obligations/{o}/done", city.id(), cityLine)
                        .header("If-Match", fixtures.ifMatch("obligation", cityLine))
                        .with(as("hanoi.tuyengiao"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fulfilledOn\":\"2020-05-12\",\"note\":\"lần hai\"}"))
                .andExpect(status().isConflict());

        long vanMieuCityLine = fixtures.obligation(city.id(), vanMieu, ObligationKind.HOLD_CONFERENCE);
        mvc.perform(post("/api/v1/campaigns/{c}/obligations/{o}/done", city.id(), vanMieuCityLine)
                        .header("If-Match", fixtures.ifMatch("obligation", vanMieuCityLine))
                        .with(as("hanoi.tuyengiao"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fulfilledOn\":\"2020-05-20\",\"note\":\"Báo cáo của phường\"}"))
                .andExpect(status().isOk());
        var vanMieuDistrict = obligations
                .find(fixtures.obligation(district, vanMieu, ObligationKind.HOLD_CONFERENCE), Scope.everything())
                .orElseThrow();
        assertThat(vanMieuDistrict.fulfilledOn()).isEqualTo(LocalDate.of(2020, 5, 20));
        assertThat(vanMieuDistrict.note()).isEqualTo("Báo cáo của phường");

        // each board judges the one act against its own deadline, and the city's counts what the wards did
        String wardTally = "$.children[?(@.organizationId == %d)].tallies['%d'].%s";
        mvc.perform(get("/api/v1/campaigns/{id}/compliance", city.id())
                        .param("organizationId", String.valueOf(dongDa))
                        .param("asOf", "2020-06-01")
                        .with(as("hanoi.tuyengiao")))
                .andExpect(status().isOk())
                .andExpect(jsonPath(wardTally, quocTuGiam, conferenceLine, "onTime")
                        .value(Matchers.contains(1)))
                .andExpect(
                        jsonPath(wardTally, vanMieu, conferenceLine, "onTime").value(Matchers.contains(1)))
                .andExpect(
                        jsonPath("$.subtree.tallies['%d'].done", conferenceLine).value(2))
                .andExpect(jsonPath("$.subtree.tallies['%d'].overdue", conferenceLine)
                        .value(19));
        long districtConferenceLine = campaigns.requirements(district).get(0).id();
        mvc.perform(get("/api/v1/campaigns/{id}/compliance", district)
                        .param("asOf", "2020-06-01")
                        .with(as("dongda.tuyengiao")))
                .andExpect(status().isOk())
                .andExpect(jsonPath(wardTally, quocTuGiam, districtConferenceLine, "onTime")
                        .value(Matchers.contains(1)))
                .andExpect(jsonPath(wardTally, vanMieu, districtConferenceLine, "late")
                        .value(Matchers.contains(1)));
    }

    @Test
    void anOrganizationSeesOneTaskWithTheTightestDeadline() throws Exception {
        long district = districtCascade();
        long districtLine = fixtures.obligation(district, quocTuGiam, ObligationKind.HOLD_CONFERENCE);
        long cityLine = fixtures.obligation(city.id(), quocTuGiam, ObligationKind.HOLD_CONFERENCE);
        var page = Jsoup.parse(mvc.perform(get("/campaigns/obligations")
                        .param("organizationId", String.valueOf(quocTuGiam))
                        .param("status", "NOT_YET_DUE")
                        .param("asOf", "2020-01-15")
                        .with(as("quoctugiam.vanphong")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.getElementById("obligation-" + cityLine)).isNull();
        var task = page.getElementById("obligation-" + districtLine);
        assertThat(task).isNotNull();
        assertThat(task.select("td").get(2).text()).isEqualTo("15/05/2020");

        mvc.perform(get("/api/v1/campaigns/{id}/obligations", district)
                        .param("organizationId", String.valueOf(quocTuGiam))
                        .with(as("quoctugiam.vanphong")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[?(@.id == %d)].refinesObligationId", districtLine)
                        .value(Matchers.contains((int) cityLine)));
        mvc.perform(get("/api/v1/campaigns/{id}/obligations", city.id())
                        .param("organizationId", String.valueOf(quocTuGiam))
                        .with(as("hanoi.tuyengiao")))
                .andExpect(jsonPath("$.total").value(2));
    }

    @Test
    void issuingAPlanFulfilsTheIssuePlanLinesOfBothCampaigns() throws Exception {
        long district = districtCascade();
        long direct = fixtures.issue(quocTuGiam, "ĐU", LocalDate.of(2020, 2, 20), List.of(cityDirective));
        for (long campaign : List.of(city.id(), district)) {
            var line = obligations
                    .find(fixtures.obligation(campaign, quocTuGiam, ObligationKind.ISSUE_PLAN), Scope.everything())
                    .orElseThrow();
            assertThat(line.fulfilledOn()).isEqualTo(LocalDate.of(2020, 2, 20));
            assertThat(line.evidenceDocumentId()).isEqualTo(direct);
        }
        long districtPlan = jdbc.sql("SELECT directing_document_id FROM campaign WHERE id = :id")
                .param("id", district)
                .query(Long.class)
                .single();
        long underDistrict = fixtures.issue(vanMieu, "ĐU", LocalDate.of(2020, 3, 5), List.of(districtPlan));
        var districtLine = obligations
                .find(fixtures.obligation(district, vanMieu, ObligationKind.ISSUE_PLAN), Scope.everything())
                .orElseThrow();
        var cityLine = obligations
                .find(fixtures.obligation(city.id(), vanMieu, ObligationKind.ISSUE_PLAN), Scope.everything())
                .orElseThrow();
        assertThat(List.of(districtLine.evidenceDocumentId(), cityLine.evidenceDocumentId()))
                .containsOnly(underDistrict);
        assertThat(districtLine.status(LocalDate.of(2020, 4, 1))).isEqualTo(ObligationStatus.DONE_LATE);
        assertThat(cityLine.status(LocalDate.of(2020, 4, 1))).isEqualTo(ObligationStatus.DONE_ON_TIME);
    }

    @Test
    void aLineAlreadyDoneBeforeTheCascadeStartsDoneInIt() throws Exception {
        long cityLine = fixtures.obligation(city.id(), vanMieu, ObligationKind.HOLD_CONFERENCE);
        fulfilments.markDone(
                cityLine,
                fixtures.version(cityLine),
                LocalDate.of(2020, 1, 8),
                "Đã học tập sớm",
                null,
                Scope.everything(),
                LocalDate.now());
        long district = districtCascade();
        var districtLine = obligations
                .find(fixtures.obligation(district, vanMieu, ObligationKind.HOLD_CONFERENCE), Scope.everything())
                .orElseThrow();
        assertThat(districtLine.refinesObligationId()).isEqualTo(cityLine);
        assertThat(districtLine.fulfilledOn()).isEqualTo(LocalDate.of(2020, 1, 8));
        assertThat(districtLine.note()).isEqualTo("Đã học tập sớm");
    }

    @Test
    void aLineRefinedByOneCascadeCannotBeRefinedByAnotherForTheSameOrganizations() throws Exception {
        districtCascade();
        long wardPlan = fixtures.document(vanMieu, "ĐU", LocalDate.of(2020, 1, 12), List.of(cityDirective));
        long before = count("SELECT count(*) FROM campaign WHERE parent_id = :p", Map.of("p", city.id()));
        mvc.perform(post("/api/v1/campaigns/{id}/cascade", city.id())
                        .with(as("vanmieu.vanphong"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of(
                                "organizationId",
                                vanMieu,
                                "planDocumentId",
                                wardPlan,
                                "requirements",
                                List.of(Map.of(
                                        "kind",
                                        "CELL_MEETINGS",
                                        "appliesTo",
                                        "CELL",
                                        "dueOn",
                                        "2020-06-10",
                                        "parentRequirementId",
                                        meetingLine))))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("requirements[0].parentRequirementId"));
        assertThat(count("SELECT count(*) FROM campaign WHERE parent_id = :p", Map.of("p", city.id())))
                .isEqualTo(before);

        long quocTuGiamCity = fixtures.obligation(city.id(), quocTuGiam, ObligationKind.HOLD_CONFERENCE);
        long other = jdbc.sql("SELECT id FROM obligation WHERE organization_id = :o AND refines_obligation_id IS NULL "
                        + "AND campaign_id <> :c ORDER BY id LIMIT 1")
                .param("o", quocTuGiam)
                .param("c", city.id())
                .query(Long.class)
                .single();
        assertThatThrownBy(() -> jdbc.sql("UPDATE obligation SET refines_obligation_id = :p WHERE id = :id")
                        .param("p", quocTuGiamCity)
                        .param("id", other)
                        .update())
                .isInstanceOf(DuplicateKeyException.class);
        long vanMieuOwn = jdbc.sql("SELECT id FROM obligation ob WHERE organization_id = :o AND NOT EXISTS "
                        + "(SELECT 1 FROM obligation k WHERE k.refines_obligation_id = ob.id) ORDER BY id DESC LIMIT 1")
                .param("o", vanMieu)
                .query(Long.class)
                .single();
        assertThatThrownBy(() -> jdbc.sql("UPDATE obligation SET refines_obligation_id = :p WHERE id = :id")
                        .param("p", vanMieuOwn)
                        .param("id", other)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .isNotInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void twoCascadesRefiningTheSameLinesAtOnceLeaveOneStanding() throws Exception {
        long districtPlan = fixtures.document(dongDa, "QU", LocalDate.of(2020, 1, 10), List.of(cityDirective));
        long wardPlan = fixtures.document(vanMieu, "ĐU", LocalDate.of(2020, 1, 12), List.of(cityDirective));
        var meetings = List.of(new RequirementForm(
                ObligationKind.CELL_MEETINGS, AppliesTo.CELL, LocalDate.of(2020, 6, 10), null, meetingLine));
        var barrier = new CyclicBarrier(2);
        var results = new ArrayList<CompletableFuture<Object>>();
        for (var form : List.of(
                new CascadeForm(dongDa, districtPlan, meetings), new CascadeForm(vanMieu, wardPlan, meetings))) {
            results.add(CompletableFuture.supplyAsync(() -> {
                try {
                    barrier.await();
                    return cascades.cascade(city.id(), form, Scope.everything(), LocalDate.now());
                } catch (ConflictException | InvalidInputException e) {
                    return e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        var outcomes = results.stream().map(CompletableFuture::join).toList();
        var winner = outcomes.stream()
                .filter(Campaign.class::isInstance)
                .map(Campaign.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(outcomes)
                .filteredOn(outcome -> outcome != winner)
                .singleElement()
                .isInstanceOfAny(ConflictException.class, InvalidInputException.class);
        assertThat(count("SELECT count(*) FROM campaign WHERE parent_id = :p", Map.of("p", city.id())))
                .isEqualTo(1);
        assertThat(count(
                        "SELECT count(*) FROM obligation k JOIN obligation p ON p.id = k.refines_obligation_id "
                                + "WHERE p.campaign_id = :c AND k.campaign_id = :w",
                        Map.of("c", city.id(), "w", winner.id())))
                .isEqualTo(winner.ownerId() == dongDa ? 84 : 4);
    }

    @Test
    void cascadesLaunchedBeforeRefinementAreLinkedAndShareTheActsRecordedOnEitherLine() throws Exception {
        long district = districtCascade();
        // as such a cascade stood: its own obligations, unlinked, each ward recording on one line only
        jdbc.sql("UPDATE obligation SET refines_obligation_id = NULL WHERE campaign_id = :d")
                .param("d", district)
                .update();
        long quocTuGiamDistrict = fixtures.obligation(district, quocTuGiam, ObligationKind.HOLD_CONFERENCE);
        long vanMieuCity = fixtures.obligation(city.id(), vanMieu, ObligationKind.HOLD_CONFERENCE);
        fulfilments.markDone(
                quocTuGiamDistrict,
                fixtures.version(quocTuGiamDistrict),
                LocalDate.of(2020, 5, 9),
                "Biên bản hội nghị",
                null,
                Scope.everything(),
                LocalDate.now());
        fulfilments.markDone(
                vanMieuCity,
                fixtures.version(vanMieuCity),
                LocalDate.of(2020, 5, 11),
                "Báo cáo kết quả",
                null,
                Scope.everything(),
                LocalDate.now());

        var migration = new ResourceDatabasePopulator(
                new ClassPathResource("db/migration/campaign/V62__link_existing_cascades.sql"));
        migration.execute(dataSource);
        migration.execute(dataSource);

        assertThat(count(
                        "SELECT count(*) FROM obligation k JOIN obligation p ON p.id = k.refines_obligation_id "
                                + "WHERE k.campaign_id = :d AND p.campaign_id = :c AND p.organization_id = k.organization_id",
                        Map.of("d", district, "c", city.id())))
                .isEqualTo(21 + 21 + 84);
        var quocTuGiamCity = obligations
                .find(fixtures.obligation(city.id(), quocTuGiam, ObligationKind.HOLD_CONFERENCE), Scope.everything())
                .orElseThrow();
        assertThat(quocTuGiamCity.fulfilledOn()).isEqualTo(LocalDate.of(2020, 5, 9));
        assertThat(quocTuGiamCity.note()).isEqualTo("Biên bản hội nghị");
        var vanMieuDistrict = obligations
                .find(fixtures.obligation(district, vanMieu, ObligationKind.HOLD_CONFERENCE), Scope.everything())
                .orElseThrow();
        assertThat(vanMieuDistrict.fulfilledOn()).isEqualTo(LocalDate.of(2020, 5, 11));
        assertThat(count(
                        "SELECT count(*) FROM obligation WHERE campaign_id IN (:c, :d) AND fulfilled_on IS NOT NULL",
                        Map.of("c", city.id(), "d", district)))
                .isEqualTo(4);
    }

    @Test
    void aRefinedLineIsRemindedOnlyThroughTheLineRefiningIt() throws Exception {
        long district = districtCascade();
        long districtLine = fixtures.obligation(district, quocTuGiam, ObligationKind.HOLD_CONFERENCE);
        long cityLine = fixtures.obligation(city.id(), quocTuGiam, ObligationKind.HOLD_CONFERENCE);
        long before = jdbc.sql("SELECT coalesce(max(id), 0) FROM notification")
                .query(Long.class)
                .single();
        try {
            reminders.runReminders(DISTRICT_CONFERENCE.minusDays(7));
            reminders.runReminders(CITY_CONFERENCE.minusDays(7));
            reminders.runReminders(CITY_CONFERENCE.plusDays(1));
            assertThat(count(
                            "SELECT count(*) FROM notification WHERE dedup_key LIKE :k",
                            Map.of("k", "obligation-%:" + districtLine + "%")))
                    .isPositive();
            assertThat(count(
                            "SELECT count(*) FROM notification WHERE dedup_key LIKE :k",
                            Map.of("k", "obligation-%:" + cityLine + "%")))
                    .isZero();
        } finally {
            // the overdue notices of every open 2020 line would crowd the inboxes other tests read
            jdbc.sql("DELETE FROM notification WHERE id > :before AND dedup_key LIKE 'obligation-%'")
                    .param("before", before)
                    .update();
        }
    }
}
