package vn.neuguong.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.neuguong.DemoFixtures;
import vn.neuguong.IntegrationTest;

/**
 * The home page's study tasks on the demo's December 2024 round: the member Nguyễn Văn An his draft to hand in,
 * opening his file; the secretary of his cell the reflections handed in and waiting for review, opening each file.
 */
@IntegrationTest
class StudyTasksIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoFixtures demo;

    @Test
    void theMemberSeesHisDraftToHandInLinkingToHisFile() throws Exception {
        long round = new StudyFixtures(jdbc).demoRound();
        var group = group(home("dangvien.vanmieu1"), "study-files");
        assertThat(group.select("h2").text()).isEqualTo("Hồ sơ học tập cần nộp");
        var task = group.select("li.task").stream()
                .filter(li -> li.text().contains(StudyDemoData.ROUND_TITLE))
                .findFirst()
                .orElseThrow();
        assertThat(task.selectFirst(".task-title").text())
                .isEqualTo("Bài thu hoạch và kế hoạch hành động · " + StudyDemoData.ROUND_TITLE);
        assertThat(task.selectFirst(".task-detail").text()).isEqualTo("đang viết nháp, chưa nộp");
        assertThat(task.hasClass("task-overdue")).isTrue();
        String href = task.selectFirst("a.task-title").attr("href");
        assertThat(href).isEqualTo("/study/campaigns/" + round);
        mvc.perform(get(href).with(demo.signedIn("dangvien.vanmieu1"))).andExpect(status().isOk());
    }

    @Test
    void theSecretarySeesTheFilesHandedInWaitingForReview() throws Exception {
        var fixtures = new StudyFixtures(jdbc);
        long round = fixtures.demoRound();
        long cell = fixtures.cellOf(fixtures.memberOf("dangvien.vanmieu1"));
        var waiting = jdbc.sql("SELECT f.id, m.full_name FROM study_file f JOIN member m ON m.id = f.member_id"
                        + " WHERE f.campaign_id = :c AND f.cell_id = :cell AND f.status = 'SUBMITTED'"
                        + " ORDER BY f.submitted_on, f.id LIMIT 1")
                .param("c", round)
                .param("cell", cell)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
                .single();
        var group = group(home("bithu.vanmieu1"), "study-reviews");
        assertThat(group.select("h2").text()).isEqualTo("Bài thu hoạch chờ bí thư chi bộ duyệt");
        var task = group.select("li.task").stream()
                .filter(li -> li.selectFirst("a.task-title").attr("href").equals("/study/files/" + waiting[0]))
                .findFirst()
                .orElseThrow();
        assertThat(task.selectFirst(".task-title").text()).isEqualTo(waiting[1] + " · " + StudyDemoData.ROUND_TITLE);
        assertThat(task.selectFirst(".task-detail").text()).matches("(nộp|nộp muộn) ngày \\d\\d/\\d\\d/\\d{4}");
        mvc.perform(get("/study/files/" + waiting[0]).with(demo.signedIn("bithu.vanmieu1")))
                .andExpect(status().isOk());
        assertThat(home("dangvien.vanmieu1").getElementById("tasks-study-reviews"))
                .isNull();
    }

    private Document home(String username) throws Exception {
        return Jsoup.parse(mvc.perform(get("/dashboard").with(demo.signedIn(username)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private static Element group(Document page, String id) {
        var group = page.getElementById("tasks-" + id);
        assertThat(group).as("the task group " + id).isNotNull();
        return group;
    }
}
