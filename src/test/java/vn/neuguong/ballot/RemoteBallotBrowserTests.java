package vn.neuguong.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.neuguong.browser.BrowserTest;
import vn.neuguong.browser.Chromium;
import vn.neuguong.browser.Chromium.Width;

/**
 * A voter's ballot in Chromium at a phone's width, as the voter lives it: the remote voter signs in, the page's
 * script obtains a blind-signed credential (the browser's WebCrypto and the bundled RFC 9474 library, not the
 * tests' Java client), the questionnaire is filled in and cast without the session, the same credential is refused
 * a second time, and a second credential is refused; a slip's QR address opens the questionnaire with the code
 * taken off the address bar. Every page passes the page checks and the axe-core audit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "seed"})
class RemoteBallotBrowserTests extends BrowserTest {

    static final String VOTER = "dangvien.vanmieu1";
    static final String PASSWORD = "NeuGuong@2024";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RoundDrafts drafts;

    @Autowired
    Slips slips;

    @Autowired
    BallotRounds rounds;

    @Autowired
    Clock clock;

    final List<String> problems = new ArrayList<>();

    @Test
    void theRemoteVoterObtainsACredentialCastsItOnceAndGetsNoSecond() throws Exception {
        var fixtures = new BallotFixtures(jdbc, drafts, slips, rounds, clock);
        var round = fixtures.openRoundOf(VOTER);
        long voter = fixtures.memberOf(VOTER);
        chromium.signIn(base(), VOTER, PASSWORD);
        chromium.resize(Width.PHONE);

        open("/ballot/" + round.code() + "/remote?lang=vi");
        audit("remote page", "01-remote");
        browser.findElement(By.cssSelector("[data-credential-start]")).click();
        assertThat(Chromium.waitUntil(() -> "ready".equals(credentialState())))
                .as("the credential is obtained (state %s: %s)", credentialState(), status())
                .isTrue();
        String credential = browser.findElement(By.id("credential-text")).getDomProperty("value");
        assertThat(credential).matches("[A-Za-z0-9_-]{40,}\\.[A-Za-z0-9_-]{40,}");
        assertThat(voterStatus(round.id(), voter)).isEqualTo("CREDENTIAL_ISSUED");
        audit("remote page with its credential", "02-credential");

        answerAll("Gương mẫu, gần dân");
        browser.findElement(By.cssSelector("form[data-ballot-vote] button[type=submit]"))
                .click();
        assertThat(Chromium.waitUntil(() -> browser.getCurrentUrl().endsWith("/ballot/" + round.code() + "/counted")))
                .as("the ballot is counted: " + browser.getCurrentUrl())
                .isTrue();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Phiếu của bạn đã được ghi nhận");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain(credential);
        audit("counted", "03-counted");
        assertThat(fixtures.buffered(round.id())).isEqualTo(1);

        // the page keeps the credential for the tab: sending it again is refused, and nothing more is stored
        open("/ballot/" + round.code() + "/remote?lang=vi");
        assertThat(Chromium.waitUntil(() -> "ready".equals(credentialState()))).isTrue();
        answerAll("Lần thứ hai");
        browser.findElement(By.cssSelector("form[data-ballot-vote] button[type=submit]"))
                .click();
        assertThat(Chromium.waitUntil(
                        () -> !browser.findElements(By.id("vote-errors")).isEmpty()))
                .isTrue();
        assertThat(browser.findElement(By.id("vote-errors")).getText()).contains("Mã này đã được dùng để gửi phiếu.");
        audit("credential sent again", "04-used");
        assertThat(fixtures.buffered(round.id())).isEqualTo(1);

        // a second credential for the same voter is refused, in words, on the page
        browser.executeScript("sessionStorage.clear()");
        open("/ballot/" + round.code() + "/remote?lang=vi");
        browser.findElement(By.cssSelector("[data-credential-start]")).click();
        assertThat(Chromium.waitUntil(() -> "failed".equals(credentialState()))).isTrue();
        assertThat(status()).contains("Bạn đã nhận thẻ bỏ phiếu của đợt này");
        audit("second credential refused", "05-second-refused");

        assertThat(problems).as("what a voter would notice").isEmpty();
    }

    @Test
    void theSlipsQrAddressOpensTheQuestionnaireAndLeavesNoCodeInTheAddress() throws Exception {
        var fixtures = new BallotFixtures(jdbc, drafts, slips, rounds, clock);
        var round = fixtures.openRound(1);
        var slip = fixtures.slips(round, 1).get(0);
        browser.manage().deleteAllCookies();
        chromium.resize(Width.PHONE);

        browser.get(SlipSheet.address(base(), round, slip.credential()));
        assertThat(Chromium.waitUntil(() -> !browser.findElements(By.cssSelector("form[data-ballot-vote]"))
                        .isEmpty()))
                .as("the questionnaire opens from the QR address")
                .isTrue();
        assertThat(browser.getCurrentUrl()).doesNotContain(slip.credential());
        assertThat(browser.findElement(By.name("credential")).getDomProperty("value"))
                .isEqualTo(slip.credential());
        audit("questionnaire from a slip", "06-slip");

        answerAll("Tận tụy");
        browser.findElement(By.cssSelector("form[data-ballot-vote] button[type=submit]"))
                .click();
        assertThat(Chromium.waitUntil(() -> browser.getCurrentUrl().endsWith("/counted")))
                .isTrue();
        assertThat(fixtures.consumed(round.id())).isEqualTo(1);
        assertThat(problems).as("what a voter would notice").isEmpty();
    }

    private void answerAll(String text) {
        for (WebElement fieldset : browser.findElements(By.cssSelector("form[data-ballot-vote] fieldset"))) {
            fieldset.findElement(By.cssSelector("label.choice")).click();
        }
        for (WebElement area : browser.findElements(By.cssSelector("form[data-ballot-vote] textarea"))) {
            area.clear();
            area.sendKeys(text);
        }
    }

    private void audit(String where, String shot) throws Exception {
        chromium.settle();
        chromium.screenshot("voter", shot);
        problems.addAll(checks.of(browser, where, "vi", Width.PHONE.width));
        problems.addAll(axe.audit(browser, where));
    }

    private String credentialState() {
        return browser.findElement(By.cssSelector("[data-ballot-credential]")).getDomAttribute("data-credential-state");
    }

    private String status() {
        return browser.findElement(By.cssSelector("[data-credential-status]")).getText();
    }

    private String voterStatus(long round, long member) {
        return jdbc.sql("SELECT status FROM ballot_voter WHERE round_id = ? AND member_id = ?")
                .params(round, member)
                .query(String.class)
                .single();
    }

    private void open(String path) {
        browser.get(base() + path);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
