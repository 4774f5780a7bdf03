package vn.neuguong.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import vn.neuguong.NeuguongApplication;
import vn.neuguong.campaign.NationalTree;
import vn.neuguong.organization.Scope;

/**
 * The staff pages and API lists at national scale, over HTTP (bench/pages/run.sh): the application started on the
 * bench's copy of the national data set ({@code BENCH_COPY_URL}, dressed by bench/pages/members.sql and extras.sql),
 * staff of a ward, a district and a province and an administrator signed in through the login form, each page read
 * {@code BENCH_RUNS} times (p50, p99), beside the bare SQL of its main statement on one connection (p50). Then the
 * member search typed without diacritics, as the live search asks for it (htmx's fragment). Written to
 * target/pages-http-bench.txt.
 */
class PagesHttpBench {

    static final int RUNS = Integer.parseInt(System.getenv().getOrDefault("BENCH_RUNS", "20"));
    static final String PASSWORD = "bench-pages-2026";
    static final List<String> SEARCHES = List.of("nguyen", "thi hoa", "nguyen van hung", "quach thi loan", "ng", "hoa");

    /** BENCH_WHO (e.g. "ward,district") and BENCH_PAGES (e.g. "/members,/organizations") narrow a run; unset, all. */
    static final List<String> ONLY_WHO = only("BENCH_WHO");

    static final List<String> ONLY_PAGES = only("BENCH_PAGES");

    record Who(String name, Long root, String goalFirstPage) {}

    private static List<String> only(String variable) {
        String value = System.getenv().getOrDefault(variable, "").strip();
        return value.isEmpty() ? List.of() : List.of(value.split(","));
    }

    @Test
    void staffPagesOverHttp() throws Exception {
        String url = System.getenv("BENCH_COPY_URL");
        assertThat(url).as("BENCH_COPY_URL (run bench/pages/run.sh)").isNotBlank();
        String user = System.getenv().getOrDefault("BENCH_DB_USER", "postgres");
        var jdbc = JdbcClient.create(new SingleConnectionDataSource(url, user, "", true));
        long ward = NationalTree.firstWard();
        long district = parent(jdbc, ward);
        long province = parent(jdbc, district);
        var everyone = List.of(
                new Who("ward", ward, "≤ 20"),
                new Who("district", district, "≤ 50"),
                new Who("province", province, ""),
                new Who("admin", null, ""));
        for (var who : everyone) {
            account(jdbc, who);
        }
        var app = new SpringApplicationBuilder(NeuguongApplication.class)
                .run(
                        "--neuguong.db.url=" + url,
                        "--neuguong.db.user=" + user,
                        "--server.port=0",
                        "--neuguong.notifications.digest-cron=-",
                        "--neuguong.notifications.dispatch-interval=1h",
                        "--neuguong.periods.cron=-",
                        "--neuguong.reminders.cron=-");
        var report = new StringBuilder();
        try {
            var base = URI.create("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port"));
            var http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            report.append(String.format(
                    "%-44s %-9s %10s %10s %14s   %s%n",
                    "page / list", "who", "p50 ms", "p99 ms", "bare SQL p50", "goal"));
            // the JIT warmed on the ward's pages first, so that the first level measured is not the cold one
            var warming = new BenchSession(http, base, 99);
            warming.signIn("bench.ward", PASSWORD);
            for (var path : PagesHttpStatements.pages(Scope.below(ward), 0).keySet()) {
                get(http, base, warming, path, false);
                get(http, base, warming, "/members?q=nguyen", true);
            }
            int number = 0;
            for (var who : everyone) {
                if (!ONLY_WHO.isEmpty() && !ONLY_WHO.contains(who.name())) {
                    continue;
                }
                var session = new BenchSession(http, base, number++);
                session.signIn("bench." + who.name(), PASSWORD);
                var scope = who.root() == null ? Scope.everything() : Scope.below(who.root());
                long accountId = jdbc.sql("SELECT id FROM account WHERE username = :u")
                        .param("u", "bench." + who.name())
                        .query(Long.class)
                        .single();
                for (var page : PagesHttpStatements.pages(scope, accountId).entrySet()) {
                    var path = page.getKey();
                    if (!ONLY_PAGES.isEmpty() && !ONLY_PAGES.contains(path)) {
                        continue;
                    }
                    double[] times = get(http, base, session, path, false);
                    double[] bare = PagesHttpStatements.time(jdbc, page.getValue(), RUNS);
                    line(report, path, who.name(), times, bare, path.equals("/members") ? who.goalFirstPage() : "");
                }
                var all = new ArrayList<Double>();
                for (String q : ONLY_PAGES.isEmpty() ? SEARCHES : List.<String>of()) {
                    String path = "/members?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
                    double[] times = get(http, base, session, path, true);
                    for (double t : times) {
                        all.add(t);
                    }
                    double[] bare = PagesHttpStatements.time(jdbc, PagesHttpStatements.search(scope, q), RUNS);
                    line(report, "/members search \"" + q + "\" (fragment)", who.name(), times, bare, "");
                }
                if (all.isEmpty()) {
                    continue;
                }
                double[] mixed =
                        all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                line(report, "/members search, the inputs above together", who.name(), mixed, null, "p99 ≤ 30");
            }
        } finally {
            app.close();
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/pages-http-bench.txt"), report.toString());
        System.out.print(report);
    }

    /** The page read {@code RUNS} times after two unmeasured reads; every answer must be 200. */
    private static double[] get(HttpClient http, URI base, BenchSession session, String path, boolean fragment)
            throws Exception {
        var builder = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(120))
                .header("Cookie", session.cookie())
                .header("Accept-Language", "vi");
        if (fragment) {
            builder.header("HX-Request", "true");
        }
        var request = builder.GET().build();
        double[] times = new double[RUNS];
        for (int i = -2; i < RUNS; i++) {
            long t0 = System.nanoTime();
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            double ms = (System.nanoTime() - t0) / 1e6;
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            if (i >= 0) {
                times[i] = ms;
            }
        }
        java.util.Arrays.sort(times);
        return times;
    }

    private static void line(
            StringBuilder report, String what, String who, double[] times, double[] bare, String goal) {
        String line = String.format(
                "%-44s %-9s %10.1f %10.1f %14s   %s%n",
                what,
                who,
                percentile(times, 50),
                percentile(times, 99),
                bare == null ? "" : String.format("%.1f", percentile(bare, 50)),
                goal);
        report.append(line);
        System.out.print(line);
    }

    static double percentile(double[] sorted, int p) {
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1))];
    }

    private static long parent(JdbcClient jdbc, long id) {
        return jdbc.sql("SELECT parent_id FROM organization WHERE id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    /**
     * The bench's account for one level: staff of the organization (or an administrator), a member of its first cell
     * as staff are, and 3,000 notifications (one in three unread) the first time.
     */
    private static void account(JdbcClient jdbc, Who who) {
        String username = "bench." + who.name();
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);
        Long member = who.root() == null
                ? null
                : jdbc.sql("SELECT min(m.id) FROM member m WHERE "
                                + Scope.below(who.root()).coversOrganization("m.cell_id"))
                        .query(Long.class)
                        .single();
        var params = new LinkedHashMap<String, Object>(Map.of("u", username, "h", hash, "n", who.name()));
        params.put("m", member);
        long id = jdbc.sql("""
                        INSERT INTO account (username, display_name, password_hash, member_id)
                        VALUES (:u, 'Cán bộ ' || :n, :h, :m)
                        ON CONFLICT (lower(username)) DO UPDATE SET password_hash = EXCLUDED.password_hash RETURNING id
                        """).params(params).query(Long.class).single();
        jdbc.sql("DELETE FROM account_role WHERE account_id = :id")
                .param("id", id)
                .update();
        jdbc.sql("INSERT INTO account_role (account_id, role, organization_id) VALUES (:id, :role, :org)")
                .param("id", id)
                .param("role", who.root() == null ? "ADMIN" : "STAFF")
                .param("org", who.root())
                .update();
        jdbc.sql("""
                        INSERT INTO notification (account_id, kind, title, link, dedup_key, created_at, read_at)
                        SELECT :id, 'DOCUMENT_RECEIVED', 'Văn bản mới số ' || n, '/documents/' || n, 'bench-' || n,
                               now() - n * interval '10 minutes', CASE WHEN n % 3 = 0 THEN NULL ELSE now() END
                        FROM generate_series(1, 3000) n
                        ON CONFLICT (account_id, dedup_key) DO NOTHING
                        """).param("id", id).update();
    }
}
