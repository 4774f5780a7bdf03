package vn.neuguong.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.organization.Scope;

/**
 * The compliance board at national scale, on the shared national data set ({@link NationalTree}: about 300,000
 * organizations, 6,000,000 members) in the database {@code BENCH_DB_URL} names (bench/compliance/run.sh): loaded
 * when absent, as the pages bench does, then migrated by Flyway (the board's roll-up, V143, built from the
 * obligations there are), then the bench campaign (about 1.5 million obligations) added when absent. Times, on
 * the same run, for the root, one province and one ward, the board as the application computes it ({@link
 * ComplianceBoard#compute}, with the scope of the staff at that node) from the roll-up, the same by the plain
 * statement over every obligation (what it was before the roll-up), and the bare SQL that computes the same
 * numbers; p50 and p99 of {@code BENCH_RUNS} runs, beside the goal. Then what the roll-up costs on the write side:
 * one fulfilment with and without its trigger, a bulk change of 1 in 50 obligations with and without, and the fold
 * of the backlog the bulk change left. {@code BENCH_FIVE_YEAR=1} also launches a five-year campaign over the same
 * tree when the bench campaign is created ({@link NationalFiveYearLaunch}).
 *
 * <p>Not part of the build: the name does not match the test includes, it runs only when asked by name.
 */
class ComplianceBench {

    static final double SCALE = NationalTree.SCALE;
    static final int WARDS = NationalTree.WARDS;
    static final int RUNS = Integer.parseInt(System.getenv().getOrDefault("BENCH_RUNS", "15"));
    static final LocalDate AS_OF = LocalDate.of(2025, 3, 15);
    static final String TITLE = "Đợt sinh hoạt chính trị toàn quốc (bench)";

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
        String user = System.getenv().getOrDefault("BENCH_DB_USER", "postgres");
        String password = System.getenv().getOrDefault("BENCH_DB_PASSWORD", "");
        DataSource dataSource = new DriverManagerDataSource(url, user, password);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        var report = new StringBuilder();

        boolean loaded = Boolean.TRUE.equals(jdbc.sql("SELECT to_regclass('organization') IS NOT NULL")
                        .query(Boolean.class)
                        .single())
                && NationalTree.count(jdbc, "organization") > 1000;
        if (loaded) {
            report.append(String.format(
                    "national data set: reused (%d organizations, %d members)%n",
                    count(jdbc, "organization"), count(jdbc, "member")));
        } else {
            NationalTree.load(dataSource, report);
            jdbc.sql("VACUUM ANALYZE organization").update();
            jdbc.sql("VACUUM ANALYZE member").update();
        }
        long t0 = System.nanoTime();
        var migrated = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        step(report, "Flyway: " + migrated.migrationsExecuted + " migrations applied (the roll-up's base built)", t0);
        NationalTree.ensureStays(dataSource, report);
        jdbc.sql("VACUUM ANALYZE organization_period").update();

        var tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        var fold = new BoardTallyFold(jdbc, tx);
        long campaignId = jdbc.sql("SELECT id FROM campaign WHERE title = :t")
                .param("t", TITLE)
                .query(Long.class)
                .optional()
                .orElseGet(() -> createCampaign(dataSource, jdbc, fold, report));
        report.append("bench campaign ")
                .append(campaignId)
                .append(": ")
                .append(jdbc.sql("SELECT count(*) FROM obligation WHERE campaign_id = :c")
                        .param("c", campaignId)
                        .query(Long.class)
                        .single())
                .append(" obligations\n");
        t0 = System.nanoTime();
        fold.fold();
        step(report, "fold of what was pending", t0);

        // one open connection for the timings, as the application's pool keeps them
        var connection = vn.neuguong.BenchConnections.timing(url, user, password);
        var timed = JdbcClient.create(connection);
        var organizations = new CampaignOrganizations(timed);
        var messages = new org.springframework.context.support.StaticMessageSource();
        messages.setUseCodeAsDefaultMessage(true);
        var board = new ComplianceBoard(
                timed,
                organizations,
                new BoardPeriods(timed),
                new BoardCampaigns(timed),
                messages,
                List.of(),
                new BoardTally(timed));
        var campaigns = new Campaigns(timed, null, organizations);
        var campaign = campaigns.get(campaignId, Scope.everything());
        var requirements = campaigns.requirements(campaignId);
        long province = 2;
        long ward = firstCell() - WARDS;
        long[] goals = {50, 20, 2};
        String[] names = {"root", "province", "ward"};
        long[] nodes = {1, province, ward};
        report.append(String.format(
                "%n%-9s %9s %-22s %-22s %-22s %-22s %s%n",
                "board",
                "goal ms",
                "roll-up p50 / p99 ms",
                "plain p50 / p99 ms",
                "bare SQL p50 / p99 ms",
                "members p50 / p99 ms",
                "obligations"));
        var query = BoardQuery.of(AS_OF, false);
        // BENCH_NODES (e.g. "ward" or "root,province") times only those boards; the write costs are left out then
        var only = System.getenv().getOrDefault("BENCH_NODES", "");
        for (int i = 0; i < nodes.length; i++) {
            if (!only.isEmpty() && !List.of(only.split(",")).contains(names[i])) {
                continue;
            }
            long node = nodes[i];
            var scope = Scope.below(node);
            var path = jdbc.sql("SELECT path::text FROM organization WHERE id = :id")
                    .param("id", node)
                    .query(String.class)
                    .single();
            int depth = path.split("\\.").length;
            var rolledUp = new ComplianceBoard.Board[1];
            double[] rollUp = runs(() -> rolledUp[0] = board.compute(campaign, requirements, node, query, scope, true));
            var plainBoard = new ComplianceBoard.Board[1];
            double[] plain =
                    runs(() -> plainBoard[0] = board.compute(campaign, requirements, node, query, scope, false));
            assertThat(rolledUp[0]).as("the roll-up's board is the plain one").isEqualTo(plainBoard[0]);
            assertThat(new BoardTally(timed).reach(campaign, rolledUp[0].node(), query, scope))
                    .as("the roll-up answered")
                    .isPresent();
            long[] bareTotals = new long[2];
            double[] bare = runs(() -> bare(connection, depth, campaignId, path, null, bareTotals));
            var parameters = BoardStatement.parameters(campaignId, rolledUp[0].node(), query);
            double[] members = runs(() -> timed.sql("WITH " + BoardStatement.organizations(scope, false)
                            + ", g AS (SELECT CAST(NULL AS bigint) AS child, CAST(NULL AS bigint) AS requirement_id,"
                            + " CAST(NULL AS bigint) AS campaign_id)"
                            + BoardStatement.membersAndRows(BoardStatement.TREE_DAY))
                    .params(parameters)
                    .query()
                    .listOfRows());
            var total = rolledUp[0].subtree().total();
            assertThat(total.total()).isEqualTo(bareTotals[0]);
            assertThat(total.done()).isEqualTo(bareTotals[1]);
            report.append(String.format(
                    "%-9s %9d %-22s %-22s %-22s %-22s %d (done %d, overdue %d; %d rows)%n",
                    names[i],
                    goals[i],
                    figures(rollUp),
                    figures(plain),
                    figures(bare),
                    figures(members),
                    total.total(),
                    total.done(),
                    total.overdue(),
                    rolledUp[0].children().size()));
        }
        report.append(String.format(
                "(members: the part of every board statement counting the members of the subtree's cells, from"
                        + " the organizations of the board's day; in both the roll-up's and the plain one)%n"));
        if (only.isEmpty()) {
            writeCosts(report, jdbc, connection, fold, campaignId);
        }
        report.insert(
                0,
                String.format(
                        "scale %.2f: %d organizations, %d members%n",
                        SCALE, count(jdbc, "organization"), count(jdbc, "member")));
        System.out.println("\n==== Compliance board bench ====\n" + report);
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "compliance-bench.txt"), report.toString());
    }

    /**
     * What the roll-up costs the writes: one fulfilment at a time (each its own transaction, as a user records one)
     * with the triggers and without, a bulk change of 1 in 50 of the campaign's obligations with and without, then
     * the fold of the deltas that change left; every change is undone after.
     */
    private static void writeCosts(
            StringBuilder report, JdbcClient jdbc, DataSource timed, BoardTallyFold fold, long campaignId) {
        var open = jdbc.sql("SELECT id FROM obligation WHERE campaign_id = :c AND fulfilled_on IS NULL ORDER BY id"
                        + " LIMIT :n")
                .param("c", campaignId)
                .param("n", 2 * RUNS * 10)
                .query(Long.class)
                .list();
        var timedJdbc = JdbcClient.create(timed);
        double[][] single = new double[2][];
        for (int withTriggers = 1; withTriggers >= 0; withTriggers--) {
            jdbc.sql("ALTER TABLE obligation " + (withTriggers == 1 ? "ENABLE" : "DISABLE") + " TRIGGER USER")
                    .update();
            var ids = open.subList(withTriggers * RUNS * 10, (withTriggers + 1) * RUNS * 10)
                    .iterator();
            single[withTriggers] = runs(
                    () -> timedJdbc
                            .sql("UPDATE obligation SET fulfilled_on = DATE '2025-03-01', note = 'bench'"
                                    + " WHERE id = :id")
                            .param("id", ids.next())
                            .update(),
                    RUNS * 10 - 1);
        }
        jdbc.sql("ALTER TABLE obligation DISABLE TRIGGER USER").update();
        jdbc.sql("UPDATE obligation SET fulfilled_on = NULL, note = NULL WHERE id IN (:ids)")
                .param("ids", open.subList(0, RUNS * 10))
                .update();
        jdbc.sql("ALTER TABLE obligation ENABLE TRIGGER USER").update();
        jdbc.sql("UPDATE obligation SET fulfilled_on = NULL, note = NULL WHERE id IN (:ids)")
                .param("ids", open.subList(RUNS * 10, 2 * RUNS * 10))
                .update();
        fold.fold();
        report.append(String.format(
                "%none fulfilment (UPDATE of one obligation, autocommit), p50 / p99: %s ms with the roll-up's"
                        + " trigger, %s ms without%n",
                figures(single[1]), figures(single[0])));

        String bulk = "UPDATE obligation SET fulfilled_on = fulfilled_on + :shift WHERE campaign_id = :c"
                + " AND id % 50 = 0 AND fulfilled_on IS NOT NULL";
        jdbc.sql("ALTER TABLE obligation DISABLE TRIGGER USER").update();
        long t0 = System.nanoTime();
        int changed = jdbc.sql(bulk).param("shift", 1).param("c", campaignId).update();
        double without = (System.nanoTime() - t0) / 1e6;
        jdbc.sql(bulk).param("shift", -1).param("c", campaignId).update();
        jdbc.sql("ALTER TABLE obligation ENABLE TRIGGER USER").update();
        t0 = System.nanoTime();
        jdbc.sql(bulk).param("shift", 1).param("c", campaignId).update();
        double with = (System.nanoTime() - t0) / 1e6;
        long deltas = count(jdbc, "board_tally_delta");
        var root = new ComplianceBoard.Board[1];
        t0 = System.nanoTime();
        int rows = fold.fold();
        double folding = (System.nanoTime() - t0) / 1e6;
        jdbc.sql(bulk).param("shift", -1).param("c", campaignId).update();
        fold.fold();
        report.append(String.format(
                "bulk change of %d fulfilments (one UPDATE): %.0f ms with the trigger, %.0f ms without; it left %d"
                        + " deltas, folded in %.0f ms (%d base rows written)%n",
                changed, with, without, deltas, folding, rows));
    }

    private static String figures(double[] sorted) {
        return String.format("%.2f / %.2f", percentile(sorted, 50), percentile(sorted, 99));
    }

    /** The bench campaign over the whole tree: launched, 3 in 4 obligations fulfilled (1 in 7 late), folded. */
    private static long createCampaign(
            DataSource dataSource, JdbcClient jdbc, BoardTallyFold fold, StringBuilder report) {
        try {
            long document = jdbc.sql("""
                            INSERT INTO document (type_code, sequence_no, year, issuer_id, issuer_code, number_text, issued_on, summary)
                            VALUES ('KH', 1, 2024, 1, 'TW', '1-KH/TW', DATE '2024-12-01', 'Kế hoạch đợt sinh hoạt chính trị (bench)')
                            RETURNING id
                            """).query(Long.class).single();
            long campaignId = jdbc.sql("""
                            INSERT INTO campaign (title, directing_document_id, owner_id, starts_on, ends_on)
                            VALUES (:title, :doc, 1, DATE '2024-12-01', DATE '2025-12-31')
                            RETURNING id
                            """)
                    .param("title", TITLE)
                    .param("doc", document)
                    .query(Long.class)
                    .single();
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
            long t0 = System.nanoTime();
            int obligations = launches.launch(campaignId, LocalDate.of(2024, 12, 2));
            step(report, "launch (CampaignDrafts.launch, one INSERT ... SELECT, trigger on): " + obligations, t0);
            t0 = System.nanoTime();
            jdbc.sql("""
                            UPDATE obligation SET note = 'bench',
                                   fulfilled_on = CASE WHEN id % 7 = 0 THEN due_on + 5 ELSE due_on - (id % 10)::int END
                            WHERE campaign_id = :c AND id % 4 <> 0
                            """).param("c", campaignId).update();
            step(report, "fulfil 3 in 4 obligations (1 in 7 late), one UPDATE, trigger on", t0);
            long deltas = count(jdbc, "board_tally_delta");
            t0 = System.nanoTime();
            int rows = fold.fold();
            step(report, "fold of the launch's and the fulfilments' " + deltas + " deltas: " + rows + " rows", t0);
            t0 = System.nanoTime();
            jdbc.sql("VACUUM ANALYZE obligation").update();
            jdbc.sql("VACUUM ANALYZE board_tally").update();
            jdbc.sql("VACUUM ANALYZE board_tally_delta").update();
            jdbc.sql("VACUUM ANALYZE board_placement").update();
            step(report, "VACUUM ANALYZE", t0);
            if ("1".equals(System.getenv("BENCH_FIVE_YEAR"))) {
                long fiveYear = launches.draft(document);
                t0 = System.nanoTime();
                int fiveYearObligations = launches.launch(fiveYear, NationalFiveYearLaunch.STARTS_ON);
                step(report, "five-year launch (the periods opened by its day): " + fiveYearObligations, t0);
                t0 = System.nanoTime();
                int caughtUp = launches.open(NationalFiveYearLaunch.AS_OF);
                step(report, "catch up to " + NationalFiveYearLaunch.AS_OF + ": " + caughtUp, t0);
                fold.fold();
            }
            return campaignId;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
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

    /** Wall times in milliseconds of {@link #RUNS} runs after one warm-up run, sorted. */
    static double[] runs(Supplier<?> run) {
        return runs(run, RUNS);
    }

    static double[] runs(Supplier<?> run, int runs) {
        run.get();
        var times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            run.get();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        java.util.Arrays.sort(times);
        return times;
    }

    static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
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
