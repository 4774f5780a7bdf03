package vn.neuguong.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.neuguong.report.ReportFixtures.DISTRICT;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.neuguong.IntegrationTest;

/**
 * The template form and the review pages as staff use them: an error stays beside the row the person filled in
 * (empty rows between are left out), a tampered choice is a field error and never a failure; the city's reviews
 * list Thanh Xuân's issued review with its number, and a new review is drafted, shows its figures and is issued.
 */
@IntegrationTest
class ReportFormsPagesIntegrationTests extends ReportTestSupport {

    static final String CITY = "hanoi.tuyengiao";

    @Test
    void theTemplateFormKeepsEachErrorBesideItsRow() {
        fixtures.rolledBack(() -> {
            var blank = page(get("/reports/templates/new"), DISTRICT);
            assertThat(blank.select("#indicators .row-group")).hasSize(TemplateController.ROWS);
            assertThat(blank.select("#indicators-0-source option").eachText())
                    .contains("Người báo cáo tự nhập", "Số hội nghị học tập, quán triệt đã tổ chức");

            var refused = page(
                    post("/reports/templates")
                            .param("title", "Báo cáo tháng")
                            .param("organizationId", "" + fixtures.district())
                            .param("period", "MONTH")
                            .param("indicators[0].label", "Hội nghị")
                            .param("indicators[0].kind", "COUNT")
                            .param("indicators[0].source", "meeting.conferencesHeld")
                            .param("indicators[2].label", "Tỷ lệ")
                            .param("indicators[2].kind", "RATIO")
                            .param("indicators[2].source", "campaign.obligationsOnTime"),
                    DISTRICT);
            assertThat(refused.getElementById("indicators-2-denominatorSource-error"))
                    .as("the error of the second kept row sits on the form's third row")
                    .isNotNull();
            assertThat(refused.getElementById("indicators-2-label").val()).isEqualTo("Tỷ lệ");

            var tampered = page(
                    post("/reports/templates")
                            .param("title", "Báo cáo tháng")
                            .param("organizationId", "" + fixtures.district())
                            .param("period", "FORTNIGHT")
                            .param("dueDays", "mười")
                            .param("indicators[0].label", "Hội nghị"),
                    DISTRICT);
            assertThat(tampered.getElementById("period-error")).isNotNull();
            assertThat(tampered.getElementById("dueDays-error")).isNotNull();

            perform(
                            post("/reports/templates")
                                    .param("title", "Báo cáo tháng")
                                    .param("organizationId", "" + fixtures.district())
                                    .param("period", "MONTH")
                                    .param("indicators[1].label", "Hội nghị")
                                    .param("indicators[1].kind", "COUNT")
                                    .param("indicators[1].source", "meeting.conferencesHeld"),
                            DISTRICT)
                    .andExpect(status().is3xxRedirection());
            assertThat(jdbc.sql("SELECT count(*) FROM report_indicator i JOIN report_template t ON t.id = i.template_id"
                                    + " WHERE t.title = 'Báo cáo tháng'")
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
        });
    }

    @Test
    void aReviewIsDraftedShownAndIssued() {
        fixtures.rolledBack(() -> {
            var list = page(get("/reports/reviews"), CITY);
            assertThat(list.select("#reviews tbody tr").text())
                    .contains(ReviewDemoData.TITLE)
                    .contains("Quận ủy Thanh Xuân")
                    .containsPattern("Đã ban hành: 0\\d-BC/QU ngày 14/05/2024");

            long campaign = jdbc.sql("SELECT id FROM campaign WHERE title = :t")
                    .param("t", ReviewDemoData.CAMPAIGN)
                    .query(Long.class)
                    .single();
            long district = fixtures.organization("Quận ủy Thanh Xuân");
            var noTitle = page(
                    post("/reports/reviews")
                            .param("campaignId", "" + campaign)
                            .param("organizationId", "" + district)
                            .param("kind", "FINAL")
                            .param("periodStartsOn", "2021-06-01")
                            .param("periodEndsOn", "2026-05-31")
                            .param("exemplars[3].achievement", "Không tên"),
                    CITY);
            assertThat(noTitle.getElementById("title-error")).isNotNull();
            assertThat(noTitle.getElementById("exemplars-3-name-error")).isNotNull();

            String created = perform(
                            post("/reports/reviews")
                                    .param("campaignId", "" + campaign)
                                    .param("organizationId", "" + district)
                                    .param("kind", "FINAL")
                                    .param("title", "Báo cáo tổng kết thực hiện Kết luận 01-KL/TW")
                                    .param("periodStartsOn", "2021-06-01")
                                    .param("periodEndsOn", "2026-05-31")
                                    .param("conclusions", "Hoàn thành các mục tiêu.")
                                    .param("exemplars[0].kind", "INDIVIDUAL")
                                    .param("exemplars[0].name", "Nguyễn Thị Hà"),
                            CITY)
                    .andExpect(status().is3xxRedirection())
                    .andReturn()
                    .getResponse()
                    .getRedirectedUrl();
            var draft = page(get(created), CITY);
            assertThat(draft.select("#figures tbody tr")).isNotEmpty();
            assertThat(draft.select("#exemplars li").text()).isEqualTo("Cá nhân: Nguyễn Thị Hà");
            assertThat(draft.getElementById("issue-form")).isNotNull();
            String version = draft.select("#issue-form input[name=version]").val();
            var badDay = page(post(created + "/issue").param("version", version).param("issuedOn", "31/05/2026"), CITY);
            assertThat(badDay.getElementById("issuedOn-error")).isNotNull();
            perform(post(created + "/issue").param("version", version).param("issuedOn", "2026-05-31"), CITY)
                    .andExpect(status().is3xxRedirection());
            var issued = page(get(created), CITY);
            assertThat(issued.getElementById("status").text())
                    .containsPattern("Đã ban hành: \\d+-BC/QU ngày 31/05/2026");
            assertThat(issued.getElementById("issue-form")).isNull();
        });
    }

    private ResultActions perform(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(demo.signedIn(username))
                .with(SecurityMockMvcRequestPostProcessors.csrf())
                .cookie(new Cookie("NG_LANG", "vi"))
                .accept(MediaType.TEXT_HTML));
    }

    private Document page(MockHttpServletRequestBuilder request, String username) throws Exception {
        return Jsoup.parse(
                perform(request, username).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
