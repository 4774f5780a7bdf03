package vn.neuguong.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.neuguong.DemoFixtures;
import vn.neuguong.IntegrationTest;
import vn.neuguong.shared.ActorPrincipal;

/**
 * The preparation of a thematic cell meeting: the secretary assigns members of his cell; the member hands in a file
 * (its type read from the content) and sees only his own assignments; the secretary's plan page shows what is in.
 */
@IntegrationTest
class PreparationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoFixtures demo;

    @Autowired
    CellPlans plans;

    @Autowired
    CellPlanReads reads;

    @Autowired
    Clock clock;

    long cell;
    long member;
    CellPlan thematic;

    @BeforeEach
    void setUp() {
        long vanMieu = demo.organization("Đảng ủy phường Văn Miếu");
        cell = jdbc.sql("SELECT id FROM organization WHERE parent_id = :w AND name = 'Chi bộ Tổ dân phố số 1'")
                .param("w", vanMieu)
                .query(Long.class)
                .single();
        member = jdbc.sql("SELECT member_id FROM account WHERE username = 'dangvien.vanmieu1'")
                .query(Long.class)
                .single();
        var month = YearMonth.now(clock).plusMonths(8);
        thematic = reads.of(cell, month, vn.neuguong.organization.Scope.everything())
                .orElseGet(() -> plans.post(
                        new CellPlanForm(
                                cell,
                                month,
                                month.atDay(16),
                                null,
                                Meeting.Kind.CELL_THEMATIC,
                                "Sinh hoạt chuyên đề quý",
                                null,
                                "Bí thư Chi bộ",
                                null),
                        ((ActorPrincipal) demo.account("bithu.vanmieu1")).actor()));
    }

    long assign(String title, long who) throws Exception {
        var body = mvc.perform(post("/api/v1/meetings/{id}/preparations", thematic.meetingId())
                        .with(demo.signedIn("bithu.vanmieu1"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"memberId\": %d, \"title\": \"%s\", \"dueOn\": \"%s\"}"
                                .formatted(who, title, LocalDate.now(clock).plusDays(5))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void theMemberHandsInAFileAndTheSecretarySeesItIn() throws Exception {
        long id = assign("Tham luận về nêu gương <b>ở tổ dân phố</b>", member);
        mvc.perform(get("/api/v1/meeting-preparations").with(demo.signedIn("dangvien.vanmieu1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == " + id + ")].title").exists());
        var pdf = new MockMultipartFile(
                "file", "tham-luan.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        var text =
                new MockMultipartFile("text", "", "text/plain", "Nội dung tham luận".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/v1/meeting-preparations/{id}/content", id)
                        .file(pdf)
                        .file(text)
                        .with(demo.signedIn("dangvien.vanmieu1"))
                        .with(csrf())
                        .header("If-Match", "\"0\""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.fileName").value("tham-luan.pdf"))
                .andExpect(jsonPath("$.contentText").value("Nội dung tham luận"));
        var page = Jsoup.parse(mvc.perform(get("/meeting-plans/cells/{c}", cell)
                        .param("month", thematic.month().toString())
                        .with(demo.signedIn("bithu.vanmieu1")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        var row = page.selectFirst("#preparations tr[data-preparation=" + id + "]");
        assertThat(row.attr("data-status")).isEqualTo("SUBMITTED");
        assertThat(row.text()).contains("Tham luận về nêu gương <b>ở tổ dân phố</b>");
        assertThat(row.select("b")).as("the title is escaped").isEmpty();
        assertThat(row.selectFirst("a").attr("href")).isEqualTo("/meeting-preparations/" + id + "/file");
        mvc.perform(get("/meeting-preparations/{id}/file", id).with(demo.signedIn("bithu.vanmieu1")))
                .andExpect(status().isOk());
    }

    @Test
    void aFileThatIsNotOfAnAllowedTypeIsRefusedAndNothingIsKept() throws Exception {
        long id = assign("Báo cáo đề dẫn", member);
        var html = new MockMultipartFile(
                "file", "bao-cao.pdf", "application/pdf", "<html><script>x</script></html>".getBytes());
        mvc.perform(multipart("/api/v1/meeting-preparations/{id}/content", id)
                        .file(html)
                        .with(demo.signedIn("dangvien.vanmieu1"))
                        .with(csrf())
                        .header("If-Match", "\"0\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        assertThat(jdbc.sql("SELECT submitted_at IS NULL AND file_key IS NULL FROM meeting_preparation WHERE id = :id")
                        .param("id", id)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void anotherMembersAssignmentAndAnotherWardsMeetingAreNotFound() throws Exception {
        long secretaryMember = jdbc.sql("SELECT member_id FROM account WHERE username = 'bithu.vanmieu1'")
                .query(Long.class)
                .single();
        long theirs = assign("Tổng hợp ý kiến", secretaryMember);
        mvc.perform(get("/api/v1/meeting-preparations/{id}", theirs).with(demo.signedIn("dangvien.vanmieu1")))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/api/v1/meeting-preparations/{id}/content", theirs)
                        .file(new MockMultipartFile("text", "", "text/plain", "x".getBytes()))
                        .with(demo.signedIn("dangvien.vanmieu1"))
                        .with(csrf())
                        .header("If-Match", "\"0\""))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/meeting-preparations/{id}", theirs).with(demo.signedIn("quoctugiam.vanphong")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/meetings/{id}/preparations", thematic.meetingId())
                        .with(demo.signedIn("quoctugiam.vanphong")))
                .andExpect(status().isNotFound());
        long otherCell = jdbc.sql("SELECT id FROM member WHERE cell_id <> :c ORDER BY id LIMIT 1")
                .param("c", cell)
                .query(Long.class)
                .single();
        mvc.perform(post("/api/v1/meetings/{id}/preparations", thematic.meetingId())
                        .with(demo.signedIn("bithu.vanmieu1"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"memberId\": %d, \"title\": \"X\", \"dueOn\": \"%s\"}"
                                .formatted(otherCell, LocalDate.now(clock).plusDays(2))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("memberId"));
    }

    @Test
    void theDemoMemberSeesHisPreparationOnHisHomePage() throws Exception {
        var home = Jsoup.parse(mvc.perform(get("/dashboard").with(demo.signedIn("dangvien.vanmieu1")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(home.text()).contains("Tham luận: nêu gương của đảng viên ở khu dân cư");
    }
}
