package vn.neuguong.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.neuguong.DemoFixtures;
import vn.neuguong.IntegrationTest;

/**
 * The study files a ward and its district count for the days around today, in the test round: files due in the
 * period, handed in through the members' own API (one on time and accepted, one late), one owed and not handed in,
 * one due after the period and one in a neighbouring ward; each figure the difference these files make.
 */
@IntegrationTest
class StudyPeriodFiguresIntegrationTests {

    static final String GOOD = """
            {"reflectionHtml": "<p>Bài thu hoạch kỳ báo cáo</p>",
             "commitments": [{"text": "Tham gia sinh hoạt đầy đủ", "targetOn": "2025-06-30"}]}
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoFixtures demo;

    @Autowired
    MessageSource messages;

    @Autowired
    Clock clock;

    @Autowired
    StudyPeriodFigures figures;

    StudyFixtures fixtures;
    long round;
    long an;
    long secretary;
    long vanMieu;
    long dongDa;
    List<Long> others;

    @BeforeEach
    void setUp() {
        fixtures = new StudyFixtures(jdbc);
        round = fixtures.testRound();
        an = fixtures.memberOf("dangvien.vanmieu1");
        secretary = fixtures.memberOf("bithu.vanmieu1");
        vanMieu = demo.organization("Đảng ủy phường Văn Miếu");
        dongDa = demo.organization("Quận ủy Đống Đa");
        others = List.of(
                memberOfLastCell("Đảng ủy phường Văn Miếu", 0),
                memberOfLastCell("Đảng ủy phường Văn Miếu", 1),
                memberOfLastCell("Đảng ủy phường Văn Chương", 0));
    }

    @AfterEach
    void removeTheFilesOfTheOtherMembers() {
        jdbc.sql("DELETE FROM study_file WHERE campaign_id = :c AND member_id IN (:m)")
                .param("c", round)
                .param("m", others)
                .update();
    }

    @Test
    void countsTheFilesDueInThePeriodAsTheyStoodOnItsLastDay() throws Exception {
        LocalDate today = LocalDate.now(clock);
        LocalDate from = today.minusDays(10);
        LocalDate to = today.plusDays(10);
        fixtures.freshFile(an, today.plusYears(5));
        fixtures.freshFile(secretary, today.plusYears(5));
        var ward = figures.count(vanMieu, from, to);
        var district = figures.count(dongDa, from, to);
        var before = figures.count(dongDa, from, today.minusDays(1));

        long onTime = fixtures.freshFile(an, today.plusDays(5));
        fixtures.freshFile(secretary, today.minusDays(3));
        submit("dangvien.vanmieu1");
        submit("bithu.vanmieu1");
        mvc.perform(post("/api/v1/study/files/" + onTime + "/review")
                        .with(demo.signedIn("bithu.vanmieu1"))
                        .with(csrf())
                        .header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\": \"ACCEPTED\"}"))
                .andExpect(status().isOk());
        fixtures.freshFile(others.get(0), today.plusDays(2));
        fixtures.freshFile(others.get(1), today.plusDays(30));
        fixtures.freshFile(others.get(2), today);

        assertThat(difference(ward, figures.count(vanMieu, from, to))).containsExactly(3, 2, 1, 1);
        assertThat(difference(district, figures.count(dongDa, from, to))).containsExactly(4, 2, 1, 1);
        assertThat(difference(before, figures.count(dongDa, from, today.minusDays(1))))
                .as("the late file, handed in today, was not in by the end of a period closing yesterday")
                .containsExactly(1, 0, 0, 0);
    }

    @Test
    void answersEveryKeyInOrderWithALabelInBothLanguages() {
        var counted = figures.count(vanMieu, LocalDate.of(1900, 1, 1), LocalDate.of(1900, 12, 31));
        assertThat(counted.keySet()).containsExactlyElementsOf(figures.keys());
        assertThat(counted.values()).containsOnly(0L);
        for (String key : figures.keys()) {
            assertThat(key).startsWith("study.");
            assertThat(messages.getMessage("figure." + key, null, Locale.forLanguageTag("vi")))
                    .isNotEqualTo(messages.getMessage("figure." + key, null, Locale.ENGLISH));
        }
    }

    private void submit(String username) throws Exception {
        mvc.perform(post("/api/v1/study/my-files/" + round + "/submission")
                        .with(demo.signedIn(username))
                        .with(csrf())
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(GOOD))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
    }

    /** The {@code n}th member (by id) of the ward's last cell by name, away from the cell the other tests read. */
    private long memberOfLastCell(String ward, int n) {
        return jdbc.sql("SELECT m.id FROM member m WHERE m.status = 'ACTIVE' AND m.cell_id = (SELECT c.id FROM"
                        + " organization c JOIN organization w ON w.id = c.parent_id WHERE w.name = :ward AND"
                        + " w.closed_on IS NULL AND c.kind = 'CELL' ORDER BY c.name DESC LIMIT 1)"
                        + " ORDER BY m.id OFFSET :n LIMIT 1")
                .param("ward", ward)
                .param("n", n)
                .query(Long.class)
                .single();
    }

    private static long[] difference(Map<String, Long> before, Map<String, Long> after) {
        return before.keySet().stream()
                .mapToLong(key -> after.get(key) - before.get(key))
                .toArray();
    }
}
