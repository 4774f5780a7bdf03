package vn.neuguong.commendation;

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
import vn.neuguong.browser.Chromium.Width;

/**
 * The commendation pages in Chromium, at a desk's width and a phone's, in Vietnamese and in English: what anyone opens
 * without signing in (a demo certificate's code, a forged code, the Thanh Xuân honour roll), then the staff pages of
 * the city's propaganda department (the rounds, Thanh Xuân's round, one award, the forms of award). Each page passes
 * the page checks and, at phone width, the axe-core audit; the verdict and the awards are read off the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "seed"})
class CommendationBrowserTests extends BrowserTest {

    static final String PASSWORD = "NeuGuong@2024";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void thePublicAndStaffPagesReadWellOnAPhoneAndADesk() throws Exception {
        long round = single("SELECT id FROM commendation_round WHERE title = '" + CommendationDemoData.TITLE + "'");
        long district = single("SELECT id FROM organization WHERE name = 'Quận ủy Thanh Xuân'");
        var award = jdbc.sql("SELECT id, code FROM commendation_nomination WHERE round_id = :r AND status = 'AWARDED'"
                        + " ORDER BY position LIMIT 1")
                .param("r", round)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
                .single();
        var publicPages = List.of(
                "/portal/commendations/verify/" + award[1],
                "/portal/commendations/verify/ABCD-EFGH-JKLM",
                "/portal/commendations/verify",
                "/portal/organizations/" + district + "/honour-roll");
        var staffPages = List.of(
                "/commendations",
                "/commendations/rounds/" + round,
                "/commendations/nominations/" + award[0],
                "/commendations/forms");
        var problems = new ArrayList<String>();
        visit("public", publicPages, problems);
        browser.get(url("/portal/commendations/verify/" + award[1] + "?lang=vi"));
        chromium.settle();
        assertThat(browser.findElement(By.id("verdict")).getText())
                .contains("Giấy khen này là thật")
                .contains("Quận ủy Thanh Xuân")
                .contains("ngày 14/05/2024");
        browser.get(url("/portal/organizations/" + district + "/honour-roll?lang=vi"));
        chromium.settle();
        assertThat(browser.findElements(By.cssSelector("article.honour-model"))).hasSizeGreaterThanOrEqualTo(4);

        chromium.signIn("http://localhost:" + port, "hanoi.tuyengiao", PASSWORD);
        visit("staff", staffPages, problems);
        chromium.resize(Width.PHONE);
        browser.get(url("/commendations/nominations/" + award[0] + "?lang=vi"));
        chromium.settle();
        assertThat(browser.findElement(By.id("achievement")).getRect().getWidth())
                .as("the achievement reads across the phone, not squeezed beside its label")
                .isGreaterThan(250);
        assertThat(problems)
                .as("what a person would notice on the commendation pages")
                .isEmpty();
    }

    private void visit(String role, List<String> pages, List<String> problems) throws Exception {
        problems.addAll(walk("http://localhost:" + port, "commendation-" + role, pages, false));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private long single(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
