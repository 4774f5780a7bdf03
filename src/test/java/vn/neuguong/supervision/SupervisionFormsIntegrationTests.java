package vn.neuguong.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.neuguong.web.FormPages.assertErrorShown;
import static vn.neuguong.web.FormPages.assertFieldError;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.neuguong.DemoFixtures;
import vn.neuguong.IntegrationTest;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.Role;

/**
 * The supervision pages' forms given bad input: each error is shown beside its field and nothing is saved; an
 * assessment changed since it was opened is shown as it is now with the conflict.
 */
@IntegrationTest
class SupervisionFormsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoFixtures demo;

    @Autowired
    Assessments assessments;

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
    void theAssignFormNamesAnEndBeforeTheStartAndKeepsNothing() throws Exception {
        long before = count("cell_overseer");
        var page = page(post("/supervision/overseers")
                .param("committeeId", "" + vanMieu)
                .param("cellId", "" + cells.get(0))
                .param("memberId", "" + overseerOf(cells.get(0)).get("member_id"))
                .param("startsOn", "2025-02-01")
                .param("endsOn", "2025-01-01")
                .with(demo.signedIn("vanmieu.vanphong")));
        assertFieldError(page, "endsOn", "không được trước ngày bắt đầu");
        assertThat(count("cell_overseer")).isEqualTo(before);
    }

    @Test
    void theEndFormShowsItsErrorBesideItsFieldAndAStaleVersionChangesNothing() throws Exception {
        var overseer = overseerOf(cells.get(0));
        long id = (Long) overseer.get("id");
        int version = (Integer) overseer.get("version");
        var list = page(get("/supervision/overseers")
                .param("committeeId", "" + vanMieu)
                .with(demo.signedIn("vanmieu.vanphong")));
        assertThat(list.select("form[action$=/overseers/" + id + "/end] input[name=version]")
                        .attr("value"))
                .isEqualTo("" + version);

        var flash = mvc.perform(post("/supervision/overseers/" + id + "/end")
                        .param("endsOn", "2000-01-01")
                        .param("version", "" + version)
                        .with(demo.signedIn("vanmieu.vanphong"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        var shown = page(get("/supervision/overseers")
                .param("committeeId", "" + vanMieu)
                .with(after(flash))
                .with(demo.signedIn("vanmieu.vanphong")));
        var control = shown.getElementById("endsOn-" + id);
        assertThat(control.attr("aria-invalid")).isEqualTo("true");
        assertThat(control.attr("aria-describedby")).isEqualTo("endsOn-" + id + "-error");
        assertThat(shown.getElementById("endsOn-" + id + "-error").text()).contains("không được trước ngày bắt đầu");

        var stale = mvc.perform(post("/supervision/overseers/" + id + "/end")
                        .param("endsOn", "2025-01-31")
                        .param("version", "" + (version + 5))
                        .with(demo.signedIn("vanmieu.vanphong"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        var conflict = page(get("/supervision/overseers")
                .param("committeeId", "" + vanMieu)
                .with(after(stale))
                .with(demo.signedIn("vanmieu.vanphong")));
        assertThat(conflict.select("p.error").text()).contains("Bản ghi đã được người khác sửa");
        assertThat(overseerOf(cells.get(0))).isEqualTo(overseer);
    }

    @Test
    void theAssessmentFormShowsEveryBadFieldAtOnceAndKeepsNothing() throws Exception {
        long before = count("meeting_assessment");
        var page = page(assessment(cells.get(0), "2022-02", "2022-03-05", "7", "Bí thư", null));
        assertFieldError(page, "heldOn", "phải là một ngày trong tháng được đánh giá");
        assertFieldError(page, "preparation", "phải từ 1 đến 5");
        assertThat(count("meeting_assessment")).isEqualTo(before);
    }

    @Test
    void aStaleEditShowsTheConflictWithTheAssessmentAsItIsNow() throws Exception {
        var opened = assessments.record(input(cells.get(1), "2022-04", "Bí thư A"), Scope.everything());
        var now = assessments.update(
                opened.id(), opened.version(), input(cells.get(1), "2022-04", "Bí thư Sửa"), Scope.everything());

        var page = page(assessment(cells.get(1), "2022-04", "2022-04-20", "2", "Người khác", opened.version()));
        assertThat(page.select("p.error").text())
                .contains("Bản ghi đã được người khác sửa từ khi bạn mở; biểu mẫu dưới đây là bản hiện tại");
        assertThat(page.getElementById("preparedBy").attr("value")).isEqualTo("Bí thư Sửa");
        assertThat(page.getElementById("heldOn").attr("value")).isEqualTo("2022-04-10");
        assertThat(page.select("input[name=version]").attr("value")).isEqualTo("" + now.version());
        var kept = assessments.get(opened.id(), SupervisionDemoData.SYSTEM);
        assertThat(kept.preparedBy()).isEqualTo("Bí thư Sửa");
        assertThat(kept.version()).isEqualTo(now.version());
    }

    @Test
    void theReviewFormAsksForARatingWhenTheOverseerDisagrees() throws Exception {
        long id = jdbc.sql("SELECT id FROM meeting_assessment WHERE cell_id = :cell AND month = DATE '2024-11-01'")
                .param("cell", cells.get(2))
                .query(Long.class)
                .single();
        int version = version("meeting_assessment", id);
        var actor = new Actor(999, "overseer", "Cấp ủy viên", Set.of(Role.MEMBER), List.of(), List.of(), (Long)
                overseerOf(cells.get(2)).get("member_id"));
        var page = page(post("/supervision/quality/assessments/" + id + "/review")
                .param("agrees", "false")
                .param("rating", "")
                .param("comment", "Chưa đạt")
                .param("version", "" + version)
                .with(user(new ActorPrincipal(actor, "x", true))));
        assertErrorShown(page, "rating", "chọn xếp loại khi không đồng ý");
        assertThat(version("meeting_assessment", id)).isEqualTo(version);
    }

    @Test
    void theVisitFormShowsEveryBadFieldAtOnceAndKeepsNothing() throws Exception {
        long before = count("supervision_visit");
        var page = page(post("/supervision/visits")
                .param("committeeId", "" + dongDa)
                .param("organizationId", "" + vanMieu)
                .param("kind", "KIEM_TRA")
                .param("visitedOn", "2023-03-10")
                .param("subject", " ")
                .param("findings", "Tốt")
                .param("recommendations[0].text", "Sửa quy chế")
                .param("recommendations[0].ownerId", "" + vanMieu)
                .param("recommendations[0].dueOn", "2023-03-01")
                .with(demo.signedIn("dongda.tuyengiao")));
        assertFieldError(page, "subject", "là bắt buộc");
        assertFieldError(page, "recommendations-0-dueOn", "không được trước ngày kiểm tra, giám sát");
        assertThat(count("supervision_visit")).isEqualTo(before);
    }

    @Test
    void theDoneFormShowsItsErrorBesideItsFieldAndKeepsNothing() throws Exception {
        var row = jdbc.sql("SELECT id, visit_id, version FROM supervision_recommendation WHERE text = :text")
                .param("text", "Tổ chức sinh hoạt chuyên đề về khắc phục bệnh hình thức")
                .query()
                .singleRow();
        long id = (Long) row.get("id");
        var flash = mvc.perform(post("/supervision/recommendations/" + id + "/done")
                        .param("doneOn", "2024-11-01")
                        .param("note", "Đã tổ chức")
                        .param("version", "" + row.get("version"))
                        .with(demo.signedIn("dongda.tuyengiao"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        var page = Jsoup.parse(mvc.perform(get("/supervision/visits/" + row.get("visit_id"))
                        .with(after(flash))
                        .with(demo.signedIn("dongda.tuyengiao")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        var control = page.getElementById("doneOn-" + id);
        assertThat(control.attr("aria-invalid")).isEqualTo("true");
        assertThat(page.getElementById("doneOn-" + id + "-error").text())
                .contains("không được trước ngày kiểm tra, giám sát");
        assertThat(jdbc.sql("SELECT done_on IS NULL FROM supervision_recommendation WHERE id = :id")
                        .param("id", id)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    /** The request after a redirect: it carries what the redirect left for it (its flash attributes, its cookie). */
    private static org.springframework.test.web.servlet.request.RequestPostProcessor after(
            org.springframework.test.web.servlet.MvcResult redirected) {
        return request -> {
            request.setAttribute(
                    org.springframework.web.servlet.DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE,
                    redirected.getFlashMap());
            var cookies = redirected.getResponse().getCookies();
            if (cookies.length > 0) {
                request.setCookies(cookies);
            }
            return request;
        };
    }

    private MockHttpServletRequestBuilder assessment(
            long cell, String month, String heldOn, String preparation, String preparedBy, Integer version) {
        var request = post("/supervision/quality/cells/" + cell)
                .param("cellId", "" + cell)
                .param("month", month)
                .param("heldOn", heldOn)
                .param("preparation", preparation)
                .param("content", "3")
                .param("attendance", "3")
                .param("discussion", "3")
                .param("conclusions", "3")
                .param("rating", "KHA")
                .param("preparedBy", preparedBy)
                .with(demo.signedIn("vanmieu.vanphong"));
        return version == null ? request : request.param("version", "" + version);
    }

    private static Assessment.Input input(long cell, String month, String preparedBy) {
        return new Assessment.Input(
                cell,
                month,
                java.time.LocalDate.parse(month + "-10"),
                4,
                null,
                4,
                null,
                4,
                null,
                4,
                null,
                4,
                null,
                Rating.KHA,
                preparedBy);
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private Map<String, Object> overseerOf(long cell) {
        return jdbc.sql("SELECT id, member_id, ends_on, version FROM cell_overseer WHERE cell_id = :cell"
                        + " AND starts_on = DATE '2024-07-01'")
                .param("cell", cell)
                .query()
                .singleRow();
    }

    private int version(String table, long id) {
        return jdbc.sql("SELECT version FROM " + table + " WHERE id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
