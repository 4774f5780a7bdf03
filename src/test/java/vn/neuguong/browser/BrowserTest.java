package vn.neuguong.browser;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What every browser test class starts with: one Chromium for the class ({@link Chromium}), the page checks a person
 * would notice ({@link PageChecks}) and the axe-core audit ({@link Axe}), closed when the class is done.
 */
public abstract class BrowserTest {

    protected static Chromium chromium;
    protected static ChromeDriver browser;
    protected static PageChecks checks;
    protected static Axe axe;

    @BeforeAll
    static void startBrowser() throws IOException {
        chromium = Chromium.start();
        browser = chromium.browser();
        checks = PageChecks.fromMessages();
        axe = Axe.fromTestResources();
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }

    /**
     * Opens every page at a desk's width and a phone's, in Vietnamese and English: a screenshot into {@code folder},
     * the page checks, and the axe-core audit at phone width (at both widths when {@code axeAtDesk}). What a person
     * would notice, one line each.
     */
    protected static java.util.List<String> walk(
            String base, String folder, java.util.List<String> pages, boolean axeAtDesk) throws Exception {
        var problems = new java.util.ArrayList<String>();
        for (var width : Chromium.Width.values()) {
            chromium.resize(width);
            for (var language : java.util.List.of("vi", "en")) {
                for (int i = 0; i < pages.size(); i++) {
                    String path = pages.get(i);
                    browser.get(base + path + (path.contains("?") ? "&" : "?") + "lang=" + language);
                    chromium.settle();
                    String where = path + " (" + language + ", " + width.width + " px)";
                    chromium.screenshot(folder, "%02d-%s-%d".formatted(i + 1, language, width.width));
                    problems.addAll(checks.of(browser, where, language, width.width));
                    if (width.mobile || axeAtDesk) {
                        problems.addAll(axe.audit(browser, where));
                    }
                }
            }
        }
        return problems;
    }
}
