package vn.neuguong.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.neuguong.browser.Chromium.Width;

/**
 * Every demo role's walk through the application in Debian's Chromium (headless), on a real server with the demo
 * data: each role signs in and opens its pages at a desk's width (1366×900) and a phone's (390×844), in Vietnamese
 * and in English. On every page it checks what a person would notice ({@link PageChecks}: sideways scrolling, raw
 * ids, message keys, English on a Vietnamese page) and, at phone width, runs the axe-core audit ({@link Axe}); then
 * it does what that role comes for (expand the tree, find a member, fix a form). Full-page screenshots land in
 * {@code target/browser-screenshots/<role>/}. Runs only with {@code -Pbrowser} (failsafe); the browser and its
 * driver come from the system packages, never from a download.
 *
 * <p>One method per role: a check that belongs to a role (its task list, its compliance board) goes into that
 * role's method, after its walk.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "seed"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WalkthroughBrowserTests extends BrowserTest {

    static final String PASSWORD = "NeuGuong@2024";
    static final String NEW_ERA = "Đợt sinh hoạt chính trị về kỷ nguyên mới - kỷ nguyên vươn mình của dân tộc";
    static final String THEME_2023 = "Chuyên đề năm 2023 về trách nhiệm nêu gương";

    static final List<String> LANGUAGES = List.of("vi", "en");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** The checks find what they look for, on a page made to fail each of them. */
    @Test
    @Order(0)
    void theChecksFindWhatTheyLookFor() throws Exception {
        resize(Width.PHONE);
        browser.get("data:text/html;charset=utf-8,"
                + URLEncoder.encode(
                                "<!DOCTYPE html><html lang=\"vi\"><body><main><h1>??nav.missing_vi??</h1>"
                                        + "<p>Tổ chức #42</p><p>Skip to main content</p><img src=\"x.png\">"
                                        + "<div style=\"width:800px\">rộng</div></main></body></html>",
                                StandardCharsets.UTF_8)
                        .replace("+", "%20"));
        var problems = checks.of(browser, "made-up page", "vi", Width.PHONE.width);
        var audit = axe.audit(browser, "made-up page");

        assertThat(String.join("\n", problems))
                .contains("scrolls sideways")
                .contains("message key ??nav.missing_vi??")
                .contains("raw id")
                .contains("English on a Vietnamese page");
        assertThat(String.join("\n", audit)).contains("image-alt");
    }

    @Test
    @Order(1)
    void administrator() throws Exception {
        signIn("admin");
        walk(
                "admin",
                "/dashboard",
                "/organizations",
                "/members",
                "/members/new",
                "/documents",
                "/documents/" + document("347-KH/QU"),
                "/documents/new",
                "/documents/external/new",
                "/campaigns",
                "/campaigns/" + campaign(NEW_ERA),
                "/campaigns/" + campaign(THEME_2023) + "/compliance",
                "/campaigns/obligations",
                "/campaigns/new",
                "/notifications",
                "/audit",
                "/account",
                "/account/admin");

        theErrorSummaryLeadsToTheFieldItNames();
        theMenuOpensAndClosesOnAPhone();
    }

    @Test
    @Order(2)
    void cityStaff() throws Exception {
        signIn("hanoi.tuyengiao");
        walk(
                "city",
                "/dashboard",
                "/organizations",
                "/members?q=nguyen%20van%20an",
                "/documents",
                "/documents/" + document("284-KH/TU"),
                "/documents/new",
                "/campaigns",
                "/campaigns/" + campaign(THEME_2023),
                "/campaigns/" + campaign(THEME_2023) + "/compliance",
                "/campaigns/obligations",
                "/notifications",
                "/account");
    }

    @Test
    @Order(3)
    void districtStaff() throws Exception {
        signIn("dongda.tuyengiao");
        walk(
                "district",
                "/dashboard",
                "/organizations",
                "/organizations/" + organization("Quận ủy Đống Đa"),
                "/organizations/" + organization("Ủy ban MTTQ Việt Nam quận Đống Đa"),
                "/members",
                "/persons",
                "/persons/" + person("Lê Thị Thu Hằng"),
                "/documents",
                "/documents/" + document("347-KH/QU"),
                "/documents/new",
                "/documents/external/new",
                "/campaigns",
                "/campaigns/" + campaign(NEW_ERA),
                "/campaigns/" + campaign(NEW_ERA) + "/compliance",
                "/campaigns/" + campaign(THEME_2023) + "/compliance",
                "/campaigns/obligations",
                "/campaigns/new",
                "/notifications",
                "/account",
                "/audit");

        theTreeOpensAndClosesANode();
        findsAMemberWithoutDiacritics();
        filtersTheMembersByAWardFoundByName();
        theCampaignFormNamesWhatIsMissing();
        theTaskListShowsTheWardsThatAreBehind();
        theBoardShowsTheFiguresOfEveryWard();
    }

    @Test
    @Order(4)
    void wardStaff() throws Exception {
        signIn("vanmieu.vanphong");
        walk(
                "ward",
                "/dashboard",
                "/organizations",
                "/members",
                "/members/new",
                "/documents",
                "/documents/" + document("347-KH/QU"),
                "/documents/new",
                "/campaigns",
                "/campaigns/" + campaign(NEW_ERA),
                "/campaigns/" + campaign(NEW_ERA) + "/cascade",
                "/campaigns/" + campaign(THEME_2023) + "/compliance",
                "/campaigns/obligations",
                "/notifications",
                "/account");
    }

    @Test
    @Order(5)
    void unitStaff() throws Exception {
        signIn("kimlien.mttq");
        walk(
                "unit",
                "/dashboard",
                "/organizations",
                "/organizations/" + organization("Ủy ban MTTQ Việt Nam phường Kim Liên"),
                "/persons",
                "/persons/" + person("Vũ Thị Thanh Nga"),
                "/persons/new",
                "/campaigns",
                "/campaigns/" + campaign(THEME_2023),
                "/campaigns/obligations",
                "/notifications",
                "/account");
    }

    @Test
    @Order(5)
    void cellSecretary() throws Exception {
        signIn("bithu.vanmieu1");
        walk(
                "secretary",
                "/dashboard",
                "/members",
                "/documents",
                "/documents/" + document("347-KH/QU"),
                "/campaigns",
                "/campaigns/" + campaign(NEW_ERA),
                "/campaigns/obligations",
                "/notifications",
                "/account");
    }

    @Test
    @Order(6)
    void member() throws Exception {
        signIn("dangvien.vanmieu1");
        walk(
                "member",
                "/dashboard",
                "/documents",
                "/documents/" + document("347-KH/QU"),
                "/notifications",
                "/notifications/preferences",
                "/account");
    }

    // The walk of every role.

    /** Opens every page at both widths in both languages, checks it and keeps a screenshot; reports all at once. */
    private void walk(String role, String... paths) throws Exception {
        var problems = new ArrayList<String>();
        for (var width : Width.values()) {
            resize(width);
            for (var language : LANGUAGES) {
                for (int i = 0; i < paths.length; i++) {
                    String path = paths[i];
                    open(path + (path.contains("?") ? "&" : "?") + "lang=" + language);
                    settle();
                    String where = role + " " + path + " (" + language + ", " + width.width + " px)";
                    screenshot(role, "%02d-%s-%d-%s".formatted(i + 1, language, width.width, slug(path)));
                    problems.addAll(checks.of(browser, where, language, width.width));
                    if (width.mobile) {
                        problems.addAll(axe.audit(browser, where));
                    }
                }
            }
        }
        assertThat(problems)
                .as("what a person would notice on the pages of " + role)
                .isEmpty();
    }

    // What each role comes for.

    private void theErrorSummaryLeadsToTheFieldItNames() throws Exception {
        resize(Width.PHONE);
        open("/account/admin?lang=vi");
        var form = browser.findElement(By.id("new-account"));
        form.findElement(By.id("username")).sendKeys("admin");
        form.findElement(By.id("displayName")).sendKeys("Trùng tên");
        form.findElement(By.id("password")).sendKeys("Secret12345");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        waitUntil(() -> !browser.findElements(By.cssSelector(".error-summary")).isEmpty());
        screenshot("admin", "90-error-summary");

        var summary = browser.findElement(By.cssSelector(".error-summary"));
        assertThat(browser.switchTo().activeElement())
                .as("the summary has the focus")
                .isEqualTo(summary);
        summary.findElement(By.cssSelector("a[href='#username']")).click();
        var username = browser.findElement(By.id("username"));
        screenshot("admin", "91-error-field");
        assertThat(browser.switchTo().activeElement())
                .as("the link focuses the field")
                .isEqualTo(username);
        assertThat(username.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("username-error")).getText()).contains("đã có người dùng");
        assertThat(username.getCssValue("border-top-color")).isEqualTo("rgba(183, 28, 28, 1)");
        assertThat(axe.audit(browser, "admin new account with errors")).isEmpty();
    }

    private void theMenuOpensAndClosesOnAPhone() throws Exception {
        resize(Width.PHONE);
        open("/dashboard?lang=vi");
        var toggle = browser.findElement(By.cssSelector(".menu-toggle"));
        var menu = browser.findElement(By.id("mainnav"));
        assertThat(menu.isDisplayed()).as("the menu starts closed on a phone").isFalse();

        toggle.click();
        screenshot("admin", "92-menu-open");
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(menu.isDisplayed()).isTrue();
        var link = menu.findElement(By.cssSelector("a[href='/members']"));
        assertThat(link.getSize().getHeight()).as("a menu item is within reach").isGreaterThanOrEqualTo(44);

        toggle.click();
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(menu.isDisplayed()).isFalse();

        resize(Width.DESK);
        assertThat(menu.isDisplayed())
                .as("a desk shows the menu without a toggle")
                .isTrue();
        assertThat(toggle.isDisplayed()).isFalse();
    }

    /** Opens a ward if the tree already lists one (its children are cells), otherwise the district; then closes. */
    private void theTreeOpensAndClosesANode() throws Exception {
        resize(Width.PHONE);
        open("/organizations?lang=vi");
        List<WebElement> toggles = browser.findElements(By.cssSelector(".tree button.tree-toggle"));
        var toggle = toggles.stream()
                .filter(button -> button.getAttribute("aria-label").contains("Đảng ủy phường"))
                .findFirst()
                .or(() -> toggles.stream()
                        .filter(button -> button.getAttribute("aria-label").contains("Đống Đa"))
                        .findFirst())
                .orElseThrow();
        String children =
                toggle.getAttribute("aria-label").contains("Đảng ủy phường") ? "Chi bộ Tổ dân phố" : "Đảng ủy phường";
        var list = browser.findElement(By.id(toggle.getAttribute("aria-controls")));
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(toggle.getSize().getHeight())
                .as("the toggle is within reach")
                .isGreaterThanOrEqualTo(44);
        assertThat(toggle.getSize().getWidth()).isGreaterThanOrEqualTo(44);

        toggle.click();
        boolean opened = waitUntil(() -> list.isDisplayed() && list.getText().contains(children));
        screenshot("district", "90-tree-open");
        assertThat(opened).as("the node shows its children: " + children).isTrue();
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");

        toggle.click();
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(list.isDisplayed()).as("the node closes again").isFalse();
        screenshot("district", "91-tree-closed");

        toggle.click();
        assertThat(list.isDisplayed())
                .as("and opens again without loading twice")
                .isTrue();
        assertThat(axe.audit(browser, "district tree opened")).isEmpty();
    }

    private void findsAMemberWithoutDiacritics() throws Exception {
        resize(Width.PHONE);
        open("/members?lang=vi");
        browser.findElement(By.name("q")).sendKeys("nguyen van an");
        boolean found =
                waitUntil(() -> browser.findElement(By.id("results")).getText().contains("Nguyễn Văn An"));
        screenshot("district", "92-members-search");
        assertThat(found).as("typing finds Nguyễn Văn An").isTrue();
    }

    /**
     * The members' organization filter is a picker: typing a ward's name without diacritics finds it (from the
     * server when it is not among the first listed), and choosing it narrows the list.
     */
    private void filtersTheMembersByAWardFoundByName() throws Exception {
        resize(Width.DESK);
        open("/members?lang=vi");
        String all = browser.findElement(By.cssSelector("#results p")).getText();
        var picker = By.cssSelector("select#organizationId ~ .ts-wrapper .ts-control");
        browser.findElement(picker).click();
        browser.switchTo().activeElement().sendKeys("van mieu");
        assertThat(waitUntil(() -> browser.findElements(By.cssSelector(".ts-dropdown .option")).stream()
                        .anyMatch(o -> o.getText().endsWith("Đảng ủy phường Văn Miếu"))))
                .as("the picker offers the ward")
                .isTrue();
        var ward = browser.findElements(By.cssSelector(".ts-dropdown .option")).stream()
                .filter(o -> o.getText().endsWith("Đảng ủy phường Văn Miếu"))
                .findFirst()
                .orElseThrow();
        // the dropdown scrolls; the ward's line may lie below what it shows
        browser.executeScript("arguments[0].scrollIntoView({block: 'nearest'})", ward);
        ward.click();
        assertThat(waitUntil(() -> !browser.findElement(By.cssSelector("#results p"))
                        .getText()
                        .equals(all)))
                .as("the list narrows to the ward")
                .isTrue();
        screenshot("district", "93-members-filtered");
    }

    /** Sent empty (past the browser's own checks), the campaign form passes the checks with its errors shown. */
    private void theCampaignFormNamesWhatIsMissing() throws Exception {
        resize(Width.PHONE);
        for (var language : LANGUAGES) {
            open("/campaigns/new?lang=" + language);
            browser.executeScript("document.querySelector('main form.form').noValidate = true");
            browser.findElement(By.cssSelector("main form.form button[type=submit]"))
                    .click();
            waitUntil(() ->
                    !browser.findElements(By.cssSelector(".error-summary")).isEmpty());
            settle();
            screenshot("district", "93-campaign-errors-" + language);
            String where = "district campaign form with errors (" + language + ")";
            assertThat(browser.switchTo().activeElement())
                    .as("the summary has the focus")
                    .isEqualTo(browser.findElement(By.cssSelector(".error-summary")));
            assertThat(browser.findElements(By.cssSelector(".error-summary a[href='#title']")))
                    .hasSize(1);
            var problems = new ArrayList<String>(checks.of(browser, where, language, Width.PHONE.width));
            problems.addAll(axe.audit(browser, where));
            assertThat(problems).as(where).isEmpty();
        }
    }

    /** The district's home page names the wards behind on the seeded 2023 theme, each with what it owes. */
    private void theTaskListShowsTheWardsThatAreBehind() throws Exception {
        resize(Width.PHONE);
        open("/dashboard?lang=vi");
        settle();
        var behind = browser.findElements(By.cssSelector("#tasks-behind .task"));
        assertThat(behind).as("wards behind on the district's home page").isNotEmpty();
        assertThat(behind.get(0).getText())
                .as("a ward behind, with how much it owes")
                .contains("Đảng ủy phường")
                .containsPattern("\\d+ nhiệm vụ quá hạn");
        screenshot("district", "tasks-behind");
    }

    /** The 2023 theme's board shows figures, not only names, in every ward's row. */
    private void theBoardShowsTheFiguresOfEveryWard() throws Exception {
        resize(Width.DESK);
        open("/campaigns/" + campaign(THEME_2023) + "/compliance?lang=vi");
        settle();
        var rows = browser.findElements(By.cssSelector("table.board tbody tr[id^=row-]"));
        assertThat(rows).as("ward rows on the board").hasSizeGreaterThanOrEqualTo(21);
        for (var row : rows) {
            var cells = row.findElements(By.tagName("td"));
            assertThat(cells).as(row.getText()).hasSizeGreaterThan(3);
            assertThat(cells.get(cells.size() - 3).getText())
                    .as("done / owed of " + cells.get(0).getText())
                    .matches("\\d+/\\d+");
            assertThat(cells.get(cells.size() - 1).getText())
                    .as("rate of " + cells.get(0).getText())
                    .matches("\\d+(,\\d+)?%");
        }
        screenshot("district", "board-figures");
    }

    // Helpers.

    private void signIn(String username) throws InterruptedException {
        chromium.signIn("http://localhost:" + port, username, PASSWORD);
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private static void settle() throws InterruptedException {
        chromium.settle();
    }

    private static void resize(Width width) {
        chromium.resize(width);
    }

    private static void screenshot(String role, String name) throws IOException {
        chromium.screenshot(role, name);
    }

    private static String slug(String path) {
        String slug = path.replaceAll("[?&]q=[^&]*", "-search")
                .replaceAll("/\\d+", "-item")
                .replaceAll("[^A-Za-z0-9-]+", "-")
                .replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "home" : slug;
    }

    private static boolean waitUntil(BooleanSupplier condition) throws InterruptedException {
        return Chromium.waitUntil(condition);
    }

    private long organization(String name) {
        return jdbc.sql("SELECT id FROM organization WHERE name = ?")
                .param(name)
                .query(Long.class)
                .single();
    }

    private long document(String number) {
        return jdbc.sql("SELECT id FROM document WHERE number_text = ?")
                .param(number)
                .query(Long.class)
                .single();
    }

    private long person(String name) {
        return jdbc.sql("SELECT id FROM person WHERE full_name = ?")
                .param(name)
                .query(Long.class)
                .single();
    }

    private long campaign(String title) {
        return jdbc.sql("SELECT id FROM campaign WHERE title = ? AND parent_id IS NULL")
                .param(title)
                .query(Long.class)
                .single();
    }
}
