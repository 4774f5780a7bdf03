package vn.neuguong.bench;

import static org.assertj.core.api.Assertions.assertThat;

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
 * {@link RosterImport} as the administrator, copies the same file into a staging table with PostgreSQL COPY, and
 * times diacritic-free searches over the result. Prints a table and writes it to target/bench/member-import.txt.
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

    @Test
    void measureImportCopyAndSearch() throws Exception {
        int rows = Integer.getInteger("bench.rows", 100_000);
        Actor admin = ((ActorPrincipal) accounts.loadUserByUsername("admin")).actor();
        Path dir = Files.createDirectories(Path.of("target", "bench"));
        Path csv = dir.resolve("roster-" + rows + ".csv");
        long bytes = writeRoster(csv, rows, cells.cells(Scope.everything()));

        long start = System.nanoTime();
        RosterImport.Result result;
        try (InputStream in = Files.newInputStream(csv)) {
            result = roster.importRoster("roster.csv", in, admin);
        }
        double importSeconds = seconds(start);
        assertThat(result.created()).isEqualTo(rows);

        start = System.nanoTime();
        try (InputStream in = Files.newInputStream(csv)) {
            result = roster.importRoster("roster.csv", in, admin);
        }
        double reimportSeconds = seconds(start);
        assertThat(result.unchanged()).isEqualTo(rows);

        double copySeconds = copy(csv, rows);

        long total = jdbc.queryForObject("SELECT count(*) FROM member", Long.class);
        long[] latencies = search(admin, 200);
        long[] scoped = search(((ActorPrincipal) accounts.loadUserByUsername("dongda.tuyengiao")).actor(), 100);

        var table = new StringBuilder();
        table.append("Member import bench: %,d rows, CSV %,d bytes, %,d members in the database%n"
                .formatted(rows, bytes, total));
        table.append("+-------------------------------------------+-----------+-------------+%n".formatted());
        table.append("| step                                      |  seconds  |    rows/s   |%n".formatted());
        table.append("+-------------------------------------------+-----------+-------------+%n".formatted());
        table.append(line("import (parse, validate, upsert, audit)", importSeconds, rows));
        table.append(line("re-import same file (all unchanged)", reimportSeconds, rows));
        table.append(line("PostgreSQL COPY into text staging table", copySeconds, rows));
        table.append("+-------------------------------------------+-----------+-------------+%n".formatted());
        table.append("import is %.1fx slower than COPY%n".formatted(importSeconds / copySeconds));
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

    private long writeRoster(Path csv, int rows, List<MemberCell> cells) throws IOException {
        var random = new Random(100_000L);
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
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
                out.write(String.join(
                        ",",
                        FAMILY[random.nextInt(FAMILY.length)] + " " + middle + " "
                                + GIVEN[random.nextInt(GIVEN.length)],
                        dmy(born),
                        female ? "Nữ" : "Nam",
                        "B%07d".formatted(i),
                        dmy(admitted),
                        dmy(official),
                        cell.pathNames(),
                        "09%08d".formatted(random.nextInt(100_000_000)),
                        random.nextInt(3) == 0 ? "b%07d@example.vn".formatted(i) : "",
                        "Đang sinh hoạt"));
                out.write('\n');
            }
        }
        return Files.size(csv);
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
