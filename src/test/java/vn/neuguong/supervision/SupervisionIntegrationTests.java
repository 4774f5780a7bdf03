package vn.neuguong.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.neuguong.DemoFixtures;
import vn.neuguong.IntegrationTest;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.Role;

@IntegrationTest
class SupervisionIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoFixtures demo;

    long dongDa;
    long vanMieu;
    List<Long> cells;

    @BeforeEach
    void setUp() {
        dongDa = demo.organization("Quận ủy Đống Đa");
        vanMieu = demo.organization("Đảng ủy phường Văn Miếu");
        cells = jdbc.sql(
                        "SELECT id FROM organization WHERE parent_id = :ward AND kind = 'CELL' ORDER BY name COLLATE vi_icu")
                .param("ward", vanMieu)
                .query(Long.class)
                .list();
    }

    @Test
    void theDistrictBoardShowsTheWardsVisitAndRecommendations() throws Exception {
        var html = mvc.perform(get("/supervision")
                        .param("organizationId", "" + dongDa)
                        .param("from", "2024-01-01")
                        .param("to", "2024-12-31")
                        .with(demo.signedIn("dongda.tuyengiao")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var page = Jsoup.parse(html);
        var row = page.getElementById("row-" + vanMieu);
        assertThat(row.select("td").eachText())
                .containsExactly("Đảng ủy phường Văn Miếu", "1", "2", "0", "1", "0", "1");
        assertThat(page.getElementById("overdue").text())
                .contains("Tổ chức sinh hoạt chuyên đề về khắc phục bệnh hình thức", "31/01/2025");
    }

    @Test
    void theWardQualityBoardCountsItsCellsByRating() throws Exception {
        var october = qualityTotal("2024-10");
        assertThat(october).containsExactly("Toàn đảng bộ", "4", "4", "0", "4", "1", "2", "1", "0");
        var december = qualityTotal("2024-12");
        assertThat(december).containsExactly("Toàn đảng bộ", "4", "3", "1", "0", "1", "1", "1", "0");
    }

    private List<String> qualityTotal(String month) throws Exception {
        var html = mvc.perform(get("/supervision/quality")
                        .param("organizationId", "" + vanMieu)
                        .param("month", month)
                        .with(demo.signedIn("vanmieu.vanphong")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(html)
                .select("#quality-board tr.board-total")
                .first()
                .children()
                .eachText();
    }

    @Test
    void anAssessmentOutOfItsMonthOrScaleNamesTheFieldAndKeepsNothing() throws Exception {
        long before = count("meeting_assessment");
        assess("{\"cellId\":%d,\"month\":\"2023-05\",\"heldOn\":\"2023-06-02\",%s}".formatted(cells.get(0), scores(3)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.contains("heldOn")));
        assess("{\"cellId\":%d,\"month\":\"2099-05\",\"heldOn\":\"2099-05-02\",%s}".formatted(cells.get(0), scores(3)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.contains("heldOn")));
        assess("{\"cellId\":%d,\"month\":\"2023-05\",\"heldOn\":\"2023-05-02\",%s}".formatted(cells.get(0), scores(6)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItem("preparation")));
        assertThat(count("meeting_assessment")).isEqualTo(before);
    }

    @Test
    void anAssessmentOfACellOutsideTheScopeIsNotFound() throws Exception {
        long assessment = demoAssessment(0, "2024-10");
        mvc.perform(get("/api/v1/supervision/assessments/" + assessment).with(demo.signedIn("bode.vanphong")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/supervision/assessments")
                        .with(demo.signedIn("bode.vanphong"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cellId\":%d,\"month\":\"2023-04\",\"heldOn\":\"2023-04-02\",%s}"
                                .formatted(cells.get(0), scores(3))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/supervision/overseers")
                        .param("committeeId", "" + vanMieu)
                        .with(demo.signedIn("bode.vanphong")))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyTheOverseerOfTheMonthReviews() throws Exception {
        long assessment = demoAssessment(2, "2024-11");
        long overseer = jdbc.sql("SELECT member_id FROM cell_overseer WHERE cell_id = :cell")
                .param("cell", cells.get(2))
                .query(Long.class)
                .single();
        String body = "{\"agrees\":false,\"rating\":\"KHA\",\"comment\":\"Cần chuẩn bị kỹ hơn\"}";
        mvc.perform(review(assessment, body).with(demo.signedIn("vanmieu.vanphong")))
                .andExpect(status().isForbidden());
        mvc.perform(review(assessment, body).with(demo.signedIn("bode.vanphong")))
                .andExpect(status().isNotFound());
        var actor = new Actor(999, "overseer", "Cấp ủy viên", Set.of(Role.MEMBER), List.of(), List.of(), overseer);
        RequestPostProcessor asOverseer = user(new ActorPrincipal(actor, "x", true));
        mvc.perform(review(assessment, body).with(asOverseer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reviewRating").value("KHA"))
                .andExpect(jsonPath("$.finalRating").value("KHA"));
    }

    @Test
    void anOverseerMustSitOnTheCommitteeAndBeTheCellsOnlyOne() throws Exception {
        long before = count("cell_overseer");
        long outsider = jdbc.sql("SELECT id FROM member WHERE cell_id = :cell ORDER BY id DESC LIMIT 1")
                .param("cell", cells.get(3))
                .query(Long.class)
                .single();
        long seated = jdbc.sql("SELECT member_id FROM cell_overseer WHERE cell_id = :cell")
                .param("cell", cells.get(0))
                .query(Long.class)
                .single();
        assign("{\"cellId\":%d,\"memberId\":%d,\"startsOn\":\"2025-01-01\"}".formatted(cells.get(0), outsider))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.contains("memberId")));
        assign("{\"cellId\":%d,\"memberId\":%d,\"startsOn\":\"2025-01-01\"}".formatted(cells.get(1), seated))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.contains("startsOn")));
        assertThat(count("cell_overseer")).isEqualTo(before);
    }

    @Test
    void aRecommendationDueBeforeTheVisitOrOwnedOutsideItIsRefused() throws Exception {
        long before = count("supervision_visit");
        long bode = demo.organization("Đảng ủy phường Bồ Đề");
        visit(("{\"committeeId\":%d,\"organizationId\":%d,\"kind\":\"KIEM_TRA\",\"visitedOn\":\"2023-03-10\","
                                + "\"subject\":\"Kiểm tra\",\"findings\":\"Tốt\",\"recommendations\":["
                                + "{\"text\":\"Một\",\"ownerId\":%d,\"dueOn\":\"2023-03-01\"},"
                                + "{\"text\":\"Hai\",\"ownerId\":%d,\"dueOn\":\"2023-04-01\"}]}")
                        .formatted(dongDa, vanMieu, vanMieu, bode))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath(
                        "$.errors[*].field",
                        Matchers.containsInAnyOrder("recommendations[0].dueOn", "recommendations[1].ownerId")));
        assertThat(count("supervision_visit")).isEqualTo(before);
    }

    @Test
    void aVisitsTextIsEscapedAndItsOwnerClosesItsRecommendation() throws Exception {
        String created = visit(("{\"committeeId\":%d,\"organizationId\":%d,\"kind\":\"GIAM_SAT\","
                                + "\"visitedOn\":\"2023-03-10\",\"subject\":\"<script>alert(1)</script>\",\"findings\":\"Tốt\","
                                + "\"recommendations\":[{\"text\":\"Sửa quy chế\",\"ownerId\":%d,\"dueOn\":\"2023-04-01\"}]}")
                        .formatted(dongDa, vanMieu, cells.get(1)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long visit = com.jayway.jsonpath.JsonPath.parse(created).read("$.id", Long.class);
        long recommendation = com.jayway.jsonpath.JsonPath.parse(created).read("$.recommendations[0].id", Long.class);
        String html = mvc.perform(get("/supervision/visits/" + visit).with(demo.signedIn("vanmieu.vanphong")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
        mvc.perform(get("/api/v1/supervision/visits/" + visit).with(demo.signedIn("bode.vanphong")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/supervision/recommendations/" + recommendation + "/done")
                        .with(demo.signedIn("vanmieu.vanphong"))
                        .with(csrf())
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"doneOn\":\"2023-04-05\",\"note\":\"Đã sửa\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DONE_LATE"));
    }

    private long demoAssessment(int cell, String month) {
        return jdbc.sql(
                        "SELECT id FROM meeting_assessment WHERE cell_id = :cell AND to_char(month, 'YYYY-MM') = :month")
                .param("cell", cells.get(cell))
                .param("month", month)
                .query(Long.class)
                .single();
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder review(long id, String body) {
        int version = jdbc.sql("SELECT version FROM meeting_assessment WHERE id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();
        return post("/api/v1/supervision/assessments/" + id + "/review")
                .with(csrf())
                .header("If-Match", "\"" + version + "\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    private static String scores(int score) {
        return ("\"preparation\":%1$d,\"content\":%1$d,\"attendance\":%1$d,\"discussion\":%1$d,\"conclusions\":%1$d,"
                        + "\"rating\":\"KHA\",\"preparedBy\":\"Bí thư\"")
                .formatted(score);
    }

    private org.springframework.test.web.servlet.ResultActions assess(String body) throws Exception {
        return mvc.perform(post("/api/v1/supervision/assessments")
                .with(demo.signedIn("vanmieu.vanphong"))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private org.springframework.test.web.servlet.ResultActions assign(String body) throws Exception {
        return mvc.perform(post("/api/v1/supervision/overseers")
                .param("committeeId", "" + vanMieu)
                .with(demo.signedIn("vanmieu.vanphong"))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private org.springframework.test.web.servlet.ResultActions visit(String body) throws Exception {
        return mvc.perform(post("/api/v1/supervision/visits")
                .with(demo.signedIn("dongda.tuyengiao"))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
