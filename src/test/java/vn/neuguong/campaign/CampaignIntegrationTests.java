package vn.neuguong.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.neuguong.campaign.CampaignFixtures.line;

import java.time.LocalDate;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.neuguong.IntegrationTest;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.web.FormPages;

@IntegrationTest
class CampaignIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Campaigns campaigns;

    @Autowired
    CampaignDrafts drafts;

    @Autowired
    Obligations obligations;

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
    long quocTuGiam;

    @BeforeEach
    void setUp() {
        fixtures = new CampaignFixtures(jdbc, campaigns, drafts, transaction, events);
        dongDa = fixtures.organization("Quận ủy Đống Đa");
        vanMieu = fixtures.organization("Đảng ủy phường Văn Miếu");
        quocTuGiam = fixtures.organization("Đảng ủy phường Quốc Tử Giám");
    }

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    long count(String sql, Map<String, ?> params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Test
    void launchPutsObligationsOnEveryOpenOrganizationOfTheTargetByKindButNotOnTheOwner() {
        long plan = fixtures.document(dongDa, "QU", LocalDate.of(2024, 12, 1), List.of());
        var campaign = fixtures.launched(
                dongDa,
                dongDa,
                plan,
                List.of(
                        line(ObligationKind.CELL_MEETINGS, AppliesTo.CELL, LocalDate.of(2025, 1, 31)),
                        line(ObligationKind.ISSUE_PLAN, AppliesTo.GRASSROOTS_COMMITTEE, LocalDate.of(2024, 12, 20)),
                        line(ObligationKind.INTERIM_REVIEW, AppliesTo.ALL, LocalDate.of(2025, 6, 30))));
        var subtree = Map.of("id", dongDa);
        long cells = count(
                "SELECT count(*) FROM organization o WHERE o.kind = 'CELL' AND o.closed_on IS NULL AND "
                        + "o.path <@ (SELECT path FROM organization WHERE id = :id)",
                subtree);
        long wards = count(
                "SELECT count(*) FROM organization o WHERE o.kind = 'GRASSROOTS_COMMITTEE' AND o.closed_on IS NULL "
                        + "AND o.path <@ (SELECT path FROM organization WHERE id = :id)",
                subtree);
        assertThat(cells).isEqualTo(84);
        assertThat(wards).isEqualTo(21);
        var byKind = Map.of("c", campaign.id());
        assertThat(count("SELECT count(*) FROM obligation WHERE campaign_id = :c AND kind = 'CELL_MEETINGS'", byKind))
                .isEqualTo(cells);
        assertThat(count("SELECT count(*) FROM obligation WHERE campaign_id = :c AND kind = 'ISSUE_PLAN'", byKind))
                .isEqualTo(wards);
        assertThat(count("SELECT count(*) FROM obligation WHERE campaign_id = :c AND kind = 'INTERIM_REVIEW'", byKind))
                .isEqualTo(cells + wards);
        assertThat(count(
                        "SELECT count(*) FROM obligation ob JOIN organization o ON o.id = ob.organization_id "
                                + "WHERE ob.campaign_id = :c AND (o.kind = 'DEPARTMENT' OR o.name = 'Quận ủy Đống Đa')",
                        byKind))
                .isZero();
        assertThat(campaign.status()).isEqualTo(Campaign.Status.LAUNCHED);
    }

    @Test
    void aCampaignIsLaunchedOnlyOnce() {
        long plan = fixtures.document(dongDa, "QU", LocalDate.of(2024, 12, 1), List.of());
        var campaign = fixtures.launched(
                dongDa,
                vanMieu,
                plan,
                List.of(line(ObligationKind.CELL_MEETINGS, AppliesTo.CELL, LocalDate.of(2025, 1, 31))));
        assertThatThrownBy(() ->
                        drafts.launch(campaign.id(), campaign.version(), Scope.everything(), LocalDate.of(2024, 12, 3)))
                .isInstanceOf(ConflictException.class);
        assertThat(count("SELECT count(*) FROM obligation WHERE campaign_id = :c", Map.of("c", campaign.id())))
                .isEqualTo(4);
    }

    @Test
    void apiCreatesAndLaunchesACampaignAndNamesEveryBadField() throws Exception {
        long before = count("SELECT count(*) FROM campaign", Map.of());
        mvc.perform(post("/api/v1/campaigns")
                        .with(as("dongda.tuyengiao"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"requirements\":[{\"kind\":\"CELL_MEETINGS\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(Matchers.hasItems(
                                "title",
                                "directingDocumentId",
                                "ownerId",
                                "targetIds",
                                "startsOn",
                                "endsOn",
                                "requirements[0].appliesTo",
                                "requirements[0].dueOn")));
        assertThat(count("SELECT count(*) FROM campaign", Map.of())).isEqualTo(before);

        long plan = fixtures.document(dongDa, "QU", LocalDate.of(2024, 12, 1), List.of());
        var body = Map.of(
                "title",
                "Đợt sinh hoạt chính trị thử",
                "directingDocumentId",
                plan,
                "ownerId",
                dongDa,
                "targetIds",
                List.of(vanMieu),
                "startsOn",
                "2024-12-01",
                "endsOn",
                "2025-03-31",
                "requirements",
                List.of(Map.of("kind", "MEMBER_SUBMISSIONS", "appliesTo", "CELL", "dueOn", "2025-02-28")));
        var created = mvc.perform(post("/api/v1/campaigns")
                        .with(as("dongda.tuyengiao"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.campaign.status").value("DRAFT"))
                .andExpect(jsonPath("$.directingDocument.id").value(plan))
                .andReturn();
        long id = json.readTree(created.getResponse().getContentAsString())
                .get("campaign")
                .get("id")
                .asLong();
        mvc.perform(post("/api/v1/campaigns/{id}/launch", id)
                        .header("If-Match", fixtures.ifMatch("campaign", id))
                        .with(as("vanmieu.vanphong"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/campaigns/{id}/launch", id)
                        .header("If-Match", fixtures.ifMatch("campaign", id))
                        .with(as("dongda.tuyengiao"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.obligations").value(4));
        mvc.perform(post("/api/v1/campaigns/{id}/launch", id)
                        .header("If-Match", fixtures.ifMatch("campaign", id))
                        .with(as("dongda.tuyengiao"))
                        .with(csrf()))
                .andExpect(status().isConflict());
    }

    @Test
    void targetsMustLieInsideTheOwnersSubtree() throws Exception {
        long plan = fixtures.document(vanMieu, "ĐU", LocalDate.of(2024, 12, 1), List.of());
        var body = Map.of(
                "title",
                "Chuyên đề phường",
                "directingDocumentId",
                plan,
                "ownerId",
                vanMieu,
                "targetIds",
                List.of(quocTuGiam),
                "startsOn",
                "2024-12-01",
                "endsOn",
                "2025-03-31",
                "requirements",
                List.of(Map.of("kind", "CELL_MEETINGS", "appliesTo", "CELL", "dueOn", "2025-02-28")));
        mvc.perform(post("/api/v1/campaigns")
                        .with(as("vanmieu.vanphong"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("targetIds"));
    }

    @Test
    void aCampaignCannotBeDirectedByADocumentOutsideWhatItsAuthorMayRead() throws Exception {
        long foreign = fixtures.document(quocTuGiam, "ĐU", LocalDate.of(2024, 12, 1), List.of());
        long before = count("SELECT count(*) FROM campaign", Map.of());
        var body = Map.of(
                "title",
                "Chuyên đề phường",
                "directingDocumentId",
                foreign,
                "ownerId",
                vanMieu,
                "targetIds",
                List.of(vanMieu),
                "startsOn",
                "2024-12-01",
                "endsOn",
                "2025-03-31",
                "requirements",
                List.of(Map.of("kind", "CELL_MEETINGS", "appliesTo", "CELL", "dueOn", "2025-02-28")));
        mvc.perform(post("/api/v1/campaigns")
                        .with(as("vanmieu.vanphong"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("directingDocumentId")));
        assertThat(count("SELECT count(*) FROM campaign", Map.of())).isEqualTo(before);
    }

    @Test
    void implementingPlanFulfilsIssuePlanThroughAChainOfBasesAndOnlyForItsIssuerAndAReportDoesNot() {
        long directing = fixtures.document(dongDa, "QU", LocalDate.of(2024, 12, 11), List.of());
        var campaign = fixtures.launched(
                dongDa,
                dongDa,
                directing,
                List.of(line(ObligationKind.ISSUE_PLAN, AppliesTo.GRASSROOTS_COMMITTEE, LocalDate.of(2024, 12, 20))));
        long department = fixtures.organization("Ban Tuyên giáo Quận ủy Đống Đa");
        long letter = fixtures.issue(department, "BTGQU", LocalDate.of(2024, 12, 12), List.of(directing));
        // a report citing the letter answers it but is no plan: the line stays open
        fixtures.issue(vanMieu, "ĐU", "BC", LocalDate.of(2024, 12, 21), List.of(letter));
        long wardPlan = fixtures.issue(vanMieu, "ĐU", LocalDate.of(2024, 12, 23), List.of(letter));
        fixtures.issue(
                quocTuGiam,
                "ĐU",
                LocalDate.of(2024, 12, 14),
                List.of(fixtures.document(dongDa, "QU", LocalDate.of(2024, 1, 2), List.of())));

        var vanMieuPlan = obligations
                .find(fixtures.obligation(campaign.id(), vanMieu, ObligationKind.ISSUE_PLAN), Scope.everything())
                .orElseThrow();
        assertThat(vanMieuPlan.fulfilledOn()).isEqualTo(LocalDate.of(2024, 12, 23));
        assertThat(vanMieuPlan.evidenceDocumentId()).isEqualTo(wardPlan);
        assertThat(vanMieuPlan.status(LocalDate.of(2025, 1, 1))).isEqualTo(ObligationStatus.DONE_LATE);
        var quocTuGiamPlan = obligations
                .find(fixtures.obligation(campaign.id(), quocTuGiam, ObligationKind.ISSUE_PLAN), Scope.everything())
                .orElseThrow();
        assertThat(quocTuGiamPlan.isDone()).isFalse();
    }

    @Test
    void lowerCommitteeCascadesWithEarlierDeadlinesButNeverLater() throws Exception {
        long directing = fixtures.document(dongDa, "QU", LocalDate.of(2024, 12, 11), List.of());
        var parent = fixtures.launched(
                dongDa,
                dongDa,
                directing,
                List.of(
                        line(ObligationKind.CELL_MEETINGS, AppliesTo.CELL, LocalDate.of(2025, 1, 31)),
                        line(ObligationKind.ISSUE_PLAN, AppliesTo.GRASSROOTS_COMMITTEE, LocalDate.of(2024, 12, 20))));
        long meetingLine = campaigns.requirements(parent.id()).get(0).id();
        long plan = fixtures.document(vanMieu, "ĐU", LocalDate.of(2024, 12, 15), List.of(directing));
        var later = Map.of(
                "organizationId", vanMieu,
                "planDocumentId", plan,
                "requirements",
                        List.of(Map.of(
                                "kind", "CELL_MEETINGS",
                                "appliesTo", "CELL",
                                "dueOn", "2025-02-15",
                                "parentRequirementId", meetingLine)));
        mvc.perform(post("/api/v1/campaigns/{id}/cascade", parent.id())
                        .with(as("vanmieu.vanphong"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(later)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("requirements[0].dueOn"))
                .andExpect(jsonPath("$.errors[0].row").doesNotExist());
        assertThat(count("SELECT count(*) FROM campaign WHERE parent_id = :p", Map.of("p", parent.id())))
                .isZero();

        var earlier = Map.of(
                "organizationId", vanMieu,
                "planDocumentId", plan,
                "requirements",
                        List.of(
                                Map.of(
                                        "kind", "CELL_MEETINGS",
                                        "appliesTo", "CELL",
                                        "dueOn", "2025-01-20",
                                        "parentRequirementId", meetingLine),
                                Map.of("kind", "MEMBER_SUBMISSIONS", "appliesTo", "CELL", "dueOn", "2025-01-25")));
        var result = mvc.perform(post("/api/v1/campaigns/{id}/cascade", parent.id())
                        .with(as("vanmieu.vanphong"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(earlier)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.campaign.parentId").value(parent.id()))
                .andExpect(jsonPath("$.campaign.ownerId").value(vanMieu))
                .andExpect(jsonPath("$.campaign.status").value("LAUNCHED"))
                .andExpect(jsonPath("$.obligationCount").value(8))
                .andReturn();
        long child = json.readTree(result.getResponse().getContentAsString())
                .get("campaign")
                .get("id")
                .asLong();
        mvc.perform(post("/api/v1/campaigns/{id}/launch", child)
                        .header("If-Match", fixtures.ifMatch("campaign", child))
                        .with(as("vanmieu.vanphong"))
                        .with(csrf()))
                .andExpect(status().isConflict());
        assertThat(count(
                        "SELECT count(*) FROM obligation WHERE campaign_id = :c AND kind = 'CELL_MEETINGS' "
                                + "AND due_on = DATE '2025-01-20'",
                        Map.of("c", child)))
                .isEqualTo(4);
        var issuePlan = obligations
                .find(fixtures.obligation(parent.id(), vanMieu, ObligationKind.ISSUE_PLAN), Scope.everything())
                .orElseThrow();
        assertThat(issuePlan.evidenceDocumentId()).isEqualTo(plan);
        assertThat(issuePlan.status(LocalDate.of(2025, 1, 1))).isEqualTo(ObligationStatus.DONE_ON_TIME);

        long foreignPlan = fixtures.document(quocTuGiam, "ĐU", LocalDate.of(2024, 12, 15), List.of(directing));
        mvc.perform(post("/api/v1/campaigns/{id}/cascade", parent.id())
                        .with(as("vanmieu.vanphong"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of(
                                "organizationId", quocTuGiam,
                                "planDocumentId", foreignPlan,
                                "requirements",
                                        List.of(Map.of(
                                                "kind",
                                                "CELL_MEETINGS",
                                                "appliesTo",
                                                "CELL",
                                                "dueOn",
                                                "2025-01-20"))))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.hasItem("organizationId")));
    }

    @Test
    void obligationsOfAnOrganizationOutsideTheScopeOrUnknownAreNotFound() throws Exception {
        var campaign = fixtures.launched(
                dongDa,
                dongDa,
                fixtures.document(dongDa, "QU", LocalDate.of(2024, 12, 1), List.of()),
                List.of(line(ObligationKind.CELL_MEETINGS, AppliesTo.CELL, LocalDate.of(2025, 1, 31))));
        for (long organization : List.of(quocTuGiam, Long.MAX_VALUE)) {
            mvc.perform(get("/api/v1/campaigns/{id}/obligations", campaign.id())
                            .param("organizationId", String.valueOf(organization))
                            .with(as("vanmieu.vanphong")))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/campaigns/obligations")
                            .param("campaignId", String.valueOf(campaign.id()))
                            .param("organizationId", String.valueOf(organization))
                            .with(as("vanmieu.vanphong")))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/campaigns/{id}/obligations", campaign.id())
                        .param("organizationId", String.valueOf(fixtures.cell("Đảng ủy phường Văn Miếu", 2)))
                        .with(as("vanmieu.vanphong")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1));
        var foreign = fixtures.launched(
                dongDa,
                quocTuGiam,
                fixtures.document(dongDa, "QU", LocalDate.of(2024, 12, 1), List.of()),
                List.of(line(ObligationKind.CELL_MEETINGS, AppliesTo.CELL, LocalDate.of(2025, 1, 31))));
        mvc.perform(get("/campaigns/obligations")
                        .param("campaignId", String.valueOf(foreign.id()))
                        .with(as("vanmieu.vanphong")))
                .andExpect(status().isNotFound());
    }

    @Test
    void obligationsListIsPagedAndCarriesTheRequirement() throws Exception {
        var campaign = fixtures.launched(
                dongDa,
                dongDa,
                fixtures.document(dongDa, "QU", LocalDate.of(2024, 12, 1), List.of()),
                List.of(line(ObligationKind.CELL_MEETINGS, AppliesTo.CELL, LocalDate.of(2025, 1, 31))));
        long meetingLine = campaigns.requirements(campaign.id()).get(0).id();
        mvc.perform(get("/api/v1/campaigns/{id}/obligations", campaign.id())
                        .param("page", "2")
                        .param("size", "20")
                        .with(as("dongda.tuyengiao")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(2))
                .andExpect(jsonPath("$.size").value(20))
                .andExpect(jsonPath("$.total").value(84))
                .andExpect(jsonPath("$.items.length()").value(20))
                .andExpect(
                        jsonPath("$.items[*].requirementId").value(Matchers.everyItem(Matchers.is((int) meetingLine))));
        mvc.perform(get("/api/v1/campaigns/{id}/obligations", campaign.id())
                        .param("page", "5")
                        .param("size", "20")
                        .with(as("dongda.tuyengiao")))
                .andExpect(jsonPath("$.items.length()").value(4));
        var first = json.readTree(mvc.perform(get("/api/v1/campaigns/{id}/obligations", campaign.id())
                                .param("size", "84")
                                .with(as("dongda.tuyengiao")))
                        .andExpect(jsonPath("$.page").value(1))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("items");
        var ids = new java.util.HashSet<Long>();
        first.forEach(item -> ids.add(item.get("id").asLong()));
        assertThat(ids).hasSize(84);
        mvc.perform(get("/api/v1/campaigns/{id}/obligations", campaign.id())
                        .param("page", "0")
                        .param("size", "501")
                        .param("lang", "en")
                        .with(as("dongda.tuyengiao")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("page", "size")))
                .andExpect(jsonPath("$.errors[0].message").value("must be a page number from 1"))
                .andExpect(jsonPath("$.errors[0].rejectedValue").value(0));
    }

    @Test
    void aRequirementDueAfterTheCampaignEndsIsRefused() throws Exception {
        long plan = fixtures.document(dongDa, "QU", LocalDate.of(2024, 12, 1), List.of());
        long before = count("SELECT count(*) FROM campaign", Map.of());
        var body = Map.of(
                "title",
                "Chuyên đề quá hạn kết thúc",
                "directingDocumentId",
                plan,
                "ownerId",
                dongDa,
                "targetIds",
                List.of(vanMieu),
                "startsOn",
                "2024-12-01",
                "endsOn",
                "2025-03-31",
                "requirements",
                List.of(
                        Map.of("kind", "MEMBER_SUBMISSIONS", "appliesTo", "CELL", "dueOn", "2025-03-31"),
                        Map.of("kind", "PERIODIC_REPORT", "appliesTo", "GRASSROOTS_COMMITTEE", "dueOn", "2025-04-01")));
        mvc.perform(post("/api/v1/campaigns")
                        .with(as("dongda.tuyengiao"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("requirements[1].dueOn"))
                .andExpect(jsonPath("$.errors[0].row").doesNotExist())
                .andExpect(jsonPath("$.errors[0].message").value("không được sau ngày kết thúc chuyên đề"))
                .andExpect(jsonPath("$.errors[0].rejectedValue").value("2025-04-01"));
        assertThat(count("SELECT count(*) FROM campaign", Map.of())).isEqualTo(before);

        long directing = fixtures.document(dongDa, "QU", LocalDate.of(2024, 12, 11), List.of());
        var parent = fixtures.launched(
                dongDa,
                dongDa,
                directing,
                List.of(line(ObligationKind.CELL_MEETINGS, AppliesTo.CELL, LocalDate.of(2025, 1, 31))));
        long wardPlan = fixtures.document(vanMieu, "ĐU", LocalDate.of(2024, 12, 15), List.of(directing));
        long obligationsBefore = count("SELECT count(*) FROM obligation", Map.of());
        mvc.perform(post("/api/v1/campaigns/{id}/cascade", parent.id())
                        .with(as("vanmieu.vanphong"))
                        .with(csrf())
                        .param("lang", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of(
                                "organizationId",
                                vanMieu,
                                "planDocumentId",
                                wardPlan,
                                "requirements",
                                List.of(Map.of(
                                        "kind", "INTERIM_REVIEW", "appliesTo", "CELL", "dueOn", "2026-01-01"))))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("requirements[0].dueOn"))
                .andExpect(jsonPath("$.errors[0].message").value("cannot be after the campaign ends"));
        assertThat(count("SELECT count(*) FROM campaign WHERE parent_id = :p", Map.of("p", parent.id())))
                .isZero();
        assertThat(count("SELECT count(*) FROM obligation", Map.of())).isEqualTo(obligationsBefore);

        var page = Jsoup.parse(mvc.perform(post("/campaigns/{id}/cascade", parent.id())
                        .param("organizationId", String.valueOf(vanMieu))
                        .param("planDocumentId", String.valueOf(wardPlan))
                        .param("requirements[0].kind", "INTERIM_REVIEW")
                        .param("requirements[0].appliesTo", "CELL")
                        .param("requirements[0].dueOn", "2026-01-01")
                        .with(as("vanmieu.vanphong"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        var dueOn = page.selectFirst("input[name=\"requirements[0].dueOn\"]");
        assertThat(dueOn).isNotNull();
        assertThat(dueOn.attr("value")).isEqualTo("2026-01-01");
        FormPages.assertFieldError(page, "requirements-0-dueOn", "không được sau ngày kết thúc chuyên đề: 2026-01-01");
    }

    @Test
    void createFormShowsADueDateAfterTheEndNextToItsField() throws Exception {
        long before = count("SELECT count(*) FROM campaign", Map.of());
        var page = Jsoup.parse(mvc.perform(post("/campaigns")
                        .param("title", "Chuyên đề có hạn quá muộn")
                        .param(
                                "directingDocumentId",
                                String.valueOf(fixtures.document(dongDa, "QU", LocalDate.of(2024, 12, 1), List.of())))
                        .param("ownerId", String.valueOf(dongDa))
                        .param("targetIds", String.valueOf(vanMieu))
                        .param("startsOn", "2025-01-01")
                        .param("endsOn", "2025-06-30")
                        .param("requirements[0].kind", "PERIODIC_REPORT")
                        .param("requirements[0].appliesTo", "GRASSROOTS_COMMITTEE")
                        .param("requirements[0].dueOn", "2025-07-15")
                        .param("lang", "en")
                        .with(as("dongda.tuyengiao"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        FormPages.assertFieldError(page, "requirements-0-dueOn", "cannot be after the campaign ends: 2025-07-15");
        FormPages.assertSummaryLinks(
                page, "Due on cannot be after the campaign ends: 2025-07-15", "requirements-0-dueOn");
        FormPages.assertEveryLabelNamesItsControl(page);
        assertThat(page.select(".field-error")).hasSize(1);
        assertThat(count("SELECT count(*) FROM campaign", Map.of())).isEqualTo(before);
    }

    @Test
    void createFormTiesEachErrorToItsFieldAndSummarisesThemOnTop() throws Exception {
        long before = count("SELECT count(*) FROM campaign", Map.of());
        var page = Jsoup.parse(mvc.perform(post("/campaigns")
                        .param("title", "")
                        .param("startsOn", "2025-01-01")
                        .param("endsOn", "2024-12-31")
                        .param("requirements[0].kind", "PERIODIC_REPORT")
                        .param("requirements[0].dueOn", "2025-03-31")
                        .with(as("dongda.tuyengiao"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

        FormPages.assertFieldError(page, "title", "là bắt buộc");
        FormPages.assertFieldError(page, "directingDocumentId", "là bắt buộc");
        FormPages.assertErrorShown(page, "ownerId", "là bắt buộc");
        FormPages.assertErrorShown(page, "targetIds", "là bắt buộc");
        FormPages.assertFieldError(page, "endsOn", "trước ngày bắt đầu");
        FormPages.assertFieldError(page, "requirements-0-appliesTo", "là bắt buộc");
        FormPages.assertFieldError(page, "requirements-0-dueOn", "không được sau ngày kết thúc chuyên đề");
        FormPages.assertSummaryLinks(
                page,
                "Tên là bắt buộc",
                "title",
                "directingDocumentId",
                "ownerId",
                "targetIds",
                "endsOn",
                "requirements-0-appliesTo",
                "requirements-0-dueOn");
        FormPages.assertEveryLabelNamesItsControl(page);
        assertThat(page.select(".error-summary a[href=#requirements-0-appliesTo]")
                        .text())
                .isEqualTo("Đối tượng thực hiện là bắt buộc");
        assertThat(page.getElementById("requirements-0-kind").attr("aria-label"))
                .isEqualTo("Nhiệm vụ 1");
        assertThat(page.getElementById("requirements-0-kind").hasAttr("aria-invalid"))
                .isFalse();
        assertThat(page.select("label[for=title] .required-mark")).hasSize(1);
        assertThat(page.select("label[for=ownerId] .required-mark")).hasSize(1);
        assertThat(page.select("label[for=theme] .required-mark")).isEmpty();
        assertThat(count("SELECT count(*) FROM campaign", Map.of())).isEqualTo(before);
    }

    @Test
    void createFormNamesTheMissingRequirementsAsAWhole() throws Exception {
        var page = Jsoup.parse(mvc.perform(post("/campaigns")
                        .param("title", "Chuyên đề chưa có nhiệm vụ")
                        .param("lang", "en")
                        .with(as("dongda.tuyengiao"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

        var requirements = page.getElementById("requirements");
        assertThat(requirements.attr("aria-describedby")).isEqualTo("requirements-error");
        assertThat(page.getElementById("requirements-error").text()).contains("add at least one obligation");
        assertThat(page.select(".error-summary a[href=#requirements]").text())
                .isEqualTo("Obligations template add at least one obligation");
    }

    /** On Quốc Tử Giám, so that the notices of its obligations reach no other test's ward. */
    @Test
    void cascadeFormTiesEachErrorToItsFieldAndALineItsParentToItsKind() throws Exception {
        var parent = fixtures.launched(
                dongDa,
                quocTuGiam,
                fixtures.document(dongDa, "QU", LocalDate.of(2024, 12, 1), List.of()),
                List.of(line(ObligationKind.ISSUE_PLAN, AppliesTo.GRASSROOTS_COMMITTEE, LocalDate.of(2025, 3, 31))));
        long planLine = campaigns.requirements(parent.id()).get(0).id();
        var page = Jsoup.parse(mvc.perform(post("/campaigns/{id}/cascade", parent.id())
                        .param("requirements[0].kind", "HOLD_CONFERENCE")
                        .param("requirements[0].appliesTo", "GRASSROOTS_COMMITTEE")
                        .param("requirements[0].dueOn", "2025-01-20")
                        .param("requirements[0].parentRequirementId", "999999999")
                        .param("requirements[1].kind", "ISSUE_PLAN")
                        .param("requirements[1].appliesTo", "GRASSROOTS_COMMITTEE")
                        .param("requirements[1].dueOn", "2025-04-30")
                        .param("requirements[1].parentRequirementId", String.valueOf(planLine))
                        .with(as("quoctugiam.vanphong"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

        FormPages.assertErrorShown(page, "organizationId", "là bắt buộc");
        FormPages.assertFieldError(page, "planDocumentId", "là bắt buộc");
        FormPages.assertFieldError(page, "requirements-0-kind", "không phải nhiệm vụ của chuyên đề cấp trên");
        FormPages.assertFieldError(page, "requirements-1-dueOn", "không được muộn hơn");
        FormPages.assertSummaryLinks(
                page,
                "Tổ chức là bắt buộc",
                "organizationId",
                "planDocumentId",
                "requirements-0-kind",
                "requirements-1-dueOn");
        FormPages.assertEveryLabelNamesItsControl(page);
        assertThat(page.select("label[for=planDocumentId] .required-mark")).hasSize(1);
        assertThat(count("SELECT count(*) FROM campaign WHERE parent_id = :p", Map.of("p", parent.id())))
                .isZero();
    }

    @Test
    void markingDoneByHandNeedsANoteAndKeepsTheAttachment() throws Exception {
        long plan = fixtures.document(dongDa, "QU", LocalDate.of(2024, 12, 1), List.of());
        var campaign = fixtures.launched(
                dongDa,
                vanMieu,
                plan,
                List.of(line(
                        ObligationKind.HOLD_CONFERENCE, AppliesTo.GRASSROOTS_COMMITTEE, LocalDate.of(2024, 12, 30))));
        long id = fixtures.obligation(campaign.id(), vanMieu, ObligationKind.HOLD_CONFERENCE);
        mvc.perform(post("/api/v1/campaigns/{c}/obligations/{o}/done", campaign.id(), id)
                        .header("If-Match", fixtures.ifMatch("obligation", id))
                        .with(as("vanmieu.vanphong"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fulfilledOn\":\"2024-12-28\",\"note\":\"  \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("note"));
        mvc.perform(post("/api/v1/campaigns/{c}/obligations/{o}/done", campaign.id(), id)
                        .header("If-Match", fixtures.ifMatch("obligation", id))
                        .with(as("vanmieu.vanphong"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fulfilledOn\":\"2999-01-01\",\"note\":\"Biên bản hội nghị\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("fulfilledOn"));
        assertThat(obligations.find(id, Scope.everything()).orElseThrow().isDone())
                .isFalse();

        var file = new MockMultipartFile("file", "bien-ban.pdf", "application/pdf", "biên bản".getBytes());
        mvc.perform(multipart("/api/v1/campaigns/{c}/obligations/{o}/done", campaign.id(), id)
                        .header("If-Match", fixtures.ifMatch("obligation", id))
                        .file(file)
                        .param("fulfilledOn", "2024-12-28")
                        .param("note", "Đã tổ chức hội nghị, 120 đảng viên dự")
                        .with(as("vanmieu.vanphong"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fulfilledOn").value("2024-12-28"))
                .andExpect(jsonPath("$.attachmentName").value("bien-ban.pdf"));
        mvc.perform(get("/campaigns/obligations/{id}/attachment", id).with(as("vanmieu.vanphong")))
                .andExpect(status().isOk())
                .andExpect(content().bytes("biên bản".getBytes()));
        mvc.perform(post("/api/v1/campaigns/{c}/obligations/{o}/done", campaign.id(), id)
                        .header("If-Match", fixtures.ifMatch("obligation", id))
                        .with(as("vanmieu.vanphong"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\":\"again\"}"))
                .andExpect(status().isConflict());
        assertThat(count(
                        "SELECT count(*) FROM audit_log WHERE entity_type = 'Obligation' AND entity_id = :id",
                        Map.of("id", String.valueOf(id))))
                .isEqualTo(1);
    }

    @Test
    void wardStaffSeesOnlyItsWardAndCannotReachAnotherWard() throws Exception {
        long plan = fixtures.document(dongDa, "QU", LocalDate.of(2024, 12, 1), List.of());
        var wide = fixtures.launched(
                dongDa,
                dongDa,
                plan,
                List.of(line(ObligationKind.CELL_MEETINGS, AppliesTo.CELL, LocalDate.of(2025, 1, 31))));
        var elsewhere = fixtures.launched(
                dongDa,
                quocTuGiam,
                fixtures.document(dongDa, "QU", LocalDate.of(2024, 12, 1), List.of()),
                List.of(line(ObligationKind.CELL_MEETINGS, AppliesTo.CELL, LocalDate.of(2025, 1, 31))));

        mvc.perform(get("/api/v1/campaigns/{id}/compliance", wide.id()).with(as("vanmieu.vanphong")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.node.id").value(vanMieu))
                .andExpect(jsonPath("$.children.length()").value(4))
                .andExpect(jsonPath("$.subtree.total.total").value(4));
        mvc.perform(get("/api/v1/campaigns/{id}/compliance", wide.id())
                        .param("organizationId", String.valueOf(quocTuGiam))
                        .with(as("vanmieu.vanphong")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/campaigns/{id}", elsewhere.id()).with(as("vanmieu.vanphong")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/campaigns/{id}", elsewhere.id()).with(as("vanmieu.vanphong")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/campaigns").with(as("vanmieu.vanphong")))
                .andExpect(jsonPath("$.items[*].id").value(Matchers.hasItem((int) wide.id())))
                .andExpect(jsonPath("$.items[*].id").value(Matchers.not(Matchers.hasItem((int) elsewhere.id()))));

        long foreign = fixtures.obligation(
                wide.id(), fixtures.cell("Đảng ủy phường Quốc Tử Giám", 1), ObligationKind.CELL_MEETINGS);
        mvc.perform(post("/api/v1/campaigns/{c}/obligations/{o}/done", wide.id(), foreign)
                        .header("If-Match", fixtures.ifMatch("obligation", foreign))
                        .with(as("vanmieu.vanphong"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\":\"không phải của tôi\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/campaigns/obligations/{o}/done", foreign)
                        .param("version", "0")
                        .param("note", "không phải của tôi")
                        .with(as("vanmieu.vanphong"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(obligations.find(foreign, Scope.everything()).orElseThrow().isDone())
                .isFalse();
        mvc.perform(get("/api/v1/campaigns/{id}/obligations", wide.id()).with(as("vanmieu.vanphong")))
                .andExpect(jsonPath("$.items.length()").value(4))
                .andExpect(jsonPath("$.total").value(4))
                .andExpect(jsonPath("$.items[*].organizationId")
                        .value(Matchers.everyItem(Matchers.in(List.of(
                                (int) fixtures.cell("Đảng ủy phường Văn Miếu", 1),
                                (int) fixtures.cell("Đảng ủy phường Văn Miếu", 2),
                                (int) fixtures.cell("Đảng ủy phường Văn Miếu", 3),
                                (int) fixtures.cell("Đảng ủy phường Văn Miếu", 4))))));
    }

    @Test
    void obligationsPageMarksDoneWithAFileAndExplainsAMissingNote() throws Exception {
        var campaign = fixtures.launched(
                dongDa,
                vanMieu,
                fixtures.document(dongDa, "QU", LocalDate.of(2024, 12, 1), List.of()),
                List.of(line(
                        ObligationKind.ACTION_PROGRAMME, AppliesTo.GRASSROOTS_COMMITTEE, LocalDate.of(2025, 2, 28))));
        long id = fixtures.obligation(campaign.id(), vanMieu, ObligationKind.ACTION_PROGRAMME);
        mvc.perform(multipart("/campaigns/obligations/{id}/done", id)
                        .param("version", "0")
                        .param("fulfilledOn", "2025-02-20")
                        .param("campaignId", String.valueOf(campaign.id()))
                        .with(as("vanmieu.vanphong"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("doneErrors", Map.of("note", "là bắt buộc")));
        assertThat(obligations.find(id, Scope.everything()).orElseThrow().isDone())
                .isFalse();
        mvc.perform(multipart("/campaigns/obligations/{id}/done", id)
                        .param("version", "0")
                        .file(new MockMultipartFile(
                                "file", "chuong-trinh.docx", "application/octet-stream", new byte[] {1, 2}))
                        .param("fulfilledOn", "2025-02-20")
                        .param("note", "Chương trình hành động số 05-CTr/ĐU")
                        .with(as("vanmieu.vanphong"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        var done = obligations.find(id, Scope.everything()).orElseThrow();
        assertThat(done.fulfilledOn()).isEqualTo(LocalDate.of(2025, 2, 20));
        assertThat(done.attachmentName()).isEqualTo("chuong-trinh.docx");
        assertThat(done.fulfilledBy()).isEqualTo("vanmieu.vanphong");
        mvc.perform(get("/campaigns/obligations")
                        .param("campaignId", String.valueOf(campaign.id()))
                        .param("show", "ALL")
                        .with(as("vanmieu.vanphong")))
                .andExpect(content().string(Matchers.containsString("chuong-trinh.docx")))
                .andExpect(content().string(Matchers.containsString("Hoàn thành đúng hạn")));
    }

    @Test
    void openApiDocumentDescribesTheCampaignEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/campaigns']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/campaigns/{id}/launch']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/campaigns/{id}/cascade']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/campaigns/{id}/obligations']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/campaigns/{id}/obligations/{obligationId}/done']")
                        .exists())
                .andExpect(
                        jsonPath("$.paths['/api/v1/campaigns/{id}/compliance']").exists());
    }
}
