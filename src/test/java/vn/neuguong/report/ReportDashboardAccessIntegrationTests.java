package vn.neuguong.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.neuguong.report.ReportFixtures.DISTRICT;
import static vn.neuguong.report.ReportFixtures.WARD;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.neuguong.IntegrationTest;

/**
 * Who reads a dashboard: a ward's staff asking for the district's is answered as if it did not exist, by the API,
 * the page and the workbook alike; so is anyone asking for a node outside the template's committee subtree, even an
 * administrator; a malformed id is a bad request naming its parameter.
 */
@IntegrationTest
class ReportDashboardAccessIntegrationTests extends ReportTestSupport {

    static final String DASHBOARD = ReportFixtures.REPORTS + "/dashboard";

    @Test
    void aNodeOutsideTheScopeOrTheTemplatesSubtreeIsNotFoundAndABadIdIsNamed() {
        fixtures.rolledBack(() -> {
            long template = fixtures.quarterlyTemplate()[0];
            String district = "?templateId=" + template + "&organizationId=" + fixtures.district();
            fixtures.send(get(DASHBOARD + district), WARD, null, null).andExpect(status().isNotFound());
            assertThat(perform(get("/reports/dashboard" + district), WARD)
                            .getResponse()
                            .getStatus())
                    .isEqualTo(404);
            assertThat(perform(get("/reports/dashboard.xlsx" + district), WARD)
                            .getResponse()
                            .getStatus())
                    .isEqualTo(404);
            for (String outside : List.of("Quận ủy Long Biên", "Thành ủy Hà Nội")) {
                fixtures.send(
                                get(DASHBOARD + "?templateId=" + template + "&organizationId="
                                        + fixtures.organization(outside)),
                                "admin",
                                null,
                                null)
                        .andExpect(status().isNotFound());
            }
            fixtures.send(
                            get(DASHBOARD + "?templateId=abc&organizationId=" + fixtures.district()),
                            DISTRICT,
                            null,
                            null)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("templateId"));
            var refused =
                    perform(get("/reports/dashboard?templateId=abc&organizationId=" + fixtures.district()), DISTRICT);
            assertThat(refused.getResponse().getStatus()).isEqualTo(400);
            assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
                    .contains("templateId");
        });
    }

    @Test
    void theDistrictReadsThePageInEitherLanguage() {
        fixtures.rolledBack(() -> {
            long template = fixtures.quarterlyTemplate()[0];
            for (String lang : List.of("vi", "en")) {
                var response = perform(
                                get("/reports/dashboard")
                                        .param("templateId", "" + template)
                                        .param("organizationId", "" + fixtures.district())
                                        .param("lang", lang),
                                DISTRICT)
                        .getResponse();
                assertThat(response.getStatus()).isEqualTo(200);
                assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                        .as("dashboard in " + lang)
                        .doesNotContain("??")
                        .contains("en".equals(lang) ? "Report dashboard" : "Bảng theo dõi báo cáo");
            }
        });
    }

    private MvcResult perform(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(demo.signedIn(username))
                        .cookie(new Cookie("NG_LANG", "vi"))
                        .accept(MediaType.TEXT_HTML))
                .andReturn();
    }
}
