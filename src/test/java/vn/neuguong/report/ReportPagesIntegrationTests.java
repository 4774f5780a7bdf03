package vn.neuguong.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.neuguong.report.ReportFixtures.DISTRICT;
import static vn.neuguong.report.ReportFixtures.WARD;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.neuguong.IntegrationTest;

/**
 * The report pages as the ward's and the district's staff see them: the list offers the template with the ward and
 * the quarters to open; the report page shows each indicator with the system's proposal and the reported figure, a
 * bad figure is named beside its field and nothing is kept; the hand-over needs the head's name; the district sees
 * the decision form, and its aggregation page shows who handed over and the summed figures.
 */
@IntegrationTest
class ReportPagesIntegrationTests extends ReportTestSupport {

    @Test
    void theWardFillsInAndHandsOverAndTheDistrictSeesTheSums() {
        fixtures.rolledBack(() -> {
            long[] t = fixtures.quarterlyTemplate();
            var list = page(get("/reports"), WARD);
            var section = list.getElementById("template-" + t[0]);
            assertThat(section).isNotNull();
            assertThat(section.select("form[action=/reports] select[name=organizationId] option")
                            .eachText())
                    .containsExactly("Đảng ủy phường Văn Miếu");
            assertThat(section.select("form[action=/reports] select[name=periodStartsOn] option")
                            .eachText())
                    .contains("Quý I/2023", "Quý IV/2023")
                    .doesNotContain("Quý I/2024");

            var opened = perform(
                            post("/reports")
                                    .param("templateId", "" + t[0])
                                    .param("organizationId", "" + fixtures.vanMieu())
                                    .param("periodStartsOn", "2023-01-01"),
                            WARD)
                    .andExpect(status().is3xxRedirection())
                    .andReturn()
                    .getResponse()
                    .getRedirectedUrl();
            long id = Long.parseLong(opened.substring("/reports/".length()));
            var report = page(get(opened), WARD);
            assertThat(report.select("h1").text())
                    .isEqualTo("Báo cáo kết quả thực hiện Chuyên đề năm 2023 — Quý I/2023");
            assertThat(report.select("#figures tbody tr")).hasSize(3);
            assertThat(report.select("#figures tbody tr th").eachText())
                    .containsExactly(
                            "Số đảng viên được học tập, quán triệt",
                            "Đảng viên viết bài thu hoạch / tổng số đảng viên",
                            "Kết quả nổi bật");

            var refused = page(
                    post("/reports/{id}/figures", id)
                            .param("version", "0")
                            .param("figures[0].value", "120")
                            .param("figures[1].value", "130")
                            .param("figures[1].denominator", "120")
                            .param("figures[2].text", "Đã quán triệt"),
                    WARD);
            assertThat(refused.getElementById("figures-1-value-error").text()).contains("không được lớn hơn mẫu số");
            assertThat(refused.select("[data-error-summary] a").attr("href")).isEqualTo("#figures-1-value");
            assertThat(refused.getElementById("figures-1-value").val()).isEqualTo("130");
            assertThat(jdbc.sql("SELECT count(*) FROM report_value WHERE report_id = :r AND value IS NOT NULL")
                            .param("r", id)
                            .query(Long.class)
                            .single())
                    .isZero();

            perform(
                            post("/reports/{id}/figures", id)
                                    .param("version", "0")
                                    .param("figures[0].value", "120")
                                    .param("figures[1].value", "100")
                                    .param("figures[1].denominator", "120")
                                    .param("figures[2].text", "Đã quán triệt"),
                            WARD)
                    .andExpect(redirectedUrl("/reports/" + id));
            var noName = page(post("/reports/{id}/submission", id).param("version", "1"), WARD);
            assertThat(noName.getElementById("signedBy-error")).isNotNull();
            perform(post("/reports/{id}/submission", id).param("version", "1").param("signedBy", "Lê Văn Bình"), WARD)
                    .andExpect(redirectedUrl("/reports/" + id));
            var handedOver = page(get("/reports/{id}", id), WARD);
            assertThat(handedOver.getElementById("status").text())
                    .contains("Đã gửi")
                    .contains("Lê Văn Bình");
            assertThat(handedOver
                            .select("#figures tbody tr")
                            .get(1)
                            .select("td.reported")
                            .text())
                    .isEqualTo("100/120");
            assertThat(handedOver.getElementById("decision-form")).isNull();
            assertThat(handedOver.select("#revisions th").eachText()).contains("1. Đã gửi");

            var district = page(get("/reports/{id}", id), DISTRICT);
            assertThat(district.getElementById("decision-form")).isNotNull();
            var noComment = page(
                    post("/reports/{id}/decision", id).param("version", "2").param("decision", "return"), DISTRICT);
            assertThat(noComment.getElementById("comment-error").text()).contains("hãy nêu nội dung cần sửa");

            var aggregation = page(
                    get("/reports/aggregation")
                            .param("templateId", "" + t[0])
                            .param("organizationId", "" + fixtures.district())
                            .param("periodStartsOn", "2023-01-01"),
                    DISTRICT);
            assertThat(aggregation.getElementById("summary").text())
                    .contains("1 đã gửi")
                    .contains("20 chưa gửi");
            var counted = aggregation.select("#totals tbody tr").get(0).select("td");
            assertThat(counted).hasSize(2);
            assertThat(counted.get(0).text()).isEqualTo("120");
            assertThat(counted.get(1).text()).isEmpty();
            assertThat(aggregation
                            .select("#totals tbody tr")
                            .get(1)
                            .select("td")
                            .eachText())
                    .containsExactly("100/120", "83,3%");
            assertThat(aggregation.getElementById("child-" + fixtures.vanMieu()).text())
                    .contains("Đảng ủy phường Văn Miếu")
                    .contains("Đã gửi")
                    .contains("muộn")
                    .contains("28/04/2023");
            assertThat(aggregation.select("#children tr.missing")).hasSize(20);
        });
    }

    private org.springframework.test.web.servlet.ResultActions perform(
            MockHttpServletRequestBuilder request, String username) throws Exception {
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
