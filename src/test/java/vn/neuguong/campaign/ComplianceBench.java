package vn.neuguong.campaign;

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
import vn.neuguong.organization.Scope;

/**
 * The compliance board at national scale: about 300,000 organizations (1 root, 34 provinces, 700 districts, 10,000
 * ward committees, 290,000 cells), 6,000,000 members and a campaign with about 1.5 million obligations, in the
 * database {@code BENCH_DB_URL} names (bench/compliance/run.sh creates it). Times the board as the application
 * computes it ({@link ComplianceBoard#compute}, with the scope of the staff at that node) beside the bare SQL that
 * computes the same numbers, for the root, one province and one ward; median of several runs each. Then launches a
 * five-year campaign over the same tree ({@link NationalFiveYearLaunch}) and times it beside the one-off launch.
 * {@code BENCH_SCALE=0.5} loads half the districts, wards, cells and members ({@link NationalTree}).
 *
 * <p>Not part of the build: the name does not match the test includes, it runs only when asked by name.
 */
class ComplianceBench {

    static final double SCALE = NationalTree.SCALE;
    static final int WARDS = NationalTree.WARDS;
    static final int RUNS = 7;
    static final LocalDate AS_OF = LocalDate.of(2025, 3, 15);

    /** The same grouping as the application's statement, without scope, names or mapping. */
    static final String BARE_SQL = """
            SELECT CASE WHEN nlevel(o.path) = ? THEN 0 ELSE subpath(o.path, ?, 1)::text::bigint END AS child,
                   ob.requirement_id, count(*) AS total,
                   count(*) FILTER (WHERE ob.fulfilled_on <= ? AND ob.fulfilled_on <= ob.due_on) AS on_time,
                   count(*) FILTER (WHERE ob.fulfilled_on <= ? AND ob.fulfilled_on > ob.due_on) AS late,
                   count(*) FILTER (WHERE (ob.fulfilled_on IS NULL OR ob.fulfilled_on > ?) AND ob.due_on < ?) AS overdue
            FROM obligation ob JOIN organization o ON o.id = ob.organization_id
            WHERE ob.campaign_id = ? AND o.path <@ CAST(? AS ltree)
            GROUP BY GROUPING SETS ((1, 2), (1), (2), ())
            """;

    static final String PATH_CONDITION = "o.path <@ CAST(? AS ltree)";

    @Test
    void complianceBoardAtNationalScale() throws Exception {
        String url = System.getenv("BENCH_DB_URL");
        assertThat(url).as("BENCH_DB_URL (run bench/compliance/run.sh)").isNotBlank();
        DataSource dataSource = new DriverManagerDataSource(
                url,
                System.getenv().getOrDefault("BENCH_DB_USER", "postgres"),
                System.getenv().getOrDefault("BENCH_DB_PASSWORD", ""));
        JdbcClient jdbc = JdbcClient.create(dataSource);
        var report = new StringBuilder();

        NationalTree.load(dataSource, report);
        long t0;

        long document = jdbc.sql("""
                        INSERT INTO document (type_code, sequence_no, year, issuer_id, issuer_code, number_text, issued_on, summary)
                        VALUES ('KH', 1, 2024, 1, 'TW', '1-KH/TW', DATE '2024-12-01', 'Kế hoạch đợt sinh hoạt chính trị (bench)')
                        RETURNING id
                        """).query(Long.class).single();
        long campaignId = jdbc.sql("""
                        INSERT INTO campaign (title, directing_document_id, owner_id, starts_on, ends_on)
                        VALUES ('Đợt sinh hoạt chính trị toàn quốc (bench)', :doc, 1, DATE '2024-12-01', DATE '2025-12-31')
                        RETURNING id
                        """).param("doc", document).query(Long.class).single();
        jdbc.sql("INSERT INTO campaign_target (campaign_id, organization_id) VALUES (:c, 1)")
                .param("c", campaignId)
                .update();
        String[][] lines = {
            {"ISSUE_PLAN", "COMMITTEE", "2024-12-20"},
            {"HOLD_CONFERENCE", "GRASSROOTS_COMMITTEE", "2024-12-31"},
            {"CELL_MEETINGS", "CELL", "2024-12-16"},
            {"CELL_MEETINGS", "CELL", "2025-01-31"},
            {"CELL_MEETINGS", "CELL", "2025-02-28"},
            {"MEMBER_SUBMISSIONS", "CELL", "2025-02-28"},
            {"ACTION_PROGRAMME", "GRASSROOTS_COMMITTEE", "2025-02-28"},
            {"INTERIM_REVIEW", "ALL", "2025-06-30"}
        };
        for (int i = 0; i < lines.length; i++) {
            jdbc.sql("INSERT INTO campaign_requirement (campaign_id, position, kind, applies_to, due_on) "
                            + "VALUES (:c, :p, :k, :a, CAST(:d AS date))")
                    .param("c", campaignId)
                    .param("p", i)
                    .param("k", lines[i][0])
                    .param("a", lines[i][1])
                    .param("d", lines[i][2])
                    .update();
        }
        var launches = new NationalFiveYearLaunch(dataSource);
        t0 = System.nanoTime();
        int obligations = launches.launch(campaignId, LocalDate.of(2024, 12, 2));
        double oneOffSeconds = (System.nanoTime() - t0) / 1e9;
        step(report, "launch (CampaignDrafts.launch, one INSERT ... SELECT): " + obligations + " obligations", t0);

        t0 = System.nanoTime();
        jdbc.sql("""
                        UPDATE obligation SET note = 'bench',
                               fulfilled_on = CASE WHEN id % 7 = 0 THEN due_on + 5 ELSE due_on - (id % 10)::int END
                        WHERE campaign_id = :c AND id % 4 <> 0
                        """).param("c", campaignId).update();
        jdbc.sql("VACUUM ANALYZE organization").update();
        jdbc.sql("VACUUM ANALYZE organization_period").update();
        jdbc.sql("VACUUM ANALYZE obligation").update();
        step(report, "fulfil 3 in 4 obligations (1 in 7 late) + VACUUM ANALYZE", t0);

        long fiveYear = launches.draft(document);
        t0 = System.nanoTime();
        int fiveYearObligations = launches.launch(fiveYear, NationalFiveYearLaunch.STARTS_ON);
        double fiveYearSeconds = (System.nanoTime() - t0) / 1e9;
        step(report, "five-year launch (same path, the periods opened by its day): " + fiveYearObligations, t0);
        t0 = System.nanoTime();
        int monthObligations = launches.open(NationalFiveYearLaunch.STARTS_ON.plusMonths(1));
        double monthSeconds = (System.nanoTime() - t0) / 1e9;
        step(report, "open the second month (PeriodOpenings.openThrough): " + monthObligations, t0);
        t0 = System.nanoTime();
        int quarterObligations = launches.open(NationalFiveYearLaunch.STARTS_ON.plusMonths(3));
        double quarterSeconds = (System.nanoTime() - t0) / 1e9;
        step(report, "open a month and a quarter (PeriodOpenings.openThrough): " + quarterObligations, t0);
        t0 = System.nanoTime();
        int caughtUp = launches.open(NationalFiveYearLaunch.AS_OF);
        step(report, "catch up to " + NationalFiveYearLaunch.AS_OF + " (the board's day): " + caughtUp, t0);
        t0 = System.nanoTime();
        jdbc.sql("VACUUM ANALYZE obligation").update();
        step(report, "VACUUM ANALYZE obligation", t0);
        report.append(String.format(
                "%nlaunch                           %12s %10s %14s%n"
                        + "one-off (8 lines)                %12d %8.1f s %10.0f /s%n"
                        + "five-year launch (Jan 2021, Q1)  %12d %8.1f s %10.0f /s%n"
                        + "one month opened (Feb 2021)      %12d %8.1f s %10.0f /s%n"
                        + "a month and a quarter (Apr, Q2)  %12d %8.1f s %10.0f /s%n",
                "obligations",
                "time",
                "obligations",
                obligations,
                oneOffSeconds,
                obligations / oneOffSeconds,
                fiveYearObligations,
                fiveYearSeconds,
                fiveYearObligations / fiveYearSeconds,
                monthObligations,
                monthSeconds,
                monthObligations / monthSeconds,
                quarterObligations,
                quarterSeconds,
                quarterObligations / quarterSeconds));

        // one open connection for the timings, as the application's pool keeps them
        var connection = vn.neuguong.BenchConnections.timing(
                url,
                System.getenv().getOrDefault("BENCH_DB_USER", "postgres"),
                System.getenv().getOrDefault("BENCH_DB_PASSWORD", ""));
        dataSource = connection;
        jdbc = JdbcClient.create(connection);
        var organizations = new CampaignOrganizations(jdbc);
        var messages = new org.springframework.context.support.StaticMessageSource();
        messages.setUseCodeAsDefaultMessage(true);
        var board = new ComplianceBoard(
                jdbc, organizations, new BoardPeriods(jdbc), new BoardCampaigns(jdbc), messages, List.of());
        var campaigns = new Campaigns(jdbc, null, organizations);
        var campaign = campaigns.get(campaignId, Scope.everything());
        var requirements = campaigns.requirements(campaignId);
        long province = 2;
        long ward = firstCell() - WARDS;
        report.append(String.format(
                "%n%-34s %12s %12s %10s %s%n", "board node", "app median", "bare median", "rows", "obligations"));
        for (long node : new long[] {1, province, ward}) {
            var scope = Scope.below(node);
            var path = jdbc.sql("SELECT path::text FROM organization WHERE id = :id")
                    .param("id", node)
                    .query(String.class)
                    .single();
            int depth = path.split("\\.").length;
            var appResult = new ComplianceBoard.Board[1];
            double app = median(() -> {
                appResult[0] = board.compute(campaign, requirements, node, AS_OF, false, scope);
                return appResult[0].children().size();
            });
            long[] bareTotals = new long[2];
            var timed = dataSource;
            double bare = median(() -> bare(timed, depth, campaignId, path, null, bareTotals));
            var total = appResult[0].subtree().total();
            assertThat(total.total()).isEqualTo(bareTotals[0]);
            assertThat(total.done()).isEqualTo(bareTotals[1]);
            String name = jdbc.sql("SELECT name FROM organization WHERE id = :id")
                    .param("id", node)
                    .query(String.class)
                    .single();
            report.append(String.format(
                    "%-34s %9.1f ms %9.1f ms %10d %d (done %d, overdue %d)%n",
                    name, app, bare, appResult[0].children().size(), total.total(), total.done(), total.overdue()));
        }
        launches.timeBoards(report, board, campaigns, dataSource, fiveYear);
        report.insert(
                0,
                String.format(
                        "scale %.2f: %d organizations, %d members%n",
                        SCALE, count(jdbc, "organization"), count(jdbc, "member")));
        System.out.println("\n==== Compliance board bench ====\n" + report);
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "compliance-bench.txt"), report.toString());
    }

    /** Runs {@link #BARE_SQL}, for the obligations of one period when {@code period} (its first day) is given. */
    static int bare(DataSource dataSource, int depth, long campaignId, String path, LocalDate period, long[] totals) {
        String sql = period == null
                ? BARE_SQL
                : BARE_SQL.replace(PATH_CONDITION, PATH_CONDITION + " AND ob.period_starts_on = ?");
        try (Connection connection = dataSource.getConnection();
                var statement = connection.prepareStatement(sql)) {
            int i = 1;
            statement.setInt(i++, depth);
            statement.setInt(i++, depth);
            var asOf = java.sql.Date.valueOf(AS_OF);
            statement.setDate(i++, asOf);
            statement.setDate(i++, asOf);
            statement.setDate(i++, asOf);
            statement.setDate(i++, asOf);
            statement.setLong(i++, campaignId);
            statement.setString(i++, path);
            if (period != null) {
                statement.setDate(i, java.sql.Date.valueOf(period));
            }
            int rows = 0;
            try (var rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows++;
                    if (rs.getObject(1) == null && rs.getObject(2) == null) {
                        totals[0] = rs.getLong("total");
                        totals[1] = rs.getLong("on_time") + rs.getLong("late");
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
        return median(run, RUNS);
    }

    static double median(Supplier<Integer> run, int runs) {
        run.get();
        var times = new ArrayList<Double>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            run.get();
            times.add((System.nanoTime() - start) / 1e6);
        }
        times.sort(Double::compare);
        return times.get(runs / 2);
    }

    static long firstCell() {
        return NationalTree.firstCell();
    }

    private static long count(JdbcClient jdbc, String table) {
        return NationalTree.count(jdbc, table);
    }

    static void step(StringBuilder report, String what, long start) {
        NationalTree.step(report, what, start);
    }
}
