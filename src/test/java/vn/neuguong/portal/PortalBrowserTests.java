package vn.neuguong.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.neuguong.browser.BrowserTest;
import vn.neuguong.browser.Chromium.Width;

/**
 * The public portal in Chromium as an anonymous reader, at a phone's width and a desk's, in Vietnamese and English:
 * the home page, an article, a category, a search typed without diacritics and an organization's page. Each passes
 * the page checks and the axe-core audit at both widths; the article's date, view count and byline are read off the
 * page, and its comment form (with the captcha widget) arrives when the reader scrolls to it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "seed"})
class PortalBrowserTests extends BrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aReaderFindsTheNewsOnAPhoneAndADesk() throws Exception {
        long article =
                single("SELECT id FROM portal_article WHERE created_by = 'demo' AND title LIKE 'Quận ủy Đống Đa%'");
        long ward = single("SELECT id FROM organization WHERE name = 'Đảng ủy phường Bồ Đề' AND closed_on IS NULL");
        var pages = List.of(
                "/portal",
                "/portal/articles/" + article,
                "/portal/categories/tin-hoat-dong",
                "/portal/search?q=nguyen+van+an",
                "/portal/organizations/" + ward);
        var problems = new ArrayList<String>(walk("http://localhost:" + port, "portal", pages, true));
        chromium.resize(Width.PHONE);
        browser.get(url("/portal/articles/" + article + "?lang=vi"));
        chromium.settle();
        assertThat(browser.findElement(By.cssSelector(".article-meta")).getText())
                .contains("17/12/2024 11:12")
                .contains("Lượt xem");
        assertThat(browser.findElement(By.cssSelector(".article-byline")).getText())
                .isEqualTo("BAN TUYÊN GIÁO QUẬN ỦY");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('comment-form').scrollIntoView()");
        for (int i = 0;
                i < 100
                        && browser.findElements(By.cssSelector("#comment-form altcha-widget"))
                                .isEmpty();
                i++) {
            Thread.sleep(100);
        }
        assertThat(browser.findElements(By.cssSelector("#comment-form altcha-widget")))
                .as("the comment form arrives when the reader reaches it")
                .hasSize(1);
        assertThat(browser.findElement(By.id("comment-form")).getText()).contains("Họ tên", "Mã xác nhận");
        problems.addAll(axe.audit(browser, "the article with its comment form (vi, phone)"));
        assertThat(problems).as("what a reader would notice on the portal").isEmpty();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private long single(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
