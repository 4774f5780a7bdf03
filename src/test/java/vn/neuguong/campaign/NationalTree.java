package vn.neuguong.campaign;

import java.io.IOException;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.Writer;
import java.sql.Connection;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The national tree the benches load into an empty database: 1 root, 34 provinces, 700 districts, 10,000 ward
 * committees and 290,000 cells, one history period each, and 6,000,000 members spread over the cells; {@code
 * BENCH_SCALE} scales all but the provinces. Organization ids are given: the root is 1, the provinces 2 to 35, then
 * the districts, the wards and the cells ({@link #firstCell()}). Shared by the compliance and the study benches.
 */
public final class NationalTree {

    /** {@code BENCH_SCALE} (default 1) scales the districts, wards, cells and members; the provinces stay 34. */
    public static final double SCALE = Double.parseDouble(System.getenv().getOrDefault("BENCH_SCALE", "1"));

    public static final int PROVINCES = 34;
    public static final int DISTRICTS = scaled(700);
    public static final int WARDS = scaled(10_000);
    public static final int CELLS = scaled(290_000);
    public static final int MEMBERS = scaled(6_000_000);

    private NationalTree() {}

    /** Migrates the empty database, then loads the organizations, their periods and the members. */
    public static void load(DataSource dataSource, StringBuilder report) throws Exception {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        long t0 = System.nanoTime();
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        step(report, "schema (Flyway)", t0);

        t0 = System.nanoTime();
        copyOrganizations(dataSource);
        step(report, "organizations: COPY of " + count(jdbc, "organization") + " rows", t0);

        t0 = System.nanoTime();
        // each organization's history: one period from its establishment (the board reads the tree of its day)
        jdbc.sql("""
                        INSERT INTO organization_period (organization_id, parent_id, path, name, code, level_label,
                                                         valid_from, change_kind)
                        SELECT id, parent_id, path, name, code, level_label, established_on, 'CREATE' FROM organization
                        """).update();
        step(report, "organization periods: " + count(jdbc, "organization_period") + " rows", t0);

        t0 = System.nanoTime();
        // a bulk load: the trigram search index is dropped, and foreign keys are not checked row by row
        // (session_replication_role = replica); the cells the members point at were just loaded
        jdbc.sql("DROP INDEX member_search").update();
        jdbc.sql("DROP INDEX member_cell_search").update();
        try (Connection connection = dataSource.getConnection();
                var statement = connection.prepareStatement("""
                        INSERT INTO member (full_name, party_card_no, cell_id, admitted_on, status)
                        SELECT 'Đảng viên ' || g, 'BENCH' || g, ? + (g % ?), DATE '2000-01-01' + (g % 8000), 'ACTIVE'
                        FROM generate_series(1, ?) g
                        """)) {
            connection.createStatement().execute("SET session_replication_role = replica");
            statement.setLong(1, firstCell());
            statement.setInt(2, CELLS);
            statement.setInt(3, MEMBERS);
            statement.executeUpdate();
        }
        jdbc.sql("CREATE INDEX member_cell_search ON member (cell_id) INCLUDE (search_text, full_name, id)")
                .update();
        step(report, "members: INSERT ... SELECT generate_series of " + count(jdbc, "member") + " rows", t0);
        ensureStays(dataSource, report);
    }

    /**
     * One stay per member, in its cell from its admission, when the set has none (the first sets were loaded
     * without: their boards counted no member); then the board's members' roll-up (V146) derived afresh, since the
     * bulk insert runs with the triggers off.
     */
    public static void ensureStays(DataSource dataSource, StringBuilder report) throws java.sql.SQLException {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM member_cell_history) OR NOT EXISTS (SELECT 1 FROM member)")
                .query(Boolean.class)
                .single()) {
            return;
        }
        long t0 = System.nanoTime();
        try (Connection connection = dataSource.getConnection();
                var statement = connection.createStatement()) {
            statement.execute("SET session_replication_role = replica");
            statement.execute("INSERT INTO member_cell_history (member_id, cell_id, joined_on)"
                    + " SELECT id, cell_id, admitted_on FROM member");
        }
        jdbc.sql("VACUUM ANALYZE member_cell_history").update();
        step(report, "cell stays: one per member, from its admission (" + count(jdbc, "member_cell_history") + ")", t0);
        if (jdbc.sql("SELECT to_regproc('board_members_rebuild') IS NOT NULL")
                .query(Boolean.class)
                .single()) {
            t0 = System.nanoTime();
            jdbc.sql("SELECT board_members_rebuild()").query().listOfRows();
            step(report, "the board's members' roll-up derived: " + count(jdbc, "board_member_event") + " events", t0);
        }
    }

    public static int scaled(int count) {
        return (int) Math.max(1, Math.round(count * SCALE));
    }

    /** The id of the first cell; the cells follow without gaps. */
    public static long firstCell() {
        return 2L + PROVINCES + DISTRICTS + WARDS;
    }

    /** The id of the first ward committee. */
    public static long firstWard() {
        return firstCell() - WARDS;
    }

    public static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    public static void step(StringBuilder report, String what, long start) {
        String line = String.format("%-80s %8.1f s%n", what, (System.nanoTime() - start) / 1e9);
        report.append(line);
        System.out.print(line);
    }

    /** Streams the generated tree as CSV into COPY; ids are given so that paths can be written at once. */
    private static void copyOrganizations(DataSource dataSource) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("SET session_replication_role = replica");
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            var reader = new PipedReader(1 << 16);
            var writer = new PipedWriter(reader);
            var producer = CompletableFuture.runAsync(() -> {
                try (writer) {
                    writeTree(writer);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            copy.copyIn(
                    "COPY organization (id, kind, level_label, name, code, parent_id, path, established_on) "
                            + "FROM STDIN WITH (FORMAT csv)",
                    reader);
            producer.join();
        }
        var jdbc = JdbcClient.create(dataSource);
        jdbc.sql("SELECT setval(pg_get_serial_sequence('organization', 'id'), (SELECT max(id) FROM organization))")
                .query(Long.class)
                .single();
    }

    private static void writeTree(Writer out) throws IOException {
        long[] provincePath = new long[PROVINCES];
        String[] provinces = new String[PROVINCES];
        out.write("1,COMMITTEE,Trung ương,Đảng bộ toàn quốc (bench),TW,,1,2000-01-01\n");
        for (int p = 0; p < PROVINCES; p++) {
            long id = 2 + p;
            provincePath[p] = id;
            provinces[p] = "1." + id;
            row(out, id, "COMMITTEE", "Tỉnh ủy", "Tỉnh ủy số " + (p + 1), "TU", 1L, provinces[p]);
        }
        String[] districts = new String[DISTRICTS];
        for (int d = 0; d < DISTRICTS; d++) {
            long id = 2 + PROVINCES + d;
            int p = d % PROVINCES;
            districts[d] = provinces[p] + "." + id;
            row(out, id, "COMMITTEE", "Huyện ủy", "Huyện ủy số " + (d + 1), "HU", provincePath[p], districts[d]);
        }
        String[] wards = new String[WARDS];
        for (int w = 0; w < WARDS; w++) {
            long id = 2 + PROVINCES + DISTRICTS + w;
            int d = w % DISTRICTS;
            wards[w] = districts[d] + "." + id;
            row(
                    out,
                    id,
                    "GRASSROOTS_COMMITTEE",
                    "Đảng ủy xã",
                    "Đảng ủy xã số " + (w + 1),
                    "ĐU",
                    2L + PROVINCES + d,
                    wards[w]);
        }
        for (int c = 0; c < CELLS; c++) {
            long id = firstCell() + c;
            int w = c % WARDS;
            row(
                    out,
                    id,
                    "CELL",
                    "Chi bộ",
                    "Chi bộ số " + (c / WARDS + 1),
                    "CB",
                    2L + PROVINCES + DISTRICTS + w,
                    wards[w] + "." + id);
        }
    }

    private static void row(
            Writer out, long id, String kind, String level, String name, String code, long parent, String path)
            throws IOException {
        out.write(
                id + "," + kind + "," + level + "," + name + "," + code + "," + parent + "," + path + ",2000-01-01\n");
    }
}
