package vn.neuguong.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven by its chromedriver (never a downloaded browser), for the browser tests: a
 * fresh profile per run, the two widths every page is checked at, full-page screenshots under
 * {@code target/browser-screenshots/<role>/} (a role's folder is emptied before its first screenshot of the run), and
 * a patient wait for what htmx and the page's scripts do.
 */
public final class Chromium implements AutoCloseable {

    static final String BINARY = System.getProperty("neuguong.browser.binary", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("neuguong.browser.driver", "/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
    static final Duration PATIENCE = Duration.ofSeconds(15);

    /** The two widths every page is checked at; the phone one also gets the accessibility audit. */
    public enum Width {
        DESK(1366, 900, false),
        PHONE(390, 844, true);

        public final int width;
        public final int height;
        public final boolean mobile;

        Width(int width, int height, boolean mobile) {
            this.width = width;
            this.height = height;
            this.mobile = mobile;
        }
    }

    private final ChromeDriver browser;
    private final Path profile;
    private final Set<String> emptied = new HashSet<>();

    private Chromium(ChromeDriver browser, Path profile) {
        this.browser = browser;
        this.profile = profile;
    }

    public static Chromium start() throws IOException {
        System.setProperty("webdriver.chrome.driver", DRIVER);
        Path profile = Files.createTempDirectory("neuguong-chromium");
        var options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--hide-scrollbars",
                "--window-size=1366,900",
                "--lang=vi",
                "--user-data-dir=" + profile);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .build();
        var browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return new Chromium(browser, profile);
    }

    public ChromeDriver browser() {
        return browser;
    }

    public void resize(Width width) {
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of(
                        "width", width.width,
                        "height", width.height,
                        "deviceScaleFactor", 1,
                        "mobile", width.mobile));
    }

    /** The whole page, not only the window: at most 6000 px of it. */
    public void screenshot(String role, String name) throws IOException {
        Number height = (Number) browser.executeScript("return document.documentElement.scrollHeight");
        Number width = (Number) browser.executeScript("return window.innerWidth");
        var shot = browser.executeCdpCommand(
                "Page.captureScreenshot",
                Map.of(
                        "format",
                        "png",
                        "captureBeyondViewport",
                        true,
                        "clip",
                        Map.of(
                                "x", 0,
                                "y", 0,
                                "width", width.intValue(),
                                "height", Math.min(height.intValue(), 6000),
                                "scale", 1)));
        Path folder = SCREENSHOTS.resolve(role);
        if (emptied.add(role)) {
            delete(folder);
        }
        Path target = Files.createDirectories(folder).resolve(name + ".png");
        Files.write(target, Base64.getDecoder().decode((String) shot.get("data")));
    }

    /** Signs in through the login page with the demo password, from a clean slate of cookies, at a desk's width. */
    public void signIn(String base, String username, String password) throws InterruptedException {
        browser.manage().deleteAllCookies();
        resize(Width.DESK);
        browser.get(base + "/login?lang=vi");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form[action$='/login'] button[type=submit]"))
                .click();
        if (!waitUntil(() -> !browser.getCurrentUrl().contains("/login"))) {
            throw new AssertionError(username + " could not sign in");
        }
    }

    /** Waits until htmx has finished what the page loads by itself (the notification badge). */
    public void settle() throws InterruptedException {
        waitUntil(() -> Boolean.TRUE.equals(browser.executeScript(
                "return document.readyState === 'complete' && !document.querySelector('.htmx-request')")));
    }

    /** Waits for the condition; an element htmx replaced while it was read counts as not yet. */
    public static boolean waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (holds(condition)) {
                return true;
            }
            Thread.sleep(50);
        }
        return holds(condition);
    }

    private static boolean holds(BooleanSupplier condition) {
        try {
            return condition.getAsBoolean();
        } catch (StaleElementReferenceException replacedMeanwhile) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        browser.quit();
        delete(profile);
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
    }
}
