package vn.neuguong.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.neuguong.DemoFixtures;
import vn.neuguong.IntegrationTest;
import vn.neuguong.web.TimeConfiguration;

/**
 * A member's calendar feed, read back with an iCalendar parser: the meetings that invite him (by name, by a post he
 * holds) and not the others, cancelled ones marked so, his preparation and follow-up deadlines, in Vietnamese; the
 * address works without a session, and stops working when renewed, revoked or when the account is disabled.
 */
@IntegrationTest
class CalendarFeedIntegrationTests {

    static final String TITLE = "Hội nghị học tập, quán triệt chuyên đề năm 2026 về tư tưởng, đạo đức, phong cách"
            + " Hồ Chí Minh tại phường Văn Miếu";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoFixtures demo;

    @Test
    void theFeedListsTheInvitedMeetingsAndTheMembersDeadlinesInVietnamese() throws Exception {
        var day = LocalDate.now(TimeConfiguration.ZONE).plusDays(40);
        long invited = WardMeetings.plan(mvc, demo, jdbc, TITLE, day.atTime(8, 0), day.atTime(11, 30));
        long cancelled = WardMeetings.plan(mvc, demo, jdbc, "Tọa đàm đã hủy", day.atTime(14, 0), day.atTime(16, 0));
        long other = WardMeetings.plan(
                mvc,
                demo,
                jdbc,
                "Hội nghị không mời",
                day.plusDays(1).atTime(8, 0),
                day.plusDays(1).atTime(9, 0));
        long member = memberOf(WardMeetings.MEMBER);
        jdbc.sql("DELETE FROM meeting_invitee WHERE meeting_id = :m")
                .param("m", other)
                .update();
        jdbc.sql("UPDATE meeting SET status = 'CANCELLED', cancel_reason = 'Trùng lịch' WHERE id = :m")
                .param("m", cancelled)
                .update();
        jdbc.sql("UPDATE meeting SET venue = 'Hội trường Văn Miếu – Quốc Tử Giám' WHERE id = :m")
                .param("m", invited)
                .update();
        long byPost = WardMeetings.plan(
                mvc,
                demo,
                jdbc,
                "Họp cấp ủy viên",
                day.plusDays(2).atTime(9, 0),
                day.plusDays(2).atTime(10, 0));
        jdbc.sql("DELETE FROM meeting_invitee WHERE meeting_id = :m")
                .param("m", byPost)
                .update();
        long cell = jdbc.sql("SELECT cell_id FROM member WHERE id = :m")
                .param("m", member)
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO meeting_invitee (meeting_id, kind, organization_id, position_title) VALUES"
                        + " (:m, 'POSITION', :c, 'SECRETARY')")
                .param("m", other)
                .param("c", cell)
                .update();
        long post = jdbc.sql("INSERT INTO member_position (member_id, organization_id, title, started_on) VALUES"
                        + " (:member, :c, 'DEPUTY_SECRETARY', :from) RETURNING id")
                .param("member", member)
                .param("c", cell)
                .param("from", day.minusYears(1))
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO meeting_invitee (meeting_id, kind, organization_id, position_title) VALUES"
                        + " (:m, 'POSITION', :c, 'DEPUTY_SECRETARY')")
                .param("m", byPost)
                .param("c", cell)
                .update();
        long preparation = jdbc.sql("INSERT INTO meeting_preparation (meeting_id, member_id, title, due_on,"
                        + " assigned_by) VALUES (:m, :member, 'Tham luận: Học và làm theo gương Bác', :due,"
                        + " 'bithu.vanmieu1') RETURNING id")
                .param("m", invited)
                .param("member", member)
                .param("due", day.minusDays(5))
                .query(Long.class)
                .single();
        long minutes = jdbc.sql("INSERT INTO meeting_minutes (meeting_id, revision, status, chair_member_id, body,"
                        + " drafted_by, approved_by, approved_at) VALUES (:m, 1, 'APPROVED', :member, '<p>Biên bản</p>',"
                        + " 'bithu.vanmieu1', 'bithu.vanmieu1', now()) RETURNING id")
                .param("m", invited)
                .param("member", member)
                .query(Long.class)
                .single();
        long task = jdbc.sql("INSERT INTO meeting_minutes_task (minutes_id, position, task, owner_member_id, due_on)"
                        + " VALUES (:r, 1, 'Xây dựng kế hoạch tu dưỡng, rèn luyện', :member, :due) RETURNING id")
                .param("r", minutes)
                .param("member", member)
                .param("due", day.plusDays(30))
                .query(Long.class)
                .single();

        String address = create(WardMeetings.MEMBER);
        var response =
                mvc.perform(get(address)).andExpect(status().isOk()).andReturn().getResponse();
        jdbc.sql("DELETE FROM member_position WHERE id = :p").param("p", post).update();
        assertThat(response.getContentType()).isEqualTo("text/calendar;charset=UTF-8");
        assertThat(response.getHeader("Set-Cookie")).isNull();
        String body = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(Arrays.stream(body.split("\r\n")))
                .allSatisfy(line ->
                        assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(body)
                .contains("DTSTART;TZID=Asia/Ho_Chi_Minh:" + day.toString().replace("-", "") + "T080000");

        ICalendar calendar = Biweekly.parse(body).first();
        Map<String, VEvent> events = calendar.getEvents().stream()
                .collect(Collectors.toMap(e -> e.getUid().getValue(), e -> e));
        var meeting = events.get("meeting-" + invited + "@neuguong");
        assertThat(meeting.getSummary().getValue()).isEqualTo(TITLE);
        assertThat(meeting.getLocation().getValue()).isEqualTo("Hội trường Văn Miếu – Quốc Tử Giám");
        assertThat(meeting.getDateStart().getValue().toInstant())
                .isEqualTo(day.atTime(8, 0).atZone(TimeConfiguration.ZONE).toInstant());
        assertThat(meeting.getDateEnd().getValue().toInstant())
                .isEqualTo(day.atTime(11, 30).atZone(TimeConfiguration.ZONE).toInstant());
        assertThat(meeting.getStatus().isConfirmed()).isTrue();
        assertThat(events.get("meeting-" + cancelled + "@neuguong").getStatus().isCancelled())
                .isTrue();
        assertThat(events.get("meeting-" + cancelled + "@neuguong")
                        .getDescription()
                        .getValue())
                .contains("Trùng lịch");
        assertThat(events).containsKey("meeting-" + byPost + "@neuguong");
        assertThat(events).doesNotContainKey("meeting-" + other + "@neuguong");

        var prepared = events.get("preparation-" + preparation + "@neuguong");
        assertThat(prepared.getSummary().getValue()).isEqualTo("Hạn chuẩn bị: Tham luận: Học và làm theo gương Bác");
        assertThat(prepared.getDateStart().getValue().hasTime()).isFalse();
        assertThat(localDay(prepared)).isEqualTo(day.minusDays(5));
        var followUp = events.get("task-" + task + "@neuguong");
        assertThat(followUp.getSummary().getValue()).isEqualTo("Hạn thực hiện: Xây dựng kế hoạch tu dưỡng, rèn luyện");
        assertThat(localDay(followUp)).isEqualTo(day.plusDays(30));
        assertThat(followUp.getDescription().getValue()).isEqualTo("Thuộc: " + TITLE);
    }

    @Test
    void renewingReplacesTheAddressAndRevokingClosesIt() throws Exception {
        String first = create(WardMeetings.MEMBER);
        String second = create(WardMeetings.MEMBER);
        mvc.perform(get(first)).andExpect(status().isNotFound());
        mvc.perform(get(second)).andExpect(status().isOk());
        String status = mvc.perform(get("/api/v1/calendar-feed").with(demo.signedIn(WardMeetings.MEMBER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.exists").value(true))
                .andExpect(jsonPath("$.createdOn")
                        .value(LocalDate.now(TimeConfiguration.ZONE).toString()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(status).doesNotContain(token(second));

        mvc.perform(delete("/api/v1/calendar-feed")
                        .with(demo.signedIn(WardMeetings.MEMBER))
                        .with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(get(second)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/calendar-feed").with(demo.signedIn(WardMeetings.MEMBER)))
                .andExpect(jsonPath("$.exists").value(false));
        mvc.perform(delete("/api/v1/calendar-feed")
                        .with(demo.signedIn(WardMeetings.MEMBER))
                        .with(csrf()))
                .andExpect(status().isNoContent());
        assertThat(jdbc.sql("SELECT count(*) FROM meeting_calendar_feed WHERE token_hash = :h")
                        .param("h", CalendarFeeds.hash(token(second)))
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aMalformedOrUnknownTokenIsNotFound() throws Exception {
        for (String token : new String[] {"x", "abc.def", "--", "A".repeat(43), "A".repeat(400)}) {
            mvc.perform(get("/calendar/" + token + ".ics")).andExpect(status().isNotFound());
        }
    }

    @Test
    void disablingTheAccountClosesItsFeed() throws Exception {
        long member = jdbc.sql("SELECT id FROM member WHERE status = 'ACTIVE' AND id NOT IN (SELECT member_id FROM"
                        + " account WHERE member_id IS NOT NULL) ORDER BY id LIMIT 1")
                .query(Long.class)
                .single();
        String username = "lich." + System.nanoTime();
        var created = mvc.perform(post("/api/v1/accounts")
                        .with(demo.signedIn("admin"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username": "%s", "displayName": "Đảng viên có lịch", "password": "Lich123456!x",
                                 "memberId": %d, "roles": ["MEMBER"]}
                                """.formatted(username, member)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long account = ((Number) JsonPath.read(created, "$.id")).longValue();
        String address = create(username);
        mvc.perform(get(address)).andExpect(status().isOk());

        mvc.perform(put("/api/v1/accounts/{id}/enabled", account)
                        .with(demo.signedIn("admin"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"enabled\": false}"))
                .andExpect(status().isOk());
        mvc.perform(get(address)).andExpect(status().isNotFound());
    }

    @Test
    void theAccountPageMakesShowsOnceAndRevokesTheAddress() throws Exception {
        var me = Jsoup.parse(mvc.perform(get("/account").with(demo.signedIn("bithu.vanmieu1")))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(me.select("#calendar-link").attr("href")).isEqualTo("/account/calendar");
        mvc.perform(delete("/api/v1/calendar-feed")
                .with(demo.signedIn("bithu.vanmieu1"))
                .with(csrf()));
        var empty = Jsoup.parse(mvc.perform(get("/account/calendar").with(demo.signedIn("bithu.vanmieu1")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(empty.select("#calendar-status dd").text()).isEqualTo("Chưa có địa chỉ");
        assertThat(empty.select("#calendar-address")).isEmpty();

        var made = Jsoup.parse(mvc.perform(post("/account/calendar")
                        .with(demo.signedIn("bithu.vanmieu1"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        String address = made.select("#calendar-address").val();
        assertThat(address).matches("http://localhost/calendar/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(made.select("#calendar-status dd").text()).startsWith("Đang dùng, tạo ngày");
        mvc.perform(get(address)).andExpect(status().isOk());

        mvc.perform(post("/account/calendar/revoke")
                        .with(demo.signedIn("bithu.vanmieu1"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/account/calendar?revoked"));
        mvc.perform(get(address)).andExpect(status().isNotFound());
        var after = Jsoup.parse(mvc.perform(get("/account/calendar").with(demo.signedIn("bithu.vanmieu1")))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(after.select("#calendar-address")).isEmpty();
    }

    private String create(String username) throws Exception {
        var body = mvc.perform(post("/api/v1/calendar-feed")
                        .with(demo.signedIn(username))
                        .with(csrf()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String url = JsonPath.read(body, "$.url");
        assertThat(url).matches("http://localhost/calendar/[A-Za-z0-9_-]{43}\\.ics");
        return url;
    }

    private static String token(String address) {
        return address.replaceAll(".*/calendar/", "").replace(".ics", "");
    }

    private long memberOf(String username) {
        return jdbc.sql("SELECT member_id FROM account WHERE username = :u")
                .param("u", username)
                .query(Long.class)
                .single();
    }

    private static LocalDate localDay(VEvent event) {
        return event.getDateStart()
                .getValue()
                .toInstant()
                .atZone(ZoneId.systemDefault())
                .toLocalDate();
    }
}
