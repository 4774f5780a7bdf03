package vn.neuguong.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.neuguong.DemoFixtures;
import vn.neuguong.IntegrationTest;

/** The ordering committee's conclusions and remedial measures on a closed round, through the API and the page. */
@IntegrationTest
class BallotFollowUpIntegrationTests {

    static final String STAFF = "vanmieu.vanphong";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RoundDrafts drafts;

    @Autowired
    Slips slips;

    @Autowired
    BallotRounds rounds;

    @Autowired
    Closing closing;

    @Autowired
    Clock clock;

    @Autowired
    DemoFixtures demo;

    BallotFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new BallotFixtures(jdbc, drafts, slips, rounds, clock);
    }

    @Test
    void theOrderingCommitteeRecordsConclusionsAndMeasuresTrackedToDone() throws Exception {
        var round = fixtures.openRound(1);
        String base = "/api/v1/ballot-rounds/" + round.id() + "/follow-up";
        mvc.perform(put(base + "/conclusions")
                        .with(demo.signedIn(STAFF))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("If-Match", "\"0\"")
                        .content("{\"conclusions\": \"Sớm quá\"}"))
                .andExpect(status().isConflict());
        var now = rounds.get(round.id(), BallotAccess.everything());
        closing.close(round.id(), now.version(), BallotFixtures.ADMIN, LocalDate.now(clock));

        mvc.perform(put(base + "/conclusions")
                        .with(demo.signedIn(STAFF))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"conclusions\": \"Phát huy ưu điểm\"}"))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put(base + "/conclusions")
                        .with(demo.signedIn(STAFF))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("If-Match", "\"0\"")
                        .content("{\"conclusions\": \"Phát huy ưu điểm, khắc phục hạn chế\"}"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""));

        mvc.perform(post(base + "/measures")
                        .with(demo.signedIn(STAFF))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"measure\": \"Kiểm điểm\", \"dueOn\": \"2027-01-31\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("ownerOrganizationId"));
        assertThat(measures(round.id())).isZero();
        mvc.perform(post(base + "/measures")
                        .with(demo.signedIn(STAFF))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"measure\": \"Kiểm điểm\", \"ownerOrganizationId\": 999999999,"
                                + " \"dueOn\": \"2027-01-31\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("ownerOrganizationId"));
        mvc.perform(post("/api/v1/ballot-rounds/999999999/follow-up/measures")
                        .with(demo.signedIn(STAFF))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"measure\": \"Kiểm điểm\", \"ownerOrganizationId\": " + round.organizationId()
                                + ", \"dueOn\": \"2027-01-31\"}"))
                .andExpect(status().isNotFound());
        String body = "{\"measure\": \"Chấn chỉnh lề lối làm việc\", \"ownerMemberId\": "
                + fixtures.memberOf("bithu.vanmieu1") + ", \"dueOn\": \"2027-01-31\"%s}";
        String location = mvc.perform(post(base + "/measures")
                        .with(demo.signedIn(STAFF))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("")))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        assertThat(measures(round.id())).isEqualTo(1);
        mvc.perform(put(location)
                        .with(demo.signedIn(STAFF))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("If-Match", "\"5\"")
                        .content(body.formatted(", \"doneOn\": \"2026-12-20\"")))
                .andExpect(status().isConflict());
        mvc.perform(put(base + "/measures/999999999")
                        .with(demo.signedIn(STAFF))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("If-Match", "\"0\"")
                        .content(body.formatted("")))
                .andExpect(status().isNotFound());
        mvc.perform(put(location)
                        .with(demo.signedIn(STAFF))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("If-Match", "\"0\"")
                        .content(body.formatted(", \"doneOn\": \"2026-12-20\"")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.doneOn").value("2026-12-20"));
        mvc.perform(get(base).with(demo.signedIn(STAFF)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recordable").value(true))
                .andExpect(jsonPath("$.conclusion.version").value(1))
                .andExpect(jsonPath("$.measures[0].ownerMemberName").isNotEmpty());
        mvc.perform(get(base).with(demo.signedIn("dangvien.vanmieu1"))).andExpect(status().isNotFound());

        var page = Jsoup.parse(mvc.perform(get("/ballot-rounds/" + round.id()).with(demo.signedIn(STAFF)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#conclusions").text()).isEqualTo("Phát huy ưu điểm, khắc phục hạn chế");
        assertThat(page.select("#measures tbody tr").text()).contains("Chấn chỉnh lề lối làm việc", "20/12/2026");
    }

    private int measures(long roundId) {
        return jdbc.sql("SELECT count(*) FROM ballot_measure WHERE round_id = :r")
                .param("r", roundId)
                .query(Integer.class)
                .single();
    }
}
