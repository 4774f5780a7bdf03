package vn.neuguong.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.neuguong.report.ReportFixtures.DISTRICT;
import static vn.neuguong.report.ReportFixtures.OTHER_WARD;
import static vn.neuguong.report.ReportFixtures.REPORTS;
import static vn.neuguong.report.ReportFixtures.WARD;
import static vn.neuguong.report.ReportFixtures.figures;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.neuguong.IntegrationTest;
import vn.neuguong.web.TimeConfiguration;

/**
 * The district's dashboard of its quarterly 2023 report: Văn Miếu handed over the first quarter on time and Quốc Tử
 * Giám late, every other report of the year is overdue. The JSON, the page's tables and the workbook all show the
 * same figures: per ward, per quarter with the ratio recomputed from the summed figures, and the overdue list.
 */
@IntegrationTest
class ReportDashboardIntegrationTests extends ReportTestSupport {

    static final String DASHBOARD = REPORTS + "/dashboard";

    @Test
    void theDistrictSeesEachWardEachQuarterAndTheOverdueReportsAlikeInJsonPageAndWorkbook() {
        fixtures.rolledBack(() -> {
            long template = twoWardsHandOverTheFirstQuarter();
            long vanMieu = fixtures.vanMieu();
            long firstQuarter = owing(List.of("Quý 1/2023"));
            // the template binds the wards' lines: the Front's and the mass organizations' second quarter is theirs
            long secondQuarter = owing(List.of("Quý 2/2023"));
            long children = owing(List.of("Quý 1/2023", "Quý 2/2023", "Quý 3/2023", "Quý 4/2023"));
            // every report expected in the four quarters is overdue but the two handed over
            long overdue =
                    firstQuarter + secondQuarter + owing(List.of("Quý 3/2023")) + owing(List.of("Quý 4/2023")) - 2;
            int daysSinceSecondDue =
                    (int) ChronoUnit.DAYS.between(LocalDate.of(2023, 6, 25), LocalDate.now(TimeConfiguration.ZONE));
            String query = "?templateId=" + template + "&organizationId=" + fixtures.district();

            var json = fixtures.send(get(DASHBOARD + query), DISTRICT, null, null)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.periods[0].expected").value(firstQuarter))
                    .andExpect(jsonPath("$.periods[0].onTime").value(1))
                    .andExpect(jsonPath("$.periods[0].late").value(1))
                    .andExpect(jsonPath("$.periods[0].missing").value(firstQuarter - 2))
                    .andExpect(jsonPath("$.periods[0].notYetDue").value(0))
                    .andExpect(
                            jsonPath("$.periods[0].handedOverPercent").value(Math.round(2000.0 / firstQuarter) / 10.0))
                    .andExpect(jsonPath("$.periods[0].ratios.length()").value(1))
                    .andExpect(jsonPath("$.periods[0].ratios[0].numerator").value(150))
                    .andExpect(jsonPath("$.periods[0].ratios[0].denominator").value(220))
                    // 150 / 220, not the mean of 100/120 and 50/100
                    .andExpect(jsonPath("$.periods[0].ratios[0].percent").value(68.2))
                    .andExpect(jsonPath("$.periods[1].expected").value(secondQuarter))
                    .andExpect(jsonPath("$.periods[1].missing").value(secondQuarter))
                    .andExpect(jsonPath("$.periods[1].handedOverPercent").value(0.0))
                    .andExpect(jsonPath("$.periods[1].ratios[0].percent").isEmpty())
                    .andExpect(jsonPath("$.children.length()").value(children))
                    .andExpect(jsonPath("$.overdue.length()").value(overdue));
            String body = ReportFixtures.body(json);
            assertThat(JsonPath.<List<String>>read(body, "$.periods[*].label"))
                    .containsExactly("Quý I/2023", "Quý II/2023", "Quý III/2023", "Quý IV/2023");
            assertThat(counts(body, vanMieu)).containsExactly(4, 1, 0, 3, 0);
            assertThat(counts(body, fixtures.quocTuGiam())).containsExactly(4, 0, 1, 3, 0);
            List<Integer> days = JsonPath.read(
                    body,
                    "$.overdue[?(@.organizationId == %d && @.periodStartsOn == '2023-04-01')].daysOverdue"
                            .formatted(vanMieu));
            assertThat(days).containsExactly(daysSinceSecondDue);
            List<Object> handedOver = JsonPath.read(
                    body,
                    "$.overdue[?(@.organizationId == %d && @.periodStartsOn == '2023-01-01')]".formatted(vanMieu));
            assertThat(handedOver).isEmpty();

            var page = page(get("/reports/dashboard" + query), DISTRICT);
            assertThat(page.select("h1").text()).isEqualTo("Bảng theo dõi báo cáo — Quận ủy Đống Đa");
            assertThat(page.select("canvas[role=img]"))
                    .hasSize(3)
                    .allSatisfy(canvas -> assertThat(canvas.attr("aria-label")).contains("Quận ủy Đống Đa"));
            assertThat(page.select("script:not([src])"))
                    .allSatisfy(script -> assertThat(script.attr("type")).isEqualTo("application/json"));
            assertThat(page.select("script[src]").eachAttr("src"))
                    .contains("/js/report-dashboard.js")
                    .anyMatch(src -> src.startsWith("/webjars/chart.js/") && src.endsWith("/chart.umd.js"));
            String figures = page.getElementById("dashboard-figures").data();
            assertThat(JsonPath.<List<String>>read(figures, "$.children.labels"))
                    .contains("Đảng ủy phường Văn Miếu");
            assertThat(JsonPath.<List<Double>>read(figures, "$.periods.series[1].values")
                            .get(0))
                    .isEqualTo(68.2);
            assertThat(page.select("#children thead th").eachText())
                    .containsExactly("Đơn vị", "Phải báo cáo", "Đúng hạn", "Muộn", "Chưa gửi", "Chưa đến hạn");
            var ward = page.getElementById("child-" + vanMieu);
            assertThat(ward.select("th").text()).isEqualTo("Đảng ủy phường Văn Miếu");
            assertThat(ward.select("td").eachText()).containsExactly("4", "1", "0", "3", "0");
            var quarter = page.getElementById("period-2023-01-01");
            assertThat(quarter.select("th").text()).isEqualTo("Quý I/2023");
            assertThat(quarter.select("td:not(.ratio)").eachText())
                    .containsExactly(
                            "" + firstQuarter,
                            "1",
                            "1",
                            "" + (firstQuarter - 2),
                            "0",
                            percentText(Math.round(2000.0 / firstQuarter) / 10.0));
            assertThat(quarter.select("td.ratio .percent").text()).isEqualTo("68,2%");
            assertThat(quarter.select("td.ratio .fraction").text()).isEqualTo("150/220");
            assertThat(page.select("#overdue tbody tr")).hasSize((int) overdue);
            assertThat(page.getElementById("overdue-" + vanMieu + "-2023-04-01")
                            .select("th, td")
                            .eachText())
                    .containsExactly(
                            "Đảng ủy phường Văn Miếu",
                            "Quý II/2023",
                            "25/06/2023",
                            vietnamese(daysSinceSecondDue),
                            "Chưa lập");
            assertThat(page.getElementById("overdue-" + vanMieu + "-2023-01-01"))
                    .isNull();
            assertThat(page.getElementById("export").attr("href")).isEqualTo("/reports/dashboard.xlsx" + query);

            try (var workbook = workbook(get("/reports/dashboard.xlsx" + query))) {
                assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)))
                        .containsExactly("Đơn vị", "Theo kỳ", "Quá hạn");
                var sheet = workbook.getSheetAt(0);
                assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Đúng hạn");
                assertThat(sheet.getLastRowNum()).isEqualTo((int) children);
                var row = IntStream.rangeClosed(1, sheet.getLastRowNum())
                        .mapToObj(sheet::getRow)
                        .filter(r -> r.getCell(0).getStringCellValue().equals("Đảng ủy phường Văn Miếu"))
                        .findFirst()
                        .orElseThrow();
                assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(IntStream.rangeClosed(1, 5)
                                .mapToDouble(i -> row.getCell(i).getNumericCellValue())
                                .toArray())
                        .containsExactly(4, 1, 0, 3, 0);
                var periods = workbook.getSheetAt(1).getRow(1);
                assertThat(periods.getCell(0).getStringCellValue()).isEqualTo("Quý I/2023");
                assertThat(periods.getCell(1).getNumericCellValue()).isEqualTo(firstQuarter);
                assertThat(periods.getCell(6).getNumericCellValue())
                        .isCloseTo(Math.round(2000.0 / firstQuarter) / 1000.0, within(1e-9));
                assertThat(periods.getCell(6).getCellStyle().getDataFormatString())
                        .isEqualTo("0.0%");
                assertThat(periods.getCell(7).getNumericCellValue()).isEqualTo(150);
                assertThat(periods.getCell(8).getNumericCellValue()).isEqualTo(220);
                assertThat(periods.getCell(9).getNumericCellValue()).isCloseTo(0.682, within(1e-9));
                var late = workbook.getSheetAt(2);
                assertThat(late.getLastRowNum()).isEqualTo((int) overdue);
                assertThat(late.getRow(1).getCell(2).getLocalDateTimeCellValue().toLocalDate())
                        .isEqualTo(LocalDate.of(2023, 4, 28));
                assertThat(late.getRow(1).getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            }
        });
    }

    /** The quarterly template; Văn Miếu hands over the first quarter on time (moved back), Quốc Tử Giám today. */
    private long twoWardsHandOverTheFirstQuarter() throws Exception {
        long[] t = fixtures.quarterlyTemplate();
        long vanMieu = fixtures.open(t[0], fixtures.vanMieu(), "2023-01-01", WARD);
        fixtures.send(put(REPORTS + "/" + vanMieu + "/figures"), WARD, 0, figures(t, 120L, 100L, 120L, "a", null))
                .andExpect(status().isOk());
        fixtures.send(post(REPORTS + "/" + vanMieu + "/submission"), WARD, 1, "{\"signedBy\": \"Lê Văn Bình\"}")
                .andExpect(status().isOk());
        jdbc.sql("UPDATE report SET submitted_on = DATE '2023-04-25' WHERE id = :id")
                .param("id", vanMieu)
                .update();
        long quocTuGiam = fixtures.open(t[0], fixtures.quocTuGiam(), "2023-01-01", OTHER_WARD);
        fixtures.send(
                        put(REPORTS + "/" + quocTuGiam + "/figures"),
                        OTHER_WARD,
                        0,
                        figures(t, 100L, 50L, 100L, "b", null))
                .andExpect(status().isOk());
        fixtures.send(post(REPORTS + "/" + quocTuGiam + "/submission"), OTHER_WARD, 1, "{\"signedBy\": \"Trần An\"}")
                .andExpect(status().isOk());
        return t[0];
    }

    /** The district's open children owing one of the theme's report lines, counted from the obligations. */
    private long owing(List<String> labels) {
        return jdbc.sql("""
                        SELECT count(DISTINCT ob.organization_id) FROM obligation ob
                        JOIN campaign_requirement r ON r.id = ob.requirement_id
                        JOIN organization o ON o.id = ob.organization_id
                        WHERE ob.campaign_id = :c AND r.label IN (:labels) AND o.parent_id = :district
                          AND o.closed_on IS NULL AND ob.refines_obligation_id IS NULL
                        """)
                .param("c", fixtures.theme2023())
                .param("labels", labels)
                .param("district", fixtures.district())
                .query(Long.class)
                .single();
    }

    private static List<Integer> counts(String body, long organization) {
        String child = "$.children[?(@.organizationId == %d)].".formatted(organization);
        return List.of("expected", "onTime", "late", "missing", "notYetDue").stream()
                .map(field -> JsonPath.<List<Integer>>read(body, child + field).get(0))
                .toList();
    }

    /** A whole number as a Vietnamese reader sees it: 1.257. */
    private static String vietnamese(long number) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN")).format(number);
    }

    private static String percentText(double percent) {
        String text = percent == Math.rint(percent) ? "" + (long) percent : ("" + percent).replace('.', ',');
        return text + "%";
    }

    private MvcResult perform(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(demo.signedIn(username))
                        .cookie(new Cookie("NG_LANG", "vi"))
                        .accept(MediaType.TEXT_HTML))
                .andReturn();
    }

    private Document page(MockHttpServletRequestBuilder request, String username) throws Exception {
        var response = perform(request, username).getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private XSSFWorkbook workbook(MockHttpServletRequestBuilder request) throws Exception {
        var response = perform(request, DISTRICT).getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith(ReportDashboardWorkbook.XLSX);
        return new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()));
    }
}
