package vn.neuguong.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.neuguong.DemoFixtures;
import vn.neuguong.IntegrationTest;
import vn.neuguong.web.FormPages;
import vn.neuguong.web.TimeConfiguration;

/**
 * What people see of meetings: the demo conferences of the articles with their presenters, bridge points and
 * headcounts; the plan form's errors on their fields; the attendance checklist and a member's check-in.
 */
@IntegrationTest
class MeetingPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoFixtures demo;

    long meeting(String title) {
        return jdbc.sql("SELECT id FROM meeting WHERE title = :t")
                .param("t", title)
                .query(Long.class)
                .single();
    }

    Document page(String user, String path, Object... vars) throws Exception {
        return Jsoup.parse(mvc.perform(get(path, vars).with(demo.signedIn(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void theCityConferenceShowsTheDongDaPointWithNearly180AndOver525AndAboutTheirSum() throws Exception {
        var page = page("dongda.tuyengiao", "/meetings/{id}", meeting(MeetingDemoData.CITY_2024));
        assertThat(page.select("dl.facts").text()).contains("Ban Thường vụ Thành ủy Hà Nội");
        var point = page.select("#attendance tbody tr").stream()
                .filter(tr -> tr.text().contains("Quận ủy Đống Đa"))
                .findFirst()
                .orElseThrow();
        assertThat(point.text()).contains("gần 180").contains("hơn 525").contains("khoảng 705");
        assertThat(page.select("#attendance tfoot .total").text()).isEqualTo("khoảng 705");
        assertThat(page.select("#invitees").text())
                .contains("Đinh Trường Thọ", "Nguyễn Anh Cường", "Ủy viên Ban Thường vụ");
        mvc.perform(get("/meetings/{id}", meeting(MeetingDemoData.CITY_2024)).with(demo.signedIn("bode.vanphong")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theStudyConferenceOf2023HasTheHallAnd21WardPointsAndBothPresenters() throws Exception {
        long id = meeting(MeetingDemoData.STUDY_2023);
        var page = page("dongda.tuyengiao", "/meetings/{id}", id);
        assertThat(page.select("#attendance tbody tr[data-place=hall]")).hasSize(1);
        assertThat(page.select("#attendance tbody tr:not([data-place=hall])")).hasSize(21);
        assertThat(page.select("#attendance tbody").text()).contains("Điểm cầu Đảng ủy phường Văn Miếu");
        assertThat(page.select("ol").text())
                .contains("Mạch Quang Thắng", "Giáo sư, Tiến sĩ", "Nguyễn Anh Cường", "Phó Bí thư Thường trực Quận ủy");
        assertThat(page.select("dl.facts").text()).contains("Chuyên đề năm 2023 về trách nhiệm nêu gương");
        assertThat(page("vanmieu.vanphong", "/meetings/{id}", id).select("h1").text())
                .isEqualTo(MeetingDemoData.STUDY_2023);
        // the ward's cells plan monthly meetings too, which fill the first page of all kinds
        assertThat(page("vanmieu.vanphong", "/meetings?kind=STUDY_CONFERENCE").text())
                .contains(MeetingDemoData.STUDY_2023);
        mvc.perform(get("/meetings/{id}", id).with(demo.signedIn("bode.vanphong")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theFeedbackConferenceIsCoHostedAndDirectedByTheDistrictsStandingDeputy() throws Exception {
        long id = meeting(MeetingDemoData.FEEDBACK_2022);
        var page = page("bode.vanphong", "/meetings/{id}", id);
        assertThat(page.select("dl.facts").text())
                .contains("Ban Tuyên giáo Quận ủy Long Biên", "cùng với Đảng ủy phường Bồ Đề", "10/05/2022");
        var directing = page.select("#invitees li").stream()
                .filter(li -> li.text().contains("Dự và chỉ đạo"))
                .map(li -> li.text())
                .toList();
        assertThat(directing).anyMatch(t -> t.contains("Ngô Mạnh Điềm")).anyMatch(t -> t.contains("Nguyễn Thế Thạch"));
        assertThat(page.select("dl.facts").text()).contains("104-KH/QU", "111-HD/ĐU");
        mvc.perform(get("/meetings/{id}", id).with(demo.signedIn("dongda.tuyengiao")))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePlanFormNamesEveryBadFieldAndEscapesWhatWasTyped() throws Exception {
        var page = Jsoup.parse(mvc.perform(post("/meetings/new")
                        .with(demo.signedIn("dongda.tuyengiao"))
                        .with(csrf())
                        .param("title", "<script>alert(1)</script>")
                        .param("kind", "SEMINAR")
                        .param("format", "IN_PERSON")
                        .param("hostId", "" + demo.organization("Quận ủy Đống Đa"))
                        .param("startsAt", "2032-03-01T09:00")
                        .param("endsAt", "2032-03-01T08:00")
                        .param("groups[0].label", "Đại biểu")
                        .param("groups[0].actual", "-1"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        FormPages.assertFieldError(page, "endsAt", "phải sau giờ bắt đầu");
        FormPages.assertFieldError(page, "groups-0-actual", "không được nhỏ hơn 0");
        FormPages.assertEveryLabelNamesItsControl(page);
        assertThat(page.getElementById("title").attr("value")).isEqualTo("<script>alert(1)</script>");
        assertThat(page.select("script").stream().noneMatch(s -> s.html().contains("alert(1)")))
                .isTrue();
        var empty = Jsoup.parse(mvc.perform(post("/meetings/new")
                        .with(demo.signedIn("dongda.tuyengiao"))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString());
        FormPages.assertFieldError(empty, "title", "là bắt buộc");
        FormPages.assertFieldError(empty, "startsAt", "là bắt buộc");
        assertThat(jdbc.sql("SELECT count(*) FROM meeting WHERE title LIKE '<script>%'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theSecretaryKeepsTheChecklistAndTheMemberChecksInInsideTheWindowOnly() throws Exception {
        long cell = jdbc.sql("SELECT cell_id FROM member m JOIN account a ON a.member_id = m.id"
                        + " WHERE a.username = 'dangvien.vanmieu1'")
                .query(Long.class)
                .single();
        long member = jdbc.sql("SELECT member_id FROM account WHERE username = 'dangvien.vanmieu1'")
                .query(Long.class)
                .single();
        var now = LocalDateTime.now(TimeConfiguration.ZONE).withSecond(0).withNano(0);
        long today = plan(cell, "Sinh hoạt chi bộ hôm nay", now.minusMinutes(5), now.plusHours(2));
        long later = plan(
                cell,
                "Sinh hoạt chi bộ tháng sau",
                now.plusDays(30),
                now.plusDays(30).plusHours(2));

        var checklist = page("bithu.vanmieu1", "/meetings/{id}/attendance", today);
        assertThat(checklist.select(".checklist > li").size()).isGreaterThan(3);
        assertThat(checklist.getElementById("member-" + member)).isNotNull();
        mvc.perform(post("/meetings/{id}/attendance", today)
                        .with(demo.signedIn("bithu.vanmieu1"))
                        .with(csrf())
                        .param("memberId", "" + member)
                        .param("status", "ABSENT"))
                .andExpect(flash().attributeExists("entryErrors"));
        assertThat(recorded(today, member)).isZero();

        mvc.perform(post("/meetings/{id}/check-in", later)
                        .with(demo.signedIn("dangvien.vanmieu1"))
                        .with(csrf()))
                .andExpect(flash().attributeExists("checkInErrors"));
        assertThat(recorded(later, member)).isZero();
        mvc.perform(post("/meetings/{id}/check-in", today)
                        .with(demo.signedIn("dangvien.vanmieu1"))
                        .with(csrf()))
                .andExpect(flash().attribute("notice", "meeting.checkIn.PRESENT"));
        var after = page("bithu.vanmieu1", "/meetings/{id}/attendance", today);
        assertThat(after.select(".summary").text()).contains("1 có mặt");
        assertThat(after.getElementById("member-" + member)
                        .select("input[value=PRESENT]")
                        .attr("checked"))
                .isNotNull();
    }

    long plan(long cell, String title, LocalDateTime startsAt, LocalDateTime endsAt) throws Exception {
        var response = mvc.perform(post("/api/v1/meetings")
                        .with(demo.signedIn("bithu.vanmieu1"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"title": "%s", "kind": "CELL_REGULAR", "format": "IN_PERSON", "hostId": %d,
                                 "startsAt": "%s", "endsAt": "%s"}
                                """.formatted(title, cell, startsAt, endsAt)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse();
        return Long.parseLong(response.getHeader("Location").replaceAll(".*/", ""));
    }

    long recorded(long meeting, long member) {
        return jdbc.sql("SELECT count(*) FROM meeting_attendance WHERE meeting_id = :m AND member_id = :p")
                .param("m", meeting)
                .param("p", member)
                .query(Long.class)
                .single();
    }
}
