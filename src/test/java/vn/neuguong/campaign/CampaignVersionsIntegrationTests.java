package vn.neuguong.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.neuguong.campaign.CampaignFixtures.line;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.IntFunction;
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
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.IntegrationTest;
import vn.neuguong.organization.Scope;

/**
 * A campaign or an obligation changed by a person names the version it was read at: the API with {@code If-Match}
 * (428 without, 409 when stale), the pages with a hidden field; two people writing the same version, one wins.
 * Bean Validation answers the bodies and forms; the campaign list is paged.
 */
@IntegrationTest
class CampaignVersionsIntegrationTests {

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

    CampaignFixtures fixtures;
    long dongDa;
    long vanMieu;

    @BeforeEach
    void setUp() {
        fixtures = new CampaignFixtures(jdbc, campaigns, drafts, transaction, events);
        dongDa = fixtures.organization("Quận ủy Đống Đa");
        vanMieu = fixtures.organization("Đảng ủy phường Văn Miếu");
    }

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    Campaign draft() {
        return fixtures.draft(
                dongDa,
                vanMieu,
                fixtures.document(dongDa, "QU", LocalDate.of(2024, 12, 1), List.of()),
                List.of(line(
                        ObligationKind.ACTION_PROGRAMME, AppliesTo.GRASSROOTS_COMMITTEE, LocalDate.of(2025, 2, 28))));
    }

    long obligations(long campaignId) {
        return jdbc.sql("SELECT count(*) FROM obligation WHERE campaign_id = :c")
                .param("c", campaignId)
                .query(Long.class)
                .single();
    }

    @Test
    void theCampaignCarriesItsVersionAsETagAndLaunchingNeedsItBack() throws Exception {
        var campaign = draft();
        mvc.perform(get("/api/v1/campaigns/{id}", campaign.id()).with(as("dongda.tuyengiao")))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""));
        mvc.perform(post("/api/v1/campaigns/{id}/launch", campaign.id())
                        .with(as("dongda.tuyengiao"))
                        .with(csrf()))
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.status").value(428))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("If-Match")));
        mvc.perform(post("/api/v1/campaigns/{id}/launch", campaign.id())
                        .header("If-Match", "\"0\"")
                        .header("Accept-Language", "en")
                        .with(as("dongda.tuyengiao"))
                        .with(csrf()))
                .andExpect(status().isOk());
        assertThat(obligations(campaign.id())).isPositive();
        mvc.perform(get("/api/v1/campaigns/{id}", campaign.id()).with(as("dongda.tuyengiao")))
                .andExpect(header().string("ETag", "\"1\""));
    }

    @Test
    void aStaleVersionIsRefusedInTheCallersLanguageAndChangesNothing() throws Exception {
        var campaign = draft();
        jdbc.sql("UPDATE campaign SET version = 3 WHERE id = :id")
                .param("id", campaign.id())
                .update();
        mvc.perform(post("/api/v1/campaigns/{id}/launch", campaign.id())
                        .header("If-Match", "\"2\"")
                        .header("Accept-Language", "en")
                        .with(as("dongda.tuyengiao"))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("changed by someone else")));
        mvc.perform(post("/api/v1/campaigns/{id}/launch", campaign.id())
                        .header("If-Match", "\"2\"")
                        .with(as("dongda.tuyengiao"))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("đã được người khác thay đổi")));
        mvc.perform(post("/api/v1/campaigns/{id}/launch", campaign.id())
                        .header("If-Match", "three")
                        .with(as("dongda.tuyengiao"))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("If-Match"));
        assertThat(obligations(campaign.id())).isZero();
        assertThat(campaigns.get(campaign.id(), Scope.everything()).isDraft()).isTrue();
    }

    @Test
    void twoStaffLaunchingTheVersionTheyBothReadOneWinsTheOtherIsTold409() throws Exception {
        var campaign = draft();
        var statuses = race(i -> post("/api/v1/campaigns/{id}/launch", campaign.id())
                .header("If-Match", "\"0\"")
                .with(as("dongda.tuyengiao"))
                .with(csrf()));
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        assertThat(obligations(campaign.id())).isEqualTo(1);
    }

    @Test
    void twoStaffMarkingTheSameObligationDoneOneWinsTheOtherIsTold409() throws Exception {
        var campaign = draft();
        drafts.launch(campaign.id(), campaign.version(), Scope.everything(), LocalDate.of(2024, 12, 2));
        long id = fixtures.obligation(campaign.id(), vanMieu, ObligationKind.ACTION_PROGRAMME);
        String read = fixtures.ifMatch("obligation", id);
        var statuses = race(i -> post("/api/v1/campaigns/{c}/obligations/{o}/done", campaign.id(), id)
                .header("If-Match", read)
                .with(as("vanmieu.vanphong"))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"fulfilledOn\": \"2025-02-20\", \"note\": \"Chương trình số " + i + "\"}"));
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        var done = obligations.find(id, Scope.everything()).orElseThrow();
        assertThat(done.version()).isEqualTo(1);
        assertThat(done.note()).startsWith("Chương trình số ");
    }

    @Test
    void markingDoneThroughTheApiNeedsIfMatchAndANote() throws Exception {
        var campaign = draft();
        drafts.launch(campaign.id(), campaign.version(), Scope.everything(), LocalDate.of(2024, 12, 2));
        long id = fixtures.obligation(campaign.id(), vanMieu, ObligationKind.ACTION_PROGRAMME);
        mvc.perform(post("/api/v1/campaigns/{c}/obligations/{o}/done", campaign.id(), id)
                        .with(as("vanmieu.vanphong"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\": \"Đã ban hành\"}"))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(post("/api/v1/campaigns/{c}/obligations/{o}/done", campaign.id(), id)
                        .header("If-Match", "\"0\"")
                        .header("Accept-Language", "vi")
                        .with(as("vanmieu.vanphong"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\": \"   \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("note"))
                .andExpect(jsonPath("$.errors[0].message").value("là bắt buộc"));
        mvc.perform(multipart("/api/v1/campaigns/{c}/obligations/{o}/done", campaign.id(), id)
                        .param("note", "x".repeat(4001))
                        .header("If-Match", "\"0\"")
                        .with(as("vanmieu.vanphong"))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("note"));
        assertThat(obligations.find(id, Scope.everything()).orElseThrow().isDone())
                .isFalse();
    }

    @Test
    void theObligationsPageSaysAtTheTopThatTheRowChangedMeanwhile() throws Exception {
        var campaign = draft();
        drafts.launch(campaign.id(), campaign.version(), Scope.everything(), LocalDate.of(2024, 12, 2));
        long id = fixtures.obligation(campaign.id(), vanMieu, ObligationKind.ACTION_PROGRAMME);
        var page = Jsoup.parse(mvc.perform(get("/campaigns/obligations")
                        .param("campaignId", String.valueOf(campaign.id()))
                        .with(as("vanmieu.vanphong")))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#obligation-" + id + " input[name=version]").val())
                .isEqualTo("0");
        var result = mvc.perform(multipart("/campaigns/obligations/{id}/done", id)
                        .param("version", "4")
                        .param("note", "Chương trình hành động")
                        .param("campaignId", String.valueOf(campaign.id()))
                        .with(as("vanmieu.vanphong"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", Matchers.containsString("đã được người khác thay đổi")))
                .andReturn();
        // the flash attributes travel in the session, as they do for a browser following the redirect
        String back = result.getResponse().getRedirectedUrl();
        var again = Jsoup.parse(mvc.perform(get(back.substring(0, back.indexOf('#')))
                        .cookie(result.getResponse().getCookie("SESSION"))
                        .with(as("vanmieu.vanphong")))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(again.select("p.error").text()).contains("đã được người khác thay đổi");
        assertThat(obligations.find(id, Scope.everything()).orElseThrow().isDone())
                .isFalse();
    }

    @Test
    void theDetailPageLaunchesTheVersionItShowedAndSaysSoWhenItChanged() throws Exception {
        var campaign = draft();
        var page = Jsoup.parse(mvc.perform(get("/campaigns/{id}", campaign.id()).with(as("dongda.tuyengiao")))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("form[action$=/launch] input[name=version]").val())
                .isEqualTo("0");
        mvc.perform(post("/campaigns/{id}/launch", campaign.id())
                        .param("version", "9")
                        .with(as("dongda.tuyengiao"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", Matchers.containsString("đã được người khác thay đổi")));
        assertThat(obligations(campaign.id())).isZero();
        mvc.perform(post("/campaigns/{id}/launch", campaign.id())
                        .param("version", "0")
                        .with(as("dongda.tuyengiao"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", Matchers.containsString("Đã triển khai")));
        assertThat(obligations(campaign.id())).isEqualTo(1);
    }

    @Test
    void aCascadeBodyWithoutItsCommitteeOrPlanIsRefusedNamingBoth() throws Exception {
        mvc.perform(post("/api/v1/campaigns/{id}/cascade", draft().id())
                        .with(as("vanmieu.vanphong"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"requirements\": [{\"kind\": \"HOLD_CONFERENCE\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(Matchers.hasItems(
                                "organizationId",
                                "planDocumentId",
                                "requirements[0].appliesTo",
                                "requirements[0].dueOn")));
    }

    @Test
    void theCampaignListIsPagedFromOne() throws Exception {
        draft();
        draft();
        var first = mvc.perform(get("/api/v1/campaigns").param("size", "1").with(as("dongda.tuyengiao")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.total").value(Matchers.greaterThanOrEqualTo(2)))
                .andReturn();
        mvc.perform(get("/api/v1/campaigns")
                        .param("page", "0")
                        .param("size", "101")
                        .with(as("dongda.tuyengiao")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("page", "size")));
        var page = Jsoup.parse(mvc.perform(get("/campaigns").with(as("dongda.tuyengiao")))
                .andReturn()
                .getResponse()
                .getContentAsString());
        // the campaigns Đống Đa sees (Hậu Giang's are not among them)
        long total = com.jayway.jsonpath.JsonPath.parse(first.getResponse().getContentAsString())
                .read("$.total", Long.class);
        assertThat(page.select("tbody tr")).hasSize((int) Math.min(total, CampaignController.PAGE_SIZE));
        if (total > CampaignController.PAGE_SIZE) {
            assertThat(page.select(".pager a[href$=page=2]")).hasSize(1);
        }
    }

    /** Two requests let go at the same moment; their statuses. */
    private List<Integer> race(IntFunction<RequestBuilder> request) throws Exception {
        var barrier = new CyclicBarrier(2);
        var results = new ArrayList<CompletableFuture<Integer>>();
        for (int i = 0; i < 2; i++) {
            int n = i;
            results.add(CompletableFuture.supplyAsync(() -> {
                try {
                    var built = request.apply(n);
                    barrier.await();
                    return mvc.perform(built).andReturn().getResponse().getStatus();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        var statuses = new ArrayList<Integer>();
        for (var result : results) {
            statuses.add(result.get());
        }
        return statuses;
    }
}
