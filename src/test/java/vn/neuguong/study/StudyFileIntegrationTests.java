package vn.neuguong.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.hamcrest.Matchers;
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

@IntegrationTest
class StudyFileIntegrationTests {

    static final String GOOD = """
            {"reflectionHtml": "<p>Bài thu hoạch của Nguyễn Văn An</p><script>alert(1)</script>",
             "commitments": [{"text": "Tham gia sinh hoạt đầy đủ", "targetOn": "2025-06-30"}]}
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoFixtures demo;

    @Autowired
    StudyReminders reminders;

    @Autowired
    Clock clock;

    StudyFixtures fixtures;
    long round;
    long an;
    long secretary;

    @BeforeEach
    void setUp() {
        fixtures = new StudyFixtures(jdbc);
        round = fixtures.testRound();
        an = fixtures.memberOf("dangvien.vanmieu1");
        secretary = fixtures.memberOf("bithu.vanmieu1");
    }

    private String mine() {
        return "/api/v1/study/my-files/" + round;
    }

    @Test
    void aMemberHandsInTheSecretaryReturnsItAndBothVersionsAreKeptSideBySide() throws Exception {
        long file = fixtures.freshFile(an, LocalDate.now(clock).plusDays(30));
        mvc.perform(get(mine()).with(demo.signedIn("dangvien.vanmieu1")))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.status").value("NOT_STARTED"));
        mvc.perform(post(mine() + "/submission")
                        .with(demo.signedIn("dangvien.vanmieu1"))
                        .with(csrf())
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(GOOD))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.late").value(false))
                .andExpect(jsonPath("$.reflectionHtml").value("<p>Bài thu hoạch của Nguyễn Văn An</p>"));
        mvc.perform(post("/api/v1/study/files/" + file + "/review")
                        .with(demo.signedIn("bithu.vanmieu1"))
                        .with(csrf())
                        .header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\": \"RETURNED\", \"comment\": \"Cần liên hệ bản thân\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETURNED"));
        mvc.perform(post(mine() + "/submission")
                        .with(demo.signedIn("dangvien.vanmieu1"))
                        .with(csrf())
                        .header("If-Match", "\"2\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(GOOD.replace("Bài thu hoạch của", "Bài đã sửa của")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/study/files/" + file + "/submissions").with(demo.signedIn("bithu.vanmieu1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].outcome").value("RETURNED"))
                .andExpect(jsonPath("$[0].reviewComment").value("Cần liên hệ bản thân"))
                .andExpect(jsonPath("$[1].outcome").value(Matchers.nullValue()));
        var page = Jsoup.parse(mvc.perform(get("/study/files/" + file).with(demo.signedIn("bithu.vanmieu1")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select(".study-versions > article")).hasSize(2);
        assertThat(page.getElementById("version-1").text()).contains("Bài thu hoạch của", "Cần liên hệ bản thân");
        assertThat(page.getElementById("version-2").text()).contains("Bài đã sửa của", "Chờ duyệt");
        assertThat(page.select("script:containsData(alert)")).isEmpty();
        assertThat(page.getElementById("review")).isNotNull();
    }

    @Test
    void badInputNamesEachFieldAndSavesNothing() throws Exception {
        long file = fixtures.freshFile(an, LocalDate.now(clock).plusDays(30));
        mvc.perform(post(mine() + "/submission")
                        .with(demo.signedIn("dangvien.vanmieu1"))
                        .with(csrf())
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reflectionHtml\": \"<p> </p>\", \"commitments\": [{\"text\": \"Học tập\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(Matchers.containsInAnyOrder("commitments[0].targetOn", "reflectionHtml")));
        mvc.perform(post(mine() + "/submission")
                        .with(demo.signedIn("dangvien.vanmieu1"))
                        .with(csrf())
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reflectionHtml\": \"<p>Bài viết</p>\", \"commitments\": []}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("commitments"))
                .andExpect(jsonPath("$.errors[0].message").value("cần ít nhất một cam kết có thời hạn"));
        mvc.perform(put("/api/v1/study/my-files/" + (round + 100000))
                        .with(demo.signedIn("dangvien.vanmieu1"))
                        .with(csrf())
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(GOOD))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("campaignId"));
        var html = new MockMultipartFile(
                "file", "bai.pdf", "application/pdf", "<html><body>x</body></html>".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart(mine() + "/attachment")
                        .file(html)
                        .with(demo.signedIn("dangvien.vanmieu1"))
                        .with(csrf())
                        .header("If-Match", "\"0\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 9);
        mvc.perform(multipart(mine() + "/attachment")
                        .file(new MockMultipartFile("file", "bai.pdf", "application/pdf", big))
                        .with(demo.signedIn("dangvien.vanmieu1"))
                        .with(csrf())
                        .header("If-Match", "\"0\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value("tệp quá lớn"));
        assertThat(jdbc.sql("SELECT version FROM study_file WHERE id = :id")
                        .param("id", file)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM study_commitment WHERE file_id = :id")
                        .param("id", file)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theFormShowsEveryErrorOnItsField() throws Exception {
        fixtures.freshFile(an, LocalDate.now(clock).plusDays(30));
        var html = mvc.perform(multipart("/study/campaigns/" + round)
                        .param("version", "0")
                        .param("action", "submit")
                        .param("reflectionHtml", "")
                        .param("commitments[0].text", "Tuyên truyền đến Nhân dân")
                        .with(demo.signedIn("dangvien.vanmieu1"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        var page = Jsoup.parse(html);
        assertThat(page.getElementById("commitments-0-targetOn").attr("aria-invalid"))
                .isEqualTo("true");
        assertThat(page.getElementById("reflectionHtml").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select(".error-summary").text()).contains("cần có thời hạn hoàn thành");
    }

    @Test
    void aLateSubmissionIsFlaggedAndVersionsAreChecked() throws Exception {
        long file = fixtures.freshFile(an, LocalDate.now(clock).minusDays(3));
        mvc.perform(put(mine())
                        .with(demo.signedIn("dangvien.vanmieu1"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(GOOD))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(post(mine() + "/submission")
                        .with(demo.signedIn("dangvien.vanmieu1"))
                        .with(csrf())
                        .header("If-Match", "\"7\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(GOOD))
                .andExpect(status().isConflict());
        mvc.perform(post(mine() + "/submission")
                        .with(demo.signedIn("dangvien.vanmieu1"))
                        .with(csrf())
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(GOOD))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.late").value(true));
        var cell = fixtures.cellOf(an);
        var page = Jsoup.parse(mvc.perform(get("/study/cells/" + cell)
                        .param("campaignId", "" + round)
                        .with(demo.signedIn("bithu.vanmieu1")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.getElementById("file-" + file).text()).contains("Nguyễn Văn An", "Nộp muộn");
    }

    @Test
    void eachReadsOnlyWhatTheirPlaceAllows() throws Exception {
        long own = fixtures.freshFile(an, LocalDate.now(clock).plusDays(30));
        long secretarys = fixtures.freshFile(secretary, LocalDate.now(clock).plusDays(30));
        long otherCell = jdbc.sql("SELECT f.id FROM study_file f JOIN member m ON m.id = f.member_id"
                        + " WHERE f.campaign_id = :c AND m.cell_id <> :cell AND m.cell_id IN (SELECT id FROM organization"
                        + " WHERE parent_id = :ward) ORDER BY f.id LIMIT 1")
                .param("c", fixtures.demoRound())
                .param("cell", fixtures.cellOf(an))
                .param("ward", demo.organization("Đảng ủy phường Văn Miếu"))
                .query(Long.class)
                .single();
        mvc.perform(get("/api/v1/study/files/" + own).with(demo.signedIn("dangvien.vanmieu1")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/study/files/" + secretarys).with(demo.signedIn("dangvien.vanmieu1")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/study/files/" + own).with(demo.signedIn("bithu.vanmieu1")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/study/files/" + otherCell).with(demo.signedIn("bithu.vanmieu1")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/study/files/" + otherCell).with(demo.signedIn("bithu.vanmieu1")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/study/files/" + otherCell).with(demo.signedIn("vanmieu.vanphong")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/study/files/" + otherCell).with(demo.signedIn("quoctugiam.vanphong")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/study/files/" + own + "/submissions").with(demo.signedIn("quoctugiam.vanphong")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/study/files/" + secretarys + "/review")
                        .with(demo.signedIn("bithu.vanmieu1"))
                        .with(csrf())
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\": \"ACCEPTED\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theReminderGoesOnlyToThoseWhoHaveNotHandedIn() throws Exception {
        var today = LocalDate.now(clock);
        fixtures.freshFile(an, today.plusDays(7));
        long secretarys = fixtures.freshFile(secretary, today.plusDays(7));
        jdbc.sql(
                        "UPDATE study_file SET status = 'SUBMITTED', first_submitted_on = :d, submitted_on = :d WHERE id = :id")
                .param("d", today)
                .param("id", secretarys)
                .update();
        String key = "study-due:" + round + ":" + today.plusDays(7) + ":7";
        jdbc.sql("DELETE FROM notification WHERE dedup_key = :k")
                .param("k", key)
                .update();
        reminders.runReminders(today);
        reminders.runReminders(today);
        assertThat(jdbc.sql("SELECT a.username FROM notification n JOIN account a ON a.id = n.account_id"
                                + " WHERE n.dedup_key = :k")
                        .param("k", key)
                        .query(String.class)
                        .list())
                .containsExactly("dangvien.vanmieu1");
    }
}
