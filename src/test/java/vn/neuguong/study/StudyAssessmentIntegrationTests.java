package vn.neuguong.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.neuguong.DemoFixtures;
import vn.neuguong.IntegrationTest;

/**
 * The member's own assessment of the commitments handed in, later: each done or not, with a note and the day, on the
 * version read; not before the file is handed in, and a commitment the plan does not have is a field error that keeps
 * nothing.
 */
@IntegrationTest
class StudyAssessmentIntegrationTests {

    static final String PLAN = """
            {"reflectionHtml": "<p>Bài thu hoạch</p>",
             "commitments": [{"text": "Tham gia sinh hoạt đầy đủ", "targetOn": "2025-06-30"},
                             {"text": "Gương mẫu nơi cư trú", "targetOn": "2025-12-31"}]}
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoFixtures demo;

    @Autowired
    Clock clock;

    private ResultActions post(String path, String version, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .with(demo.signedIn("dangvien.vanmieu1"))
                .with(csrf())
                .header("If-Match", "\"" + version + "\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    @Test
    void theMemberAssessesEachCommitmentHandedInWithANote() throws Exception {
        var fixtures = new StudyFixtures(jdbc);
        long an = fixtures.memberOf("dangvien.vanmieu1");
        long file = fixtures.freshFile(an, LocalDate.now(clock).plusDays(30));
        String mine = "/api/v1/study/my-files/" + fixtures.testRound();
        String assessed = """
                {"items": [{"position": 1, "done": true, "note": "Dự đủ 3 buổi sinh hoạt"},
                           {"position": 2, "done": false, "note": "Chưa tham gia tổ dân phố"}]}""";
        post(mine + "/assessment", "0", assessed).andExpect(status().isConflict());
        post(mine + "/submission", "0", PLAN)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.commitments[*].position").value(org.hamcrest.Matchers.contains(1, 2)));
        post(mine + "/assessment", "1", "{\"items\": [{\"position\": 1, \"done\": true}, {\"position\": 9}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("items[1].position")));
        assertThat(jdbc.sql("SELECT count(*) FROM study_commitment WHERE file_id = :f AND assessed_on IS NOT NULL")
                        .param("f", file)
                        .query(Long.class)
                        .single())
                .isZero();
        post(mine + "/assessment", "0", assessed).andExpect(status().isConflict());
        post(mine + "/assessment", "1", assessed)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.commitments[0].done").value(true))
                .andExpect(jsonPath("$.commitments[0].assessmentNote").value("Dự đủ 3 buổi sinh hoạt"))
                .andExpect(jsonPath("$.commitments[0].assessedOn")
                        .value(LocalDate.now(clock).toString()))
                .andExpect(jsonPath("$.commitments[1].done").value(false))
                .andExpect(jsonPath("$.commitments[1].assessmentNote").value("Chưa tham gia tổ dân phố"))
                .andExpect(jsonPath("$.version").value(2));
    }
}
