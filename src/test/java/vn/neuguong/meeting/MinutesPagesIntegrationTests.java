package vn.neuguong.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.neuguong.DemoFixtures;
import vn.neuguong.IntegrationTest;

/** The minutes as people read them: the audit page naming them, and the minutes page of a held meeting. */
@IntegrationTest
class MinutesPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoFixtures demo;

    long dongDa;
    long vanMieu;
    long chair;

    @BeforeEach
    void setUp() {
        dongDa = demo.organization("Quận ủy Đống Đa");
        vanMieu = demo.organization("Đảng ủy phường Văn Miếu");
        chair = jdbc.sql("SELECT member_id FROM account WHERE username = 'bithu.vanmieu1'")
                .query(Long.class)
                .single();
    }

    /** A hybrid meeting of Đống Đa with Văn Miếu's bridge point (so its secretary, the chair, sees it), held. */
    long heldMeeting(String title, int day) throws Exception {
        var created = mvc.perform(post("/api/v1/meetings")
                        .with(demo.signedIn("dongda.tuyengiao"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"title": "%2$s", "kind": "STUDY_CONFERENCE", "format": "HYBRID", "hostId": %3$d,
                                 "startsAt": "2025-06-%1$02dT08:00:00", "endsAt": "2025-06-%1$02dT11:00:00"}
                                """.formatted(day, title, dongDa)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.meeting.id")).longValue();
        mvc.perform(post("/api/v1/meetings/{id}/bridge-points", id)
                        .with(demo.signedIn("dongda.tuyengiao"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organizationId\": " + vanMieu + "}"))
                .andExpect(status().isCreated());
        int version = jdbc.sql("SELECT version FROM meeting WHERE id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();
        mvc.perform(post("/api/v1/meetings/{id}/hold", id)
                        .with(demo.signedIn("dongda.tuyengiao"))
                        .with(csrf())
                        .header("If-Match", "\"" + version + "\""))
                .andExpect(status().isOk());
        return id;
    }

    /** Posts the minutes form of the page as the district's staff. */
    org.springframework.test.web.servlet.ResultActions postDraft(long meeting, String user, String... fields)
            throws Exception {
        var request = post("/meetings/{id}/minutes", meeting)
                .with(demo.signedIn(user))
                .with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return mvc.perform(request);
    }

    Document page(String url, String user) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(demo.signedIn(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void theAuditPageNamesTheMinutesByTheirMeetingAndRevision() throws Exception {
        long meeting = heldMeeting("Hội nghị sơ kết chuyên đề", 10);
        String title = jdbc.sql("SELECT title FROM meeting WHERE id = :id")
                .param("id", meeting)
                .query(String.class)
                .single();
        mvc.perform(post("/api/v1/meetings/{id}/minutes", meeting)
                        .with(demo.signedIn("dongda.tuyengiao"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"chairMemberId\": %d, \"body\": \"<p>Khai mạc</p>\"}".formatted(chair)))
                .andExpect(status().isCreated());

        var sentences =
                page("/audit?entityType=MeetingMinutes", "dongda.tuyengiao").select("#results .sentence");
        assertThat(sentences.eachText()).anySatisfy(s -> assertThat(s).contains("tạo biên bản '" + title + " #1'"));
        var english = page("/audit?entityType=MeetingMinutes&lang=en", "dongda.tuyengiao")
                .select("#results .sentence");
        assertThat(english.eachText()).anySatisfy(s -> assertThat(s).contains("created minutes '" + title + " #1'"));
    }

    long minutesCount(long meeting) {
        return jdbc.sql("SELECT count(*) FROM meeting_minutes WHERE meeting_id = :m")
                .param("m", meeting)
                .query(Long.class)
                .single();
    }

    /** The chair approves the open draft with the approve button of the page. */
    void approveOnThePage(long meeting) throws Exception {
        var button = page("/meetings/" + meeting + "/minutes", "bithu.vanmieu1")
                .selectFirst("#draft form[action$=/approve]");
        assertThat(button).isNotNull();
        mvc.perform(post("/meetings/{id}/minutes/approve", meeting)
                        .with(demo.signedIn("bithu.vanmieu1"))
                        .with(csrf())
                        .param(
                                "version",
                                button.selectFirst("input[name=version]").val()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void theMinutesPageShowsTheApprovedRevisionTheEarlierOnesTheTasksAndTheOpenDraft() throws Exception {
        long meeting = heldMeeting("Hội nghị quán triệt chuyên đề", 11);
        var meetingPage = page("/meetings/" + meeting, "dongda.tuyengiao");
        assertThat(meetingPage.selectFirst("#minutes-link a").attr("href"))
                .endsWith("/meetings/" + meeting + "/minutes");
        var empty = page("/meetings/" + meeting + "/minutes", "dongda.tuyengiao");
        assertThat(empty.selectFirst("#minutes-form h2").text()).isEqualTo("Lập biên bản");
        assertThat(empty.select("#minutes-form input[name=version]")).isEmpty();

        postDraft(
                        meeting,
                        "dongda.tuyengiao",
                        "chairMemberId",
                        String.valueOf(chair),
                        "body",
                        "<p>Bản đầu</p>",
                        "tasks[0].task",
                        "",
                        "tasks[0].ownerOrganizationId",
                        "")
                .andExpect(status().is3xxRedirection());
        approveOnThePage(meeting);
        postDraft(
                        meeting,
                        "dongda.tuyengiao",
                        "chairMemberId",
                        String.valueOf(chair),
                        "body",
                        "<p>Đồng chí <b>Bí thư</b> kết luận</p><script>alert('x')</script>",
                        "conclusions",
                        "Thống nhất <script>alert(2)</script>",
                        "tasks[0].task",
                        "Xây dựng kế hoạch của phường",
                        "tasks[0].ownerOrganizationId",
                        String.valueOf(vanMieu),
                        "tasks[0].dueOn",
                        "2025-07-15")
                .andExpect(status().is3xxRedirection());
        approveOnThePage(meeting);
        postDraft(meeting, "dongda.tuyengiao", "chairMemberId", String.valueOf(chair), "body", "<p>Bổ sung</p>")
                .andExpect(status().is3xxRedirection());

        var html = page("/meetings/" + meeting + "/minutes", "dongda.tuyengiao");
        var approved = html.selectFirst("#approved");
        assertThat(approved.selectFirst(".facts").text()).contains("Bản 2", "Đã duyệt", "bithu.vanmieu1");
        assertThat(approved.selectFirst(".minutes-body").html()).isEqualTo("<p>Đồng chí <b>Bí thư</b> kết luận</p>");
        assertThat(approved.selectFirst(".conclusions").text()).isEqualTo("Thống nhất <script>alert(2)</script>");
        assertThat(html.select("main script"))
                .allSatisfy(s -> assertThat(s.data()).doesNotContain("alert"));
        assertThat(approved.select("table.tasks tbody tr").get(0).select("td").eachText())
                .containsExactly(
                        "Xây dựng kế hoạch của phường", "Đảng ủy phường Văn Miếu", "15/07/2025", "Đánh dấu đã xong");
        assertThat(html.select("#earlier details summary").eachText())
                .singleElement()
                .satisfies(s -> assertThat(s).startsWith("Bản 1 · Duyệt bởi bithu.vanmieu1 lúc "));
        assertThat(html.selectFirst("#draft h2").text()).isEqualTo("Bản 3 · Dự thảo");
        assertThat(html.selectFirst("#minutes-form h2").text()).isEqualTo("Sửa dự thảo biên bản");
        assertThat(html.selectFirst("#minutes-form input[name=version]").val()).isEqualTo("0");
        assertThat(html.selectFirst("#body").text()).isEqualTo("<p>Bổ sung</p>");
        assertThat(html.select("#draft form[action$=/approve]")).isEmpty();
        mvc.perform(get("/meetings/{id}/minutes", meeting).with(demo.signedIn("quoctugiam.vanphong")))
                .andExpect(status().isNotFound());
    }

    @Test
    void badInputShowsEachErrorNextToItsFieldAndKeepsNothing() throws Exception {
        long meeting = heldMeeting("Hội nghị sinh hoạt chuyên đề", 12);
        var html = Jsoup.parse(postDraft(
                        meeting,
                        "dongda.tuyengiao",
                        "chairMemberId",
                        "",
                        "body",
                        " ",
                        "conclusions",
                        "x".repeat(4001),
                        "tasks[0].task",
                        "Báo cáo kết quả",
                        "tasks[0].ownerOrganizationId",
                        "",
                        "tasks[0].ownerMemberId",
                        "")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(html.selectFirst("#chairMemberId-error").text()).contains("bắt buộc");
        assertThat(html.selectFirst("#body-error")).isNotNull();
        assertThat(html.selectFirst("#conclusions-error")).isNotNull();
        assertThat(html.selectFirst("#tasks-0-ownerOrganizationId-error").text())
                .contains("hãy chọn đơn vị hoặc đảng viên chịu trách nhiệm");
        assertThat(html.selectFirst("#tasks-0-task").val()).isEqualTo("Báo cáo kết quả");
        assertThat(html.select(".error-summary li")).hasSize(4);
        assertThat(minutesCount(meeting)).isZero();
    }

    @Test
    void aStaleVersionShowsTheConflictAndKeepsTheDraftAsItWas() throws Exception {
        long meeting = heldMeeting("Hội nghị kiểm điểm chuyên đề", 13);
        postDraft(meeting, "dongda.tuyengiao", "chairMemberId", String.valueOf(chair), "body", "<p>Bản gốc</p>")
                .andExpect(status().is3xxRedirection());
        var html = Jsoup.parse(postDraft(
                        meeting,
                        "dongda.tuyengiao",
                        "version",
                        "7",
                        "chairMemberId",
                        String.valueOf(chair),
                        "body",
                        "<p>Bản sửa</p>")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(html.selectFirst("#stale h2").text()).startsWith("Bản dự thảo biên bản đã được người khác thay đổi");
        assertThat(html.selectFirst("#body").text()).isEqualTo("<p>Bản sửa</p>");
        assertThat(jdbc.sql("SELECT body FROM meeting_minutes WHERE meeting_id = :m")
                        .param("m", meeting)
                        .query(String.class)
                        .single())
                .isEqualTo("<p>Bản gốc</p>");
    }
}
