package vn.neuguong.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A staff member's walk through the application in Debian's Chromium (headless), on a real server with the demo
 * data: sign in, open the organization tree and expand a node, search members, look at the account page and the
 * audit log. Every step saves a screenshot to {@code target/browser-screenshots}. Runs only with {@code -Pbrowser}
 * (failsafe); the browser and its driver come from the system packages, never from a download.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "seed"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WalkthroughBrowserTests {

    static final String CHROMIUM = System.getProperty("neuguong.browser.binary", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("neuguong.browser.driver", "/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
    static final Duration PATIENCE = Duration.ofSeconds(15);

    static ChromeDriver browser;
    static Path profile;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        Files.createDirectories(SCREENSHOTS);
        profile = Files.createTempDirectory("neuguong-chromium");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1280,900",
                "--lang=vi",
                "--user-data-dir=" + profile);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private static void screenshot(String name) throws IOException {
        var file = browser.getScreenshotAs(OutputType.FILE);
        Path target = SCREENSHOTS.resolve(name + ".png");
        Files.copy(file.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("screenshot: " + target.toAbsolutePath());
    }

    private static boolean waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(100);
        }
        return condition.getAsBoolean();
    }

    private static String text() {
        return browser.findElement(By.tagName("body")).getText();
    }

    @Test
    @Order(1)
    void signsInAsDistrictStaff() throws Exception {
        open("/login");
        screenshot("01-login");
        browser.findElement(By.id("username")).sendKeys("dongda.tuyengiao");
        browser.findElement(By.id("password")).sendKeys("NeuGuong@2024");
        browser.findElement(By.cssSelector("form[action$='/login'] button[type=submit]"))
                .click();
        waitUntil(() -> !browser.getCurrentUrl().contains("/login"));
        screenshot("02-signed-in");

        assertThat(browser.getCurrentUrl()).doesNotContain("/login");
        assertThat(text()).contains("Đăng xuất");
    }

    /**
     * Expands a node whose children are not shown yet: a ward if the tree already lists some (its children are
     * cells), otherwise the district.
     */
    @Test
    @Order(2)
    void expandsANodeOfTheOrganizationTree() throws Exception {
        open("/organizations");
        screenshot("03-organizations");
        List<WebElement> expanders = browser.findElements(By.cssSelector(".tree a[hx-get]"));
        var ward = expanders.stream()
                .filter(link -> link.getText().contains("Đảng ủy phường"))
                .findFirst();
        String children = ward.isPresent() ? "Chi bộ Tổ dân phố" : "Đảng ủy phường";
        WebElement node = ward.or(() -> expanders.stream()
                        .filter(link -> link.getText().contains("Đống Đa"))
                        .findFirst())
                .or(() -> expanders.stream().findFirst())
                .orElseGet(() -> browser.findElement(By.linkText("Quận ủy Đống Đa")));
        String before = text();

        node.click();
        boolean expanded = waitUntil(() -> text().contains(children) && !text().equals(before));
        screenshot("04-organization-expanded");

        assertThat(expanded)
                .as("the tree shows the children of the node: " + children)
                .isTrue();
    }

    @Test
    @Order(3)
    void findsAMemberWithoutDiacritics() throws Exception {
        open("/members?q=nguyen%20van%20an");
        waitUntil(() -> text().contains("Nguyễn Văn An"));
        screenshot("05-members-search");

        assertThat(text()).contains("Nguyễn Văn An");
    }

    @Test
    @Order(4)
    void showsTheAccountPageAndTheAuditLog() throws Exception {
        open("/account");
        screenshot("06-my-account");
        assertThat(text()).contains("dongda.tuyengiao").contains("Quận ủy Đống Đa");

        open("/audit?lang=en");
        screenshot("07-audit-log");
        assertThat(text()).contains("Audit log");
    }
}
