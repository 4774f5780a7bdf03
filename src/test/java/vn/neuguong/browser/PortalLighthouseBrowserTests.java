package vn.neuguong.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public portal pages under Lighthouse's accessibility and SEO audits, on a real server with the demo data: each
 * page once at Lighthouse's default (a phone) and once with its desktop preset, each category scoring at least
 * {@value #MINIMUM}; a failure lists the audits that did not pass. Lighthouse is the CLI pinned in
 * {@code scripts/lighthouse/} ({@code scripts/lighthouse/install.sh} installs it), run with Debian's Chromium
 * ({@code neuguong.browser.binary}); its JSON reports stay in {@code target/lighthouse/}. Runs only with
 * {@code -Pbrowser} (failsafe).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "seed"})
class PortalLighthouseBrowserTests {

    static final double MINIMUM = 0.95;
    static final List<String> CATEGORIES = List.of("accessibility", "seo");
    static final Path LIGHTHOUSE = Path.of("scripts", "lighthouse");
    static final Path CLI = LIGHTHOUSE.resolve("node_modules/lighthouse/cli/index.js");
    static final Path REPORTS = Path.of("target", "lighthouse");
    static final long TIMEOUT_SECONDS = 120;

    /** Lighthouse's two form factors: its default (a phone, throttled) and its desktop preset. */
    enum FormFactor {
        MOBILE(List.of()),
        DESKTOP(List.of("--preset=desktop"));

        final List<String> flags;

        FormFactor(List<String> flags) {
            this.flags = flags;
        }
    }

    /** A public page: a short name for its reports and the path it answers on. */
    record Page(String name, String path) {}

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /**
     * The public pages audited, one line each: the home page, an article with its tags, related news and comments,
     * an organization's page, the public opinion form and Thanh Xuân's honour roll (with its awarded models).
     */
    List<Page> pages() {
        long boDe = organization("Đảng ủy phường Bồ Đề");
        long thanhXuan = organization("Quận ủy Thanh Xuân");
        long article = jdbc.sql("SELECT id FROM portal_article WHERE created_by = 'demo' AND title LIKE 'Thanh Xuân:%'")
                .query(Long.class)
                .single();
        return List.of(
                new Page("portal-home", "/portal"),
                new Page("article", "/portal/articles/" + article),
                new Page("organization", "/portal/organizations/" + boDe),
                new Page("opinion-form", "/portal/opinions/new"),
                new Page("honour-roll-thanh-xuan", "/portal/organizations/" + thanhXuan + "/honour-roll"));
    }

    @BeforeAll
    static void lighthouseIsInstalled() throws IOException {
        assertThat(CLI)
                .as("the Lighthouse CLI is not installed in %s: run scripts/lighthouse/install.sh", LIGHTHOUSE)
                .exists();
        assertThat(Path.of(Chromium.BINARY))
                .as("Chromium (property neuguong.browser.binary)")
                .exists();
        Files.createDirectories(REPORTS);
    }

    @TestFactory
    Stream<DynamicTest> everyPublicPageScoresWellOnAccessibilityAndSeo() {
        return pages().stream()
                .flatMap(page -> Stream.of(FormFactor.values())
                        .map(form -> DynamicTest.dynamicTest(
                                page.path() + " (" + form.name().toLowerCase() + ")", () -> audit(page, form))));
    }

    private void audit(Page page, FormFactor form) throws Exception {
        String name = page.name() + "-" + form.name().toLowerCase();
        Path report = REPORTS.resolve(name + ".json");
        Path log = REPORTS.resolve(name + ".log");
        Files.deleteIfExists(report);
        var command = new ArrayList<>(List.of(
                "node",
                CLI.toString(),
                "http://localhost:" + port + page.path(),
                "--only-categories=" + String.join(",", CATEGORIES),
                "--output=json",
                "--output-path=" + report,
                "--chrome-path=" + Chromium.BINARY,
                "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage",
                "--quiet"));
        command.addAll(form.flags);
        var process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Lighthouse did not finish " + name + " in " + TIMEOUT_SECONDS + " s; see " + log);
        }
        assertThat(process.exitValue())
                .as("Lighthouse's exit code for %s; its output (%s):%n%s", name, log, tail(log))
                .isZero();
        var result = JsonMapper.builder().build().readTree(report.toFile());
        var scores = new ArrayList<String>();
        var failing = new ArrayList<String>();
        for (String category : CATEGORIES) {
            JsonNode score = result.path("categories").path(category).path("score");
            scores.add(category + " " + (score.isNumber() ? Math.round(score.asDouble() * 100) : "none"));
            if (!score.isNumber() || score.asDouble() < MINIMUM) {
                failing.addAll(failingAudits(result, category));
            }
        }
        System.out.printf("Lighthouse %s %s: %s%n", page.path(), form.name().toLowerCase(), String.join(", ", scores));
        for (String category : CATEGORIES) {
            assertThat(result.path("categories").path(category).path("score").asDouble(0))
                    .as(
                            "Lighthouse %s score of %s (%s; report %s); the audits that did not pass:%n%s",
                            category, page.path(), form.name().toLowerCase(), report, String.join("\n", failing))
                    .isGreaterThanOrEqualTo(MINIMUM);
        }
    }

    /** The category's audits that count towards its score and scored below 1, with their titles. */
    private static List<String> failingAudits(JsonNode result, String category) {
        var failing = new ArrayList<String>();
        for (JsonNode ref : result.path("categories").path(category).path("auditRefs")) {
            JsonNode audit = result.path("audits").path(ref.path("id").asString());
            JsonNode score = audit.path("score");
            if (ref.path("weight").asDouble(0) > 0 && score.isNumber() && score.asDouble() < 1) {
                failing.add("  [%s] %s (score %s): %s%s"
                        .formatted(
                                category,
                                ref.path("id").asString(),
                                score.asDouble(),
                                audit.path("title").asString(),
                                items(audit)));
            }
        }
        return failing;
    }

    /** Up to three of the elements an audit names, so the message says where to look. */
    private static String items(JsonNode audit) {
        var found = new ArrayList<String>();
        for (JsonNode item : audit.path("details").path("items")) {
            JsonNode node = item.path("node");
            String what = node.isMissingNode()
                    ? item.toString()
                    : node.path("selector").asString("") + " "
                            + node.path("snippet").asString("");
            found.add(what.length() > 200 ? what.substring(0, 200) + "…" : what);
            if (found.size() == 3) {
                break;
            }
        }
        return found.isEmpty() ? "" : "\n      " + String.join("\n      ", found);
    }

    private static String tail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "(no output)";
        }
        var lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    private long organization(String name) {
        return jdbc.sql("SELECT id FROM organization WHERE name = :name AND closed_on IS NULL")
                .param("name", name)
                .query(Long.class)
                .single();
    }
}
