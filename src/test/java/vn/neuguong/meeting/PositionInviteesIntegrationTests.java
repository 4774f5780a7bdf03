package vn.neuguong.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.neuguong.DemoFixtures;
import vn.neuguong.IntegrationTest;

/**
 * Inviting a position ("Bí thư" of a cell, "Ủy viên Ban Chấp hành" of a ward) puts on the attendance checklist the
 * members who hold it on the meeting day: not one whose post ended before, nor one whose post starts after.
 */
@IntegrationTest
class PositionInviteesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoFixtures demo;

    @Test
    void theChecklistListsTheHoldersOfAnInvitedPositionOnTheMeetingDay() throws Exception {
        var day = LocalDate.now(vn.neuguong.web.TimeConfiguration.ZONE).plusDays(60);
        long meeting = WardMeetings.plan(
                mvc,
                demo,
                jdbc,
                "Hội nghị các đồng chí Ủy viên Ban Chấp hành",
                day.atTime(8, 0),
                LocalDateTime.of(day, java.time.LocalTime.of(11, 0)));
        long ward = demo.organization(WardMeetings.HOST);
        var members = jdbc.sql("SELECT id FROM member WHERE status = 'ACTIVE' AND id NOT IN (SELECT member_id FROM"
                        + " member_position WHERE organization_id = :w) AND id NOT IN (SELECT member_id FROM account"
                        + " WHERE member_id IS NOT NULL) ORDER BY id LIMIT 3")
                .param("w", ward)
                .query(Long.class)
                .list();
        long holding = members.get(0);
        long ended = members.get(1);
        long starting = members.get(2);
        position(holding, ward, day.minusYears(1), null);
        position(ended, ward, day.minusYears(2), day.minusDays(1));
        position(starting, ward, day.plusDays(1), null);

        mvc.perform(post("/api/v1/meetings/{id}/invitees", meeting)
                        .with(demo.signedIn(WardMeetings.STAFF))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"POSITION\", \"organizationId\": " + ward
                                + ", \"positionTitle\": \"COMMITTEE_MEMBER\"}"))
                .andExpect(status().isCreated());

        var page = Jsoup.parse(
                mvc.perform(get("/meetings/{id}/attendance", meeting).with(demo.signedIn(WardMeetings.STAFF)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(page.select("#member-" + holding)).hasSize(1);
        assertThat(page.select("#member-" + ended)).isEmpty();
        assertThat(page.select("#member-" + starting)).isEmpty();
        List<Long> holders = jdbc.sql("SELECT p.member_id FROM member_position p JOIN member m ON m.id = p.member_id"
                        + " WHERE m.status = 'ACTIVE' AND p.organization_id = :w AND p.title = 'COMMITTEE_MEMBER'"
                        + " AND p.started_on <= :d AND (p.ended_on IS NULL OR p.ended_on >= :d)")
                .param("w", ward)
                .param("d", day)
                .query(Long.class)
                .list();
        var expected = new java.util.TreeSet<>(holders);
        expected.add(jdbc.sql("SELECT member_id FROM account WHERE username = :u")
                .param("u", WardMeetings.MEMBER)
                .query(Long.class)
                .single());
        assertThat(page.select("li[id^=member-]").eachAttr("id"))
                .containsExactlyInAnyOrderElementsOf(
                        expected.stream().map(id -> "member-" + id).toList());
    }

    private void position(long member, long organization, LocalDate from, LocalDate to) {
        jdbc.sql("INSERT INTO member_position (member_id, organization_id, title, started_on, ended_on)"
                        + " VALUES (:m, :o, 'COMMITTEE_MEMBER', :from, :to)")
                .param("m", member)
                .param("o", organization)
                .param("from", from)
                .param("to", to)
                .update();
    }
}
