package vn.neuguong.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.neuguong.DemoFixtures;
import vn.neuguong.IntegrationTest;

@IntegrationTest
class SelfCultivationIntegrationTests {

    static final String API = "/api/v1/study/self-cultivation-plans";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoFixtures demo;

    @Autowired
    Clock clock;

    CultivationFixtures fixtures;
    long ward;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fixtures = new CultivationFixtures(jdbc);
        fixtures.prepare();
        ward = fixtures.ward();
        today = LocalDate.now(clock);
    }

    /** The account signed in, its request carrying the CSRF token a page of the session would send. */
    private RequestPostProcessor as(String username) {
        var user = demo.signedIn(username);
        return request -> csrf().postProcessRequest(user.postProcessRequest(request));
    }

    private long create(String content) throws Exception {
        String body = mvc.perform(post(API)
                        .with(as(CultivationFixtures.LEADER))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"organizationId": %d, "year": %d, "period": "Đợt I năm %d", "contentHtml": "%s"}""".formatted(ward, today.getYear(), today.getYear(), content)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.mine").value(true))
                .andExpect(jsonPath("$.leaderPost").value("Bí thư Đảng ủy phường Gia Thụy"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("<script");
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private void openWindow(long id, int version, LocalDate from, LocalDate to) throws Exception {
        mvc.perform(post(API + "/" + id + "/comment-window")
                        .with(as(CultivationFixtures.LEADER))
                        .header("If-Match", "\"" + version + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"opensOn\": \"%s\", \"closesOn\": \"%s\"}".formatted(from, to)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OPEN"));
    }

    private org.springframework.test.web.servlet.ResultActions comment(long id, String username, String text)
            throws Exception {
        return mvc.perform(post(API + "/" + id + "/comments")
                .with(as(username))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"body\": \"" + text + "\"}"));
    }

    private Document publicPage(long organization) throws Exception {
        String html = mvc.perform(get("/portal/organizations/" + organization + "/self-cultivation-plans"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    @Test
    void theLeaderWritesTheMembersCommentInTheWindowAndThePublishedVersionIsPostedWithItsDate() throws Exception {
        long id = create("<p>Gương mẫu đi cơ sở hằng tháng</p><script>alert(1)</script>");
        comment(id, CultivationFixtures.MEMBER, "Quá sớm")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"));
        openWindow(id, 0, today.minusDays(1), today.plusDays(5));
        comment(id, CultivationFixtures.MEMBER, "Đề nghị đồng chí dự sinh hoạt chi bộ")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.authorName").value(fixtures.memberName(CultivationFixtures.MEMBER)));

        mvc.perform(post(API + "/" + id + "/publication")
                        .with(as(CultivationFixtures.MEMBER))
                        .header("If-Match", "\"1\""))
                .andExpect(status().isForbidden());
        mvc.perform(post(API + "/" + id + "/publication")
                        .with(as(CultivationFixtures.LEADER))
                        .header("If-Match", "\"1\""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.versions[0].number").value(1))
                .andExpect(jsonPath("$.versions[0].publishedOn").value(today.toString()));
        // editing after publication is the draft of version 2; version 1 stays posted
        mvc.perform(put(API + "/" + id)
                        .with(as(CultivationFixtures.LEADER))
                        .header("If-Match", "\"2\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"period\": \"Đợt II\", \"contentHtml\": \"<p>Dự thảo thứ hai chưa công bố</p>\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.draftNumber").value(2));

        var page = publicPage(ward);
        assertThat(page.select(".cultivation-content").text()).contains("Gương mẫu đi cơ sở hằng tháng");
        assertThat(page.select(".published-on").text())
                .contains(LocalDate.now(clock).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        assertThat(page.select("main script")).isEmpty();
        assertThat(page.text())
                .doesNotContain("Dự thảo thứ hai chưa công bố", "Đề nghị đồng chí dự sinh hoạt chi bộ", "alert(1)");
        assertThat(page.html()).doesNotContain("/api/", "memberId");
    }

    @Test
    void aPlanIsReadInsideItsOrganizationAndItsScopeOnly() throws Exception {
        long id = create("<p>Nội dung</p>");
        openWindow(id, 0, today, today.plusDays(3));
        mvc.perform(get(API + "/" + id).with(as(CultivationFixtures.MEMBER))).andExpect(status().isOk());
        mvc.perform(get(API + "/" + id).with(as("hanoi.tuyengiao")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mine").value(false));
        mvc.perform(get(API + "/" + id).with(as("dangvien.vanmieu1"))).andExpect(status().isNotFound());
        mvc.perform(get(API + "/" + id).with(as("dongda.tuyengiao"))).andExpect(status().isNotFound());
        mvc.perform(get(API + "/" + id + "/comments").with(as("dangvien.vanmieu1")))
                .andExpect(status().isNotFound());
        comment(id, "dangvien.vanmieu1", "Ngoài phường").andExpect(status().isNotFound());
        // staff read it but are not members of the ward: they do not comment
        comment(id, "hanoi.tuyengiao", "Cán bộ").andExpect(status().isForbidden());
        mvc.perform(put(API + "/" + id)
                        .with(as(CultivationFixtures.MEMBER))
                        .header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"period\": \"Đợt I\", \"contentHtml\": \"<p>Sửa hộ</p>\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post(API + "/" + id + "/publication")
                        .with(as("dangvien.vanmieu1"))
                        .header("If-Match", "\"1\""))
                .andExpect(status().isNotFound());
        String list = mvc.perform(get(API).param("organizationId", "" + ward).with(as("dangvien.vanmieu1")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat((Integer) JsonPath.read(list, "$.total")).isZero();
    }

    @Test
    void aCommentAfterTheWindowIsAFieldErrorAndNothingIsSaved() throws Exception {
        long id = create("<p>Nội dung</p>");
        openWindow(id, 0, today.minusDays(10), today.minusDays(1));
        comment(id, CultivationFixtures.MEMBER, "Muộn")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"));
        assertThat(jdbc.sql("SELECT count(*) FROM self_cultivation_comment WHERE plan_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void onlyTheHeadOfAnOrganizationStartsItsPlanAndChangesNeedTheVersionRead() throws Exception {
        mvc.perform(post(API)
                        .with(as(CultivationFixtures.MEMBER))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organizationId\": %d, \"year\": 2026, \"period\": \"Đợt I\"}".formatted(ward)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("organizationId"));
        mvc.perform(post(API)
                        .with(as(CultivationFixtures.LEADER))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organizationId\": %d, \"year\": 1990, \"period\": \"\"}".formatted(ward)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.containsInAnyOrder("year", "period")));
        long id = create("");
        mvc.perform(post(API + "/" + id + "/comment-window")
                        .with(as(CultivationFixtures.LEADER))
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"opensOn\": \"%s\", \"closesOn\": \"%s\"}".formatted(today, today.minusDays(1))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath(
                        "$.errors[*].field", org.hamcrest.Matchers.containsInAnyOrder("closesOn", "contentHtml")));
        mvc.perform(post(API + "/" + id + "/publication").with(as(CultivationFixtures.LEADER)))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(post(API + "/" + id + "/publication")
                        .with(as(CultivationFixtures.LEADER))
                        .header("If-Match", "\"7\""))
                .andExpect(status().isConflict());
        mvc.perform(post(API + "/" + id + "/publication")
                        .with(as(CultivationFixtures.LEADER))
                        .header("If-Match", "\"0\""))
                .andExpect(status().isConflict());
    }

    @Test
    void theMembersCommentOnThePlanPageWithItsForm() throws Exception {
        long id = create("<p>Nội dung trang</p>");
        openWindow(id, 0, today, today.plusDays(2));
        var page = Jsoup.parse(mvc.perform(get("/study/self-cultivation/" + id).with(as(CultivationFixtures.MEMBER)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#comment-form")).hasSize(1);
        assertThat(page.select("form#publish")).isEmpty();
        mvc.perform(post("/study/self-cultivation/" + id + "/comments")
                        .with(demo.signedIn(CultivationFixtures.MEMBER))
                        .param("body", "Góp ý qua trang"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/study/self-cultivation/" + id + "/comments")
                        .with(as(CultivationFixtures.MEMBER))
                        .with(csrf())
                        .param("body", "Góp ý qua trang"))
                .andExpect(status().is3xxRedirection());
        var leaderPage =
                Jsoup.parse(mvc.perform(get("/study/self-cultivation/" + id).with(as(CultivationFixtures.LEADER)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
        assertThat(leaderPage.select(".cultivation-comment").text()).contains("Góp ý qua trang");
        assertThat(leaderPage.select("form#publish")).hasSize(1);
        var blank = Jsoup.parse(mvc.perform(post("/study/self-cultivation/" + id + "/comments")
                        .with(as(CultivationFixtures.MEMBER))
                        .with(csrf())
                        .param("body", " "))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(blank.select("#body-error")).hasSize(1);
    }

    @Test
    void theDemoWardPostsItsTwoLeadersPlansOf2022AndTheMergedWardListsThem() throws Exception {
        long oldBoDe = jdbc.sql(
                        "SELECT id FROM organization WHERE name = 'Đảng ủy phường Bồ Đề' AND closed_on IS NOT NULL")
                .query(Long.class)
                .single();
        var old = publicPage(oldBoDe);
        assertThat(old.select("article.cultivation-plan")).hasSize(2);
        assertThat(old.select("article.cultivation-plan h2").text())
                .contains("Bí thư Đảng ủy phường Bồ Đề", "Nguyễn Văn Hiếu", "Chủ tịch UBND phường Bồ Đề");
        assertThat(old.select(".published-on").text()).contains("05/05/2022");
        assertThat(old.select("#successor a").attr("href"))
                .isEqualTo("/portal/organizations/" + demo.organization("Đảng ủy phường Bồ Đề")
                        + "/self-cultivation-plans");
        assertThat(old.text()).doesNotContain(SelfCultivationDemoData.COMMENTS.get(0));
        var merged = publicPage(demo.organization("Đảng ủy phường Bồ Đề"));
        assertThat(merged.select("article.cultivation-plan")).hasSize(2);
        String list = mvc.perform(get(API).with(as("bode.vanphong")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat((java.util.List<Integer>) JsonPath.read(list, "$.items[?(@.period == 'Đợt I năm 2022')].comments"))
                .hasSize(2)
                .allSatisfy(n -> assertThat(n).isPositive());
        mvc.perform(get("/portal/organizations/999999999/self-cultivation-plans"))
                .andExpect(status().isNotFound());
    }
}
