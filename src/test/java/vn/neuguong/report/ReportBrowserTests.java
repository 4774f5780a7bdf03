package vn.neuguong.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.neuguong.browser.BrowserTest;
import vn.neuguong.browser.Chromium;

/**
 * The report pages in Chromium as the district's staff open them, at a desk's width and a phone's, in Vietnamese and
 * in English: the list, a ward's report with its corrected figure, the district's aggregation of the first quarter,
 * the template form, the reviews and Thanh Xuân's review, the dashboard with its charts. Each page passes the page checks and, at phone width, the
 * axe-core audit; the aggregation shows its figures, not only its names.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "seed"})
class ReportBrowserTests extends BrowserTest {

    static final String PASSWORD = "NeuGuong@2024";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDistrictsReportPagesReadWellOnAPhoneAndADesk() throws Exception {
        long template = single("SELECT id FROM report_template WHERE title = '" + ReportDemoData.TITLE + "'");
        long district = single("SELECT id FROM organization WHERE name = 'Quận ủy Đống Đa'");
        long vanMieu = single("SELECT r.id FROM report r JOIN organization o ON o.id = r.organization_id"
                + " WHERE o.name = 'Đảng ủy phường Văn Miếu' AND r.period_starts_on = '2023-01-01'");
        long review = single("SELECT id FROM report_review WHERE title = '" + ReviewDemoData.TITLE + "'");
        String aggregation = "/reports/aggregation?templateId=%d&organizationId=%d&periodStartsOn=2023-01-01"
                .formatted(template, district);
        var pages = List.of(
                "/reports",
                "/reports/" + vanMieu,
                aggregation,
                "/reports/templates/new",
                "/reports/reviews",
                "/reports/reviews/" + review,
                "/reports/dashboard?templateId=%d&organizationId=%d".formatted(template, district));
        chromium.signIn("http://localhost:" + port, "hanoi.tuyengiao", PASSWORD);
        var problems = new ArrayList<String>(walk("http://localhost:" + port, "reports", pages, false));
        assertThat(problems)
                .as("what a person would notice on the report pages")
                .isEmpty();

        browser.get("http://localhost:" + port + aggregation + "&lang=vi");
        chromium.settle();
        var totals = browser.findElements(By.cssSelector("#totals tbody tr td.number"));
        assertThat(totals).isNotEmpty();
        assertThat(totals.get(0).getText()).matches("\\d[\\d.]*");
        browser.get("http://localhost:" + port
                + "/reports/dashboard?templateId=%d&organizationId=%d&lang=vi".formatted(template, district));
        chromium.settle();
        assertThat(Chromium.waitUntil(() -> Boolean.TRUE.equals(
                        browser.executeScript("return [...document.querySelectorAll('canvas')].length > 0"
                                + " && [...document.querySelectorAll('canvas')].every(c => c.width > 0"
                                + " && window.Chart && Chart.getChart(c))"))))
                .as("every chart is drawn by Chart.js")
                .isTrue();
        browser.get("http://localhost:" + port + aggregation + "&lang=vi");
        chromium.settle();
        assertThat(browser.findElement(By.id("summary")).getText())
                .matches("21 đơn vị phải báo cáo · \\d+ đã gửi · \\d+ chưa gửi");
    }

    private long single(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
