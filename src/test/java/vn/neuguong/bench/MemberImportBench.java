package vn.neuguong.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.neuguong.IntegrationTest;
import vn.neuguong.member.MemberCell;
import vn.neuguong.member.MemberCells;
import vn.neuguong.member.MemberQuery;
import vn.neuguong.member.Members;
import vn.neuguong.member.roster.RosterImport;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.PageRequest;

/**
 * Not a test: a measurement, run by {@code bench/import/run.sh} (its name does not end in Tests, so the normal
 * build skips it). Writes a roster of {@code bench.rows} members (100,000 by default) as CSV, imports it through
 * {@link RosterImport} as the administrator (new members), then again (all unchanged), with the time of each step
 * from the import's timer; copies the same file with PostgreSQL COPY into a plain table before, between and after
 * (the reference: the median of the three), and times diacritic-free searches over the result. Prints a table and writes it to target/bench/member-import.txt.
 */
@IntegrationTest
class MemberImportBench {

    static final String[] FAMILY = {
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"
    };
    static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quốc", "Thu", "Xuân"};
    static final String[] GIVEN = {
        "An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hạnh", "Hoa", "Hùng", "Lan", "Linh", "Mai", "Nam", "Nga", "Phương",
        "Quang", "Sơn", "Thảo", "Trang", "Tuấn", "Long", "Yến", "Khánh", "Hương"
    };

    @Autowired
    RosterImport roster;

    @Autowired
    Members members;

    @Autowired
    MemberCells cells;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    MeterRegistry meters;

    @Test
    void measureImportCopyAndSearch() throws Exception {
        int rows = Integer.getInteger("bench.rows", 100_000);
        Actor admin = ((ActorPrincipal) accounts.loadUserByUsername("admin")).actor();
        Path dir = Files.createDirectories(Path.of("target", "bench"));
        Path csv = dir.resolve("roster-" + rows + ".csv");
        long bytes = writeRoster(csv, rows, cells.cells(Scope.everything()));

        double[] copies = {copy(csv, rows), 0, 0};
        var before = steps();
        long start = System.nanoTime();
        RosterImport.Result result;
        try (InputStream in = Files.newInputStream(csv)) {
            result = roster.importRoster("roster.csv", in, admin);
        }
        double importSeconds = seconds(start);
        assertThat(result.created()).isEqualTo(rows);
        var firstSteps = minus(steps(), before);
        copies[1] = copy(csv, rows);

        before = steps();
        start = System.nanoTime();
        try (InputStream in = Files.newInputStream(csv)) {
            result = roster.importRoster("roster.csv", in, admin);
        }
        double reimportSeconds = seconds(start);
        assertThat(result.unchanged()).isEqualTo(rows);
        var secondSteps = minus(steps(), before);
        copies[2] = copy(csv, rows);
        Arrays.sort(copies);
        double copySeconds = copies[1];
        double shapeSeconds = copyIntoMemberShape(csv, rows);

        long total = jdbc.queryForObject("SELECT count(*) FROM member", Long.class);
        long indexes = jdbc.queryForObject("SELECT count(*) FROM pg_indexes WHERE tablename = 'member'", Long.class);
        long history = jdbc.queryForObject("SELECT count(*) FROM member_cell_history", Long.class);
        long audited = jdbc.queryForObject("SELECT count(*) FROM audit_log WHERE entity_type = 'Member'", Long.class);
        long[] latencies = search(admin, 200);
        long[] scoped = search(((ActorPrincipal) accounts.loadUserByUsername("dongda.tuyengiao")).actor(), 100);

        var table = new StringBuilder();
        table.append("Member import bench: %,d rows, CSV %,d bytes; after it %,d members, %,d cell stays, %,d member"
                        .formatted(rows, bytes, total, history, audited)
                + " audit rows%n".formatted());
        table.append(RULE);
        table.append("| step                                      |  seconds  |    rows/s   |%n".formatted());
        table.append(RULE);
        table.append(line("import, new members (all steps)", importSeconds, rows));
        appendSteps(table, firstSteps, rows);
        table.append(line("re-import same file, all unchanged", reimportSeconds, rows));
        appendSteps(table, secondSteps, rows);
        table.append(line("PostgreSQL COPY of the file, plain table", copySeconds, rows));
        table.append(line("COPY of the rows into member's shape", shapeSeconds, rows));
        table.append(RULE);
        double ratio = copySeconds / importSeconds;
        table.append("COPY into a plain table (median of 3 on this run: %.2f, %.2f, %.2f s) is the reference.%n"
                .formatted(copies[0], copies[1], copies[2]));
        table.append("import = %.3f of COPY's rows/s (1/%.1f); goal >= 1/3 = 0.333: %s%n"
                .formatted(ratio, 1 / ratio, ratio >= 1.0 / 3 ? "met" : "NOT met"));
        table.append(("COPY into an empty table shaped as member (generated columns, %d indexes, foreign key) = %.3f"
                        + " of plain COPY (1/%.1f): the most any import writing member can reach; the import = %.2f"
                        + " of it%n")
                .formatted(
                        indexes, copySeconds / shapeSeconds, shapeSeconds / copySeconds, shapeSeconds / importSeconds));
        table.append("re-import = %.3f of COPY's rows/s (1/%.1f)%n"
                .formatted(copySeconds / reimportSeconds, reimportSeconds / copySeconds));
        table.append("search (q without diacritics, page of 20 + total), %d queries as admin over all members:%n"
                .formatted(latencies.length));
        table.append("  p50 %.1f ms   p99 %.1f ms   max %.1f ms%n"
                .formatted(
                        ms(percentile(latencies, 50)),
                        ms(percentile(latencies, 99)),
                        ms(latencies[latencies.length - 1])));
        table.append(
                "same, %d queries as dongda.tuyengiao (scope: Quận ủy Đống Đa subtree):%n".formatted(scoped.length));
        table.append("  p50 %.1f ms   p99 %.1f ms   max %.1f ms%n"
                .formatted(ms(percentile(scoped, 50)), ms(percentile(scoped, 99)), ms(scoped[scoped.length - 1])));
        System.out.println(table);
        Files.writeString(dir.resolve("member-import.txt"), table);
    }

    private static final String RULE =
            "+-------------------------------------------+-----------+-------------+%n".formatted();

    private static final String[] STEPS = {
        "parse", "copy", "validate", "write", "write.update", "write.create", "write.audit", "write.analyze"
    };

    private static final String[] STEP_NAMES = {
        "  parse (read file, values, cells)",
        "  copy into the staging table",
        "  validate (one statement)",
        "  write (members, stays, audit)",
        "    updates and their stays",
        "    new members and their stays",
        "    audit rows",
        "    ANALYZE member"
    };

    /** The seconds RosterImport's timer has counted so far, step by step. */
    private double[] steps() {
        double[] seconds = new double[STEPS.length];
        for (int i = 0; i < STEPS.length; i++) {
            var timer = meters.find(RosterImport.TIMER).tag("step", STEPS[i]).timer();
            seconds[i] = timer == null ? 0 : timer.totalTime(TimeUnit.NANOSECONDS) / 1e9;
        }
        return seconds;
    }

    private static double[] minus(double[] after, double[] before) {
        double[] seconds = new double[after.length];
        for (int i = 0; i < after.length; i++) {
            seconds[i] = after[i] - before[i];
        }
        return seconds;
    }

    private static void appendSteps(StringBuilder table, double[] seconds, int rows) {
        for (int i = 0; i < seconds.length; i++) {
            table.append(line(STEP_NAMES[i], seconds[i], rows));
        }
    }

    private long writeRoster(Path csv, int rows, List<MemberCell> cells) throws IOException {
        var random = new Random(100_000L);
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
                BufferedWriter typed = Files.newBufferedWriter(typed(csv), StandardCharsets.UTF_8)) {
            out.write("Họ và tên,Ngày sinh,Giới tính,Số thẻ đảng viên,Ngày vào Đảng,Ngày chính thức,Chi bộ,"
                    + "Điện thoại,Email,Trạng thái\n");
            for (int i = 1; i <= rows; i++) {
                String middle = MIDDLE[random.nextInt(MIDDLE.length)];
                boolean female = middle.equals("Thị") || middle.equals("Thu") || random.nextInt(4) == 0;
                var born = LocalDate.of(1945, 1, 1).plusDays(random.nextInt(365 * 58));
                var admitted = born.plusYears(18 + random.nextInt(20)).plusDays(random.nextInt(365));
                if (admitted.isAfter(LocalDate.of(2024, 1, 1))) {
                    admitted = LocalDate.of(2023, 6, 1);
                }
                var official = admitted.plusYears(1);
                var cell = cells.get(random.nextInt(cells.size()));
                String name = FAMILY[random.nextInt(FAMILY.length)] + " " + middle + " "
                        + GIVEN[random.nextInt(GIVEN.length)];
                String card = "B%07d".formatted(i);
                String phone = "09%08d".formatted(random.nextInt(100_000_000));
                String email = random.nextInt(3) == 0 ? "b%07d@example.vn".formatted(i) : "";
                out.write(String.join(
                        ",",
                        name,
                        dmy(born),
                        female ? "Nữ" : "Nam",
                        card,
                        dmy(admitted),
                        dmy(official),
                        cell.pathNames(),
                        phone,
                        email,
                        "Đang sinh hoạt"));
                out.write('\n');
                typed.write(String.join(
                        ",",
                        name,
                        born.toString(),
                        female ? "FEMALE" : "MALE",
                        card,
                        admitted.toString(),
                        official.toString(),
                        Long.toString(cell.id()),
                        phone,
                        email,
                        "ACTIVE"));
                typed.write('\n');
            }
        }
        return Files.size(csv);
    }

    /** The same rows as the member table holds them (ISO dates, cell ids, enum names), without a header. */
    private static Path typed(Path csv) {
        return csv.resolveSibling(csv.getFileName().toString().replace(".csv", "-typed.csv"));
    }

    /**
     * COPY of the same rows into an empty table shaped as member is (its generated columns, checks, indexes and
     * foreign key to the organization): what writing these rows into member costs before any import work.
     */
    private double copyIntoMemberShape(Path csv, int rows) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            try (var statement = connection.createStatement()) {
                statement.execute("DROP TABLE IF EXISTS bench_member_shape");
                statement.execute("CREATE TABLE bench_member_shape (LIKE member INCLUDING ALL)");
                statement.execute("ALTER TABLE bench_member_shape ADD FOREIGN KEY (cell_id) REFERENCES organization");
            }
            long start = System.nanoTime();
            long copied;
            try (Reader reader = Files.newBufferedReader(typed(csv), StandardCharsets.UTF_8)) {
                copied = connection
                        .unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn(
                                "COPY bench_member_shape (full_name, birth_date, gender, party_card_no, admitted_on,"
                                        + " official_on, cell_id, phone, email, status) FROM STDIN WITH (FORMAT csv)",
                                reader);
            }
            double seconds = seconds(start);
            assertThat(copied).isEqualTo(rows);
            try (var statement = connection.createStatement()) {
                statement.execute("DROP TABLE bench_member_shape");
            }
            return seconds;
        }
    }

    private double copy(Path csv, int rows) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            try (var statement = connection.createStatement()) {
                statement.execute("DROP TABLE IF EXISTS bench_member_staging");
                statement.execute("CREATE TABLE bench_member_staging (full_name text, birth_date text, gender text, "
                        + "party_card_no text, admitted_on text, official_on text, cell text, phone text, "
                        + "email text, status text)");
            }
            long start = System.nanoTime();
            long copied;
            try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                copied = connection
                        .unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn("COPY bench_member_staging FROM STDIN WITH (FORMAT csv, HEADER true)", reader);
            }
            double seconds = seconds(start);
            assertThat(copied).isEqualTo(rows);
            try (var statement = connection.createStatement()) {
                statement.execute("DROP TABLE bench_member_staging");
            }
            return seconds;
        }
    }

    private long[] search(Actor actor, int count) {
        var random = new Random(7L);
        var queries = new ArrayList<String>();
        for (int i = 0; i < count + 20; i++) {
            queries.add(
                    switch (i % 4) {
                        case 0 ->
                            fold(FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)]
                                    + " " + GIVEN[random.nextInt(GIVEN.length)]);
                        case 1 ->
                            fold(MIDDLE[random.nextInt(MIDDLE.length)] + " " + GIVEN[random.nextInt(GIVEN.length)]);
                        case 2 -> "b%05d".formatted(random.nextInt(100_000 / 100) * 10);
                        default -> fold(FAMILY[random.nextInt(FAMILY.length)]);
                    });
        }
        long[] nanos = new long[count];
        for (int i = 0; i < queries.size(); i++) {
            long start = System.nanoTime();
            var page = members.search(new MemberQuery(queries.get(i), null, null), PageRequest.first(20), actor);
            long elapsed = System.nanoTime() - start;
            assertThat(page.items().size()).isLessThanOrEqualTo(20);
            if (i >= 20) {
                nanos[i - 20] = elapsed;
            }
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static String fold(String text) {
        return java.text.Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT);
    }

    private static String dmy(LocalDate date) {
        return "%02d/%02d/%04d".formatted(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    private static String line(String step, double seconds, int rows) {
        if (seconds < 0.005) {
            return "| %-41s | %9.2f | %11s |%n".formatted(step, seconds, "-");
        }
        return "| %-41s | %9.2f | %,11.0f |%n".formatted(step, seconds, rows / seconds);
    }

    private static long percentile(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1_000_000_000.0;
    }
}
