package vn.neuguong.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.neuguong.campaign.BoardFigures;
import vn.neuguong.campaign.NationalTree;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.AuditLog;

/**
 * The members' submissions on the compliance board at national scale: the tree of {@link NationalTree} (about 300,000
 * organizations, 6,000,000 members) in the database {@code BENCH_DB_URL} names (bench/study/run.sh creates it), a
 * launched campaign owing a MEMBER_SUBMISSIONS line at every cell, and a study file for every member (handed in on
 * time, late or not at all, in shares that differ from cell to cell). Times the figures the board shows as the
 * application computes them ({@link StudyBoardFigures#memberSubmissions}, with the scope of the staff at the node)
 * beside a bare {@code GROUP BY} over the same tables, for the root, one province and one ward; median of several
 * runs each, on one open connection. {@code BENCH_SCALE=0.25} loads a quarter of the tree and the members; with
 * {@code BENCH_KEEP=1} a database loaded before is timed again, {@code BENCH_TIMINGS=0} only loads.
 *
 * <p>Not part of the build: the name does not match the test includes, it runs only when asked by name.
 */
class StudyBench {

    static final int RUNS = 5;
    static final LocalDate DUE_ON = LocalDate.of(2025, 2, 28);
    static final LocalDate AS_OF = LocalDate.of(2025, 3, 15);

    /** The same figures as the application's statements, by child of the node and in total, without scope or names. */
    static final String BARE_SQL = """
            SELECT CASE WHEN nlevel(o.path) = ? THEN 0 ELSE subpath(o.path, ?, 1)::text::bigint END AS child,
                   count(*) AS owed,
                   count(*) FILTER (WHERE f.first_submitted_on <= ? AND f.first_submitted_on <= f.due_on) AS on_time,
                   count(*) FILTER (WHERE f.first_submitted_on <= ? AND f.first_submitted_on > f.due_on) AS late,
                   count(*) FILTER (WHERE (f.first_submitted_on IS NULL OR f.first_submitted_on > ?)
                                    AND f.due_on < ?) AS missing
            FROM study_file f JOIN organization o ON o.id = f.cell_id
            WHERE f.campaign_id = ? AND o.path <@ CAST(? AS ltree)
            GROUP BY GROUPING SETS ((1), ())
            """;

    /** No launch happens in the timings (the round is fixed): nothing to audit. */
    private static final AuditLog NO_AUDIT = new AuditLog() {
        @Override
        public void record(
                Action action, String entityType, Object entityId, Long organizationId, Object before, Object after) {}

        @Override
        public void recordAll(String entityType, List<Audited> changes) {}

        @Override
        public int recordAllOf(String entityType, String changes, Object... parameters) {
            return 0;
        }
    };

    @Test
    void memberSubmissionsAtNationalScale() throws Exception {
        String url = System.getenv("BENCH_DB_URL");
        assertThat(url).as("BENCH_DB_URL (run bench/study/run.sh)").isNotBlank();
        String user = System.getenv().getOrDefault("BENCH_DB_USER", "postgres");
        String password = System.getenv().getOrDefault("BENCH_DB_PASSWORD", "");
        DataSource dataSource = new DriverManagerDataSource(url, user, password);
        var report = new StringBuilder();
        Long loaded = StudyBenchData.loaded(dataSource);
        long campaignId;
        if (loaded == null) {
            NationalTree.load(dataSource, report);
            campaignId = StudyBenchData.campaign(dataSource, report);
            StudyBenchData.files(dataSource, campaignId, report);
        } else {
            campaignId = loaded;
            report.append("data loaded by an earlier run (BENCH_KEEP=1), campaign ")
                    .append(campaignId)
                    .append('\n');
        }
        if ("0".equals(System.getenv("BENCH_TIMINGS"))) {
            System.out.println("\n==== Study figures bench: loaded ====\n" + report);
            return;
        }

        // one open connection for the timings, as the application's pool keeps them
        var connection = vn.neuguong.BenchConnections.timing(url, user, password);
        report.append("plans: ").append(vn.neuguong.BenchConnections.planning()).append('\n');
        var jdbc = JdbcClient.create(connection);
        var figures = new StudyBoardFigures(new StudyCounts(jdbc), new StudyAudience(jdbc, NO_AUDIT));
        report.append(String.format(
                "%n%-26s %12s %12s %6s  %s%n",
                "board node", "app median", "bare median", "rows", "owed / on time / late / missing"));
        for (long node : new long[] {1, 2, NationalTree.firstWard()}) {
            var scope = Scope.below(node);
            String path = jdbc.sql("SELECT path::text FROM organization WHERE id = :id")
                    .param("id", node)
                    .query(String.class)
                    .single();
            int depth = path.split("\\.").length;
            var app = new BoardFigures.Figures[1];
            double appMs = median(() -> {
                app[0] = figures.memberSubmissions(campaignId, node, AS_OF, scope);
                return app[0].children().size();
            });
            long[] bare = new long[4];
            int[] bareRows = new int[1];
            double bareMs = median(() -> bareRows[0] = bare(connection, depth, campaignId, path, bare));
            var total = app[0].subtree();
            assertThat(new long[] {total.owed(), total.onTime(), total.late(), total.missing()})
                    .containsExactly(bare);
            assertThat(app[0].children().values().stream()
                            .mapToLong(BoardFigures.Counts::owed)
                            .sum())
                    .isEqualTo(total.owed());
            assertThat(app[0].children().values().stream().filter(c -> c.owed() > 0))
                    .hasSize(bareRows[0] - 1);
            String name = jdbc.sql("SELECT name FROM organization WHERE id = :id")
                    .param("id", node)
                    .query(String.class)
                    .single();
            report.append(String.format(
                    "%-26s %9.1f ms %9.1f ms %6d  %d / %d / %d / %d%n",
                    name,
                    appMs,
                    bareMs,
                    app[0].children().size(),
                    total.owed(),
                    total.onTime(),
                    total.late(),
                    total.missing()));
        }
        report.insert(
                0,
                String.format(
                        "scale %.2f: %d organizations, %d members, %d study files%n",
                        NationalTree.SCALE,
                        NationalTree.count(jdbc, "organization"),
                        NationalTree.count(jdbc, "member"),
                        NationalTree.count(jdbc, "study_file")));
        connection.destroy();
        System.out.println("\n==== Study figures bench ====\n" + report);
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "study-bench.txt"), report.toString());
    }

    /** Runs {@link #BARE_SQL}; {@code totals} receives the grand total's four figures. Returns the rows. */
    static int bare(DataSource dataSource, int depth, long campaignId, String path, long[] totals) {
        try (Connection connection = dataSource.getConnection();
                var statement = connection.prepareStatement(BARE_SQL)) {
            var asOf = java.sql.Date.valueOf(AS_OF);
            statement.setInt(1, depth);
            statement.setInt(2, depth);
            for (int i = 3; i <= 6; i++) {
                statement.setDate(i, asOf);
            }
            statement.setLong(7, campaignId);
            statement.setString(8, path);
            int rows = 0;
            try (var rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows++;
                    if (rs.getObject("child") == null) {
                        totals[0] = rs.getLong("owed");
                        totals[1] = rs.getLong("on_time");
                        totals[2] = rs.getLong("late");
                        totals[3] = rs.getLong("missing");
                    }
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Median wall time in milliseconds of {@link #RUNS} runs, after one warm-up run. */
    static double median(Supplier<Integer> run) {
        run.get();
        var times = new ArrayList<Double>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            run.get();
            times.add((System.nanoTime() - start) / 1e6);
        }
        times.sort(Double::compare);
        return times.get(RUNS / 2);
    }
}
