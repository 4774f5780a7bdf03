package vn.neuguong.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.neuguong.DemoFixtures;
import vn.neuguong.IntegrationTest;
import vn.neuguong.web.TimeConfiguration;

/**
 * A follow-up task of approved minutes is marked done by the member who owns it or by the host's staff, audited; a
 * task of another meeting, or a caller outside, gets 404.
 */
@IntegrationTest
class MinutesTaskDoneIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoFixtures demo;

    @Test
    void theOwnerMarksHisTaskDoneAndAForeignIdIsNotFound() throws Exception {
        var day = LocalDate.now(TimeConfiguration.ZONE).plusDays(70);
        long meeting = WardMeetings.plan(mvc, demo, jdbc, "Hội nghị có nhiệm vụ", day.atTime(8, 0), day.atTime(9, 0));
        long other = WardMeetings.plan(mvc, demo, jdbc, "Hội nghị khác", day.atTime(14, 0), day.atTime(15, 0));
        long member = jdbc.sql("SELECT member_id FROM account WHERE username = :u")
                .param("u", WardMeetings.MEMBER)
                .query(Long.class)
                .single();
        long minutes = jdbc.sql("INSERT INTO meeting_minutes (meeting_id, revision, status, chair_member_id, body,"
                        + " drafted_by, approved_by, approved_at) VALUES (:m, 1, 'APPROVED', :member, '<p>Biên bản</p>',"
                        + " 'bithu.vanmieu1', 'bithu.vanmieu1', now()) RETURNING id")
                .param("m", meeting)
                .param("member", member)
                .query(Long.class)
                .single();
        long task = jdbc.sql("INSERT INTO meeting_minutes_task (minutes_id, position, task, owner_member_id, due_on)"
                        + " VALUES (:r, 1, 'Viết bài thu hoạch', :member, :due) RETURNING id")
                .param("r", minutes)
                .param("member", member)
                .param("due", day.plusDays(10))
                .query(Long.class)
                .single();

        mvc.perform(post("/api/v1/meetings/{id}/minutes/tasks/{task}/done", other, task)
                        .with(demo.signedIn(WardMeetings.MEMBER))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/meetings/{id}/minutes/tasks/{task}/done", meeting, task)
                        .with(demo.signedIn("quoctugiam.vanphong"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(done(task)).isFalse();
        assertThat(minutesPage(meeting, WardMeetings.STAFF)
                        .select("#task-done-" + task + " button")
                        .text())
                .isEqualTo("Đánh dấu đã xong");

        mvc.perform(post("/api/v1/meetings/{id}/minutes/tasks/{task}/done", meeting, task)
                        .with(demo.signedIn(WardMeetings.MEMBER))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.done").value(true))
                .andExpect(jsonPath("$.task").value("Viết bài thu hoạch"));
        assertThat(done(task)).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_type = 'MeetingMinutesTask' AND entity_id ="
                                + " :id")
                        .param("id", String.valueOf(task))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        mvc.perform(get("/api/v1/meetings/{id}/minutes", meeting).with(demo.signedIn(WardMeetings.STAFF)))
                .andExpect(jsonPath("$.approved.tasks[0].done").value(true));
        var page = minutesPage(meeting, WardMeetings.STAFF);
        assertThat(page.select("#task-done-" + task)).isEmpty();
        assertThat(page.select("table.tasks tbody td").eachText()).contains("✓");
    }

    @Test
    void theHostsStaffMarkATaskDoneFromTheMinutesPage() throws Exception {
        var day = LocalDate.now(TimeConfiguration.ZONE).plusDays(75);
        long meeting = WardMeetings.plan(mvc, demo, jdbc, "Hội nghị sơ kết", day.atTime(8, 0), day.atTime(9, 0));
        long minutes = jdbc.sql("INSERT INTO meeting_minutes (meeting_id, revision, status, chair_member_id, body,"
                        + " drafted_by, approved_by, approved_at) SELECT :m, 1, 'APPROVED', member_id, '<p>Biên bản</p>',"
                        + " 'bithu.vanmieu1', 'bithu.vanmieu1', now() FROM account WHERE username = 'bithu.vanmieu1'"
                        + " RETURNING id")
                .param("m", meeting)
                .query(Long.class)
                .single();
        long task = jdbc.sql("INSERT INTO meeting_minutes_task (minutes_id, position, task, owner_organization_id)"
                        + " VALUES (:r, 1, 'Báo cáo kết quả', :o) RETURNING id")
                .param("r", minutes)
                .param("o", demo.organization(WardMeetings.HOST))
                .query(Long.class)
                .single();
        mvc.perform(post("/meetings/{id}/minutes/tasks/{task}/done", meeting, task)
                        .with(demo.signedIn(WardMeetings.STAFF))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(done(task)).isTrue();
    }

    private org.jsoup.nodes.Document minutesPage(long meeting, String username) throws Exception {
        return org.jsoup.Jsoup.parse(
                mvc.perform(get("/meetings/{id}/minutes", meeting).with(demo.signedIn(username)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
    }

    private boolean done(long task) {
        return jdbc.sql("SELECT done FROM meeting_minutes_task WHERE id = :id")
                .param("id", task)
                .query(Boolean.class)
                .single();
    }
}
