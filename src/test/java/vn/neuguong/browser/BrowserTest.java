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
}
