package vn.neuguong.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import vn.neuguong.campaign.NationalTree;
import vn.neuguong.organization.Scope;

/**
 * Scoped statements at national scale (bench/pages/run.sh): the national data set of the compliance bench
 * ({@link NationalTree}: about 300,000 organizations and 6,000,000 members), loaded into {@code BENCH_DB_URL} once
 * and reused by later runs, then each statement as ward, district and province staff would run it, timed
 * {@code BENCH_RUNS} times (p50 and p99), beside the same statement written with the scope as it was before
 * ({@code path <@ ARRAY(...)}, which no index serves). Figures are printed and written to target/pages-bench.txt.
 */
class PagesBench {

    static final int RUNS = Integer.parseInt(System.getenv().getOrDefault("BENCH_RUNS", "30"));

    /** Runs of the former forms, which take seconds each. */
    static final int BEFORE_RUNS = Integer.parseInt(System.getenv().getOrDefault("BENCH_BEFORE_RUNS", "3"));

    /** The scope's condition as it was written before: one array of the roots' paths. */
    static String arrayCovers(String pathColumn, Scope scope) {
        return pathColumn + " <@ ARRAY(WITH RECURSIVE scope_reach (id) AS (SELECT scope_start.id FROM organization"
                + " scope_start WHERE scope_start.id IN (" + scope.roots().get(0) + ") UNION SELECT scope_pre.id FROM"
                + " organization scope_pre JOIN scope_reach ON scope_pre.successor_id = scope_reach.id) SELECT"
                + " scope_root.path FROM organization scope_root WHERE scope_root.id IN (SELECT id FROM scope_reach))";
    }

    @Test
    void scopedStatementsAtNationalScale() throws Exception {
        String url = System.getenv("BENCH_DB_URL");
        assertThat(url).as("BENCH_DB_URL (run bench/pages/run.sh)").isNotBlank();
        // one connection for every statement, as a pool gives: the figures are the statements', not connecting's
        var dataSource = new SingleConnectionDataSource(
                url,
                System.getenv().getOrDefault("BENCH_DB_USER", "postgres"),
                System.getenv().getOrDefault("BENCH_DB_PASSWORD", ""),
                true);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        var report = new StringBuilder();
        boolean loaded = Boolean.TRUE.equals(jdbc.sql("SELECT to_regclass('organization') IS NOT NULL")
                        .query(Boolean.class)
                        .single())
                && jdbc.sql("SELECT count(*) FROM organization")
                                .query(Long.class)
                                .single()
                        > 1000;
        if (loaded) {
            report.append("national data set: reused (")
                    .append(NationalTree.count(jdbc, "organization"))
                    .append(" organizations, ")
                    .append(NationalTree.count(jdbc, "member"))
                    .append(" members)\n");
        } else {
            NationalTree.load(dataSource, report);
            jdbc.sql("VACUUM ANALYZE organization").update();
            jdbc.sql("VACUUM ANALYZE member").update();
        }
        long ward = NationalTree.firstWard();
        long district = jdbc.sql("SELECT parent_id FROM organization WHERE id = :w")
                .param("w", ward)
                .query(Long.class)
                .single();
        long province = jdbc.sql("SELECT parent_id FROM organization WHERE id = :d")
                .param("d", district)
                .query(Long.class)
                .single();
        report.append(String.format(
                "%-60s %10s %10s   %s%n", "statement (staff of)", "p50 ms", "p99 ms", "before: p50 / p99 ms"));
        for (var who :
                List.of(Map.entry("ward", ward), Map.entry("district", district), Map.entry("province", province))) {
            var scope = Scope.below(who.getValue());
            time(
                    report,
                    jdbc,
                    "organizations in scope, first page (" + who.getKey() + ")",
                    "SELECT o.id, o.name FROM organization o WHERE " + scope.covers("o.path")
                            + " ORDER BY o.path LIMIT 20",
                    "SELECT o.id, o.name FROM organization o WHERE " + arrayCovers("o.path", scope)
                            + " ORDER BY o.path LIMIT 20");
            time(
                    report,
                    jdbc,
                    "organizations in scope, count (" + who.getKey() + ")",
                    "SELECT count(*) FROM organization o WHERE " + scope.covers("o.path"),
                    "SELECT count(*) FROM organization o WHERE " + arrayCovers("o.path", scope));
            time(
                    report,
                    jdbc,
                    "/members first page, no search text (" + who.getKey() + ")",
                    "SELECT m.id, m.full_name, count(*) OVER () AS total FROM member m WHERE "
                            + scope.coversOrganization("m.cell_id")
                            + " ORDER BY m.full_name COLLATE vi_icu, m.id LIMIT 20",
                    "SELECT m.id, m.full_name, count(*) OVER () AS total FROM member m WHERE EXISTS (SELECT 1 FROM"
                            + " organization scope_x WHERE scope_x.id = m.cell_id AND "
                            + arrayCovers("scope_x.path", scope)
                            + ") ORDER BY m.full_name COLLATE vi_icu, m.id LIMIT 20");
            time(
                    report,
                    jdbc,
                    "members of the scope's cells, count (" + who.getKey() + ")",
                    "SELECT count(*) FROM member m WHERE " + scope.coversOrganization("m.cell_id"),
                    "SELECT count(*) FROM member m WHERE EXISTS (SELECT 1 FROM organization scope_x WHERE"
                            + " scope_x.id = m.cell_id AND " + arrayCovers("scope_x.path", scope) + ")");
        }
        Files.writeString(Path.of("target/pages-bench.txt"), report.toString());
        System.out.print(report);
    }

    private static void time(StringBuilder report, JdbcClient jdbc, String what, String now, String before) {
        double[] current = runs(jdbc, now, RUNS);
        double[] old = runs(jdbc, before, BEFORE_RUNS);
        report.append(String.format(
                "%-60s %10.2f %10.2f   %.2f / %.2f%n",
                what, percentile(current, 50), percentile(current, 99), percentile(old, 50), percentile(old, 99)));
    }

    private static double[] runs(JdbcClient jdbc, String sql, int count) {
        var times = new ArrayList<Double>();
        jdbc.sql(sql).query().listOfRows();
        for (int i = 0; i < count; i++) {
            long t0 = System.nanoTime();
            jdbc.sql(sql).query().listOfRows();
            times.add((System.nanoTime() - t0) / 1e6);
        }
        return times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    static String joined(long... ids) {
        return String.join(",", Arrays.stream(ids).mapToObj(Long::toString).toList());
    }
}
