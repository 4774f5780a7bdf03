package vn.neuguong.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The obligation reminders over a national backlog (bench/reminders/run.sh): on a copy of the national data set
 * ({@link NationalTree}, in {@code BENCH_DB_URL}), a launched campaign of eight lines over the whole tree with about
 * 1.5 million obligations, of which about a million are open and due in 7 or 1 days or overdue on {@link #TODAY},
 * and the accounts that receive them: a secretary for each cell, staff for each committee, a few preferences off
 * and accounts disabled. Times {@link ObligationReminders#runReminders} (the application's bean), then a second run,
 * and, as the reference on the same run, the reminders as they were sent before ({@link PerObligationReminders}, one
 * statement per obligation) over a sample of ids, extrapolated to the whole backlog. The sample's notices are
 * compared row by row with what the set-based run stored for the same obligations. Writes
 * target/reminders-bench.txt.
 *
 * <p>Not part of the build: the name does not match the test includes, it runs only when asked by name.
 */
@SpringBootTest(
        properties = {
            "neuguong.db.url=${BENCH_DB_URL}",
            "neuguong.db.user=${BENCH_DB_USER:postgres}",
            "neuguong.db.password=${BENCH_DB_PASSWORD:}",
            "neuguong.reminders.cron=-",
            "neuguong.notifications.digest-cron=-"
        })
class RemindersBench {

    static final LocalDate TODAY = LocalDate.of(2025, 3, 10);
    static final String TITLE = "Đợt nhắc hạn toàn quốc (bench)";
    static final int SAMPLE_IDS = Integer.parseInt(System.getenv().getOrDefault("BENCH_SAMPLE_IDS", "12000"));

    /** Kind, organizations, due day, label: seven lines due or overdue on {@link #TODAY}, one not yet. */
    static final String[][] LINES = {
        {"ISSUE_PLAN", "COMMITTEE", "2025-02-10", null},
        {"HOLD_CONFERENCE", "GRASSROOTS_COMMITTEE", "2025-03-03", null},
        {"CELL_MEETINGS", "CELL", "2025-02-28", "Tháng 2"},
        {"MEMBER_SUBMISSIONS", "CELL", "2025-03-05", null},
        {"CELL_MEETINGS", "CELL", "2025-03-17", "Tháng 3"},
        {"ACTION_PROGRAMME", "GRASSROOTS_COMMITTEE", "2025-03-11", null},
        {"PERIODIC_REPORT", "CELL", "2025-03-11", "Quý I"},
        {"INTERIM_REVIEW", "ALL", "2025-06-30", null}
    };

    @Autowired
    ObligationReminders reminders;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    ReminderProperties properties;

    @Test
    void remindersOverANationalBacklog() throws Exception {
        var report = new StringBuilder();
        DataSource bulk = new DriverManagerDataSource(
                System.getenv("BENCH_DB_URL"),
                System.getenv().getOrDefault("BENCH_DB_USER", "postgres"),
                System.getenv().getOrDefault("BENCH_DB_PASSWORD", ""));
        var setup = JdbcClient.create(bulk);
        if (setup.sql("SELECT count(*) FROM campaign WHERE title = :t")
                        .param("t", TITLE)
                        .query(Long.class)
                        .single()
                == 0) {
            load(bulk, setup, report);
        }
        setup.sql("TRUNCATE notification").update();
        long candidates = setup.sql("""
                        SELECT count(*) FROM obligation ob
                        WHERE ob.fulfilled_on IS NULL AND NOT ob.awaiting_event
                          AND (ob.due_on IN (:d7, :d1) OR ob.due_on - CASE WHEN ob.due_day_on_time THEN 0 ELSE 1 END < :today)
                        """)
                .param("d7", TODAY.plusDays(7))
                .param("d1", TODAY.plusDays(1))
                .param("today", TODAY)
                .query(Long.class)
                .single();
        report.append(String.format(
                "%n%,d obligations, %,d open and due in 7 or 1 days or overdue on %s; %,d accounts acting for"
                        + " %,d organizations; batch size %,d ids%n",
                NationalTree.count(setup, "obligation"),
                candidates,
                TODAY,
                setup.sql("SELECT count(DISTINCT account_id) FROM account_role")
                        .query(Long.class)
                        .single(),
                setup.sql("SELECT count(DISTINCT organization_id) FROM account_role")
                        .query(Long.class)
                        .single(),
                properties.batchSize()));

        // the reference: the former path over a sample of ids in the middle of the backlog
        var ids = setup.sql("SELECT min(id) + (max(id) - min(id)) / 2 FROM obligation")
                .query(Long.class)
                .single();
        var before = new PerObligationReminders(jdbc, json, properties.daysBefore(), false);
        var clock = new Cpu(setup);
        var sample = before.runReminders(TODAY, ids, ids + SAMPLE_IDS - 1);
        double sampleSeconds = clock.wall();
        double sampleCpu = clock.cpu();
        setup.sql("DROP TABLE IF EXISTS bench_reminder_sample").update();
        setup.sql("CREATE TABLE bench_reminder_sample AS SELECT account_id, kind, message_key, message_args::text"
                        + " AS message_args, link, dedup_key, in_app FROM notification")
                .update();
        setup.sql("TRUNCATE notification").update();
        setup.sql("VACUUM ANALYZE notification").update();

        clock = new Cpu(setup);
        int sent = reminders.runReminders(TODAY);
        double seconds = clock.wall();
        double cpu = clock.cpu();
        clock = new Cpu(setup);
        int again = reminders.runReminders(TODAY);
        double againSeconds = clock.wall();
        double againCpu = clock.cpu();
        long differing = setup.sql("""
                        SELECT count(*) FROM ((SELECT * FROM bench_reminder_sample
                                               EXCEPT SELECT account_id, kind, message_key, message_args::text, link,
                                                             dedup_key, in_app FROM notification)
                                              UNION ALL
                                              (SELECT account_id, kind, message_key, message_args::text, link,
                                                      dedup_key, in_app FROM notification
                                               WHERE dedup_key IN (SELECT dedup_key FROM bench_reminder_sample)
                                               EXCEPT SELECT * FROM bench_reminder_sample)) d
                        """).query(Long.class).single();
        assertThat(again).isZero();
        assertThat(differing).isZero();

        double sampleRate = sample.sent() / sampleSeconds;
        report.append(String.format(
                "%nload average before the runs: %s (2 CPUs, shared)%n%-58s %8s %8s %10s %11s %13s%n",
                Files.readString(Path.of("/proc/loadavg")).trim(),
                "run",
                "wall s",
                "CPU s",
                "notices",
                "notices/s",
                "per CPU s"));
        String row = "%-58s %8.1f %8.1f %,10d %,11.0f %,13.0f%n";
        report.append(String.format(
                row, "set-based runReminders(" + TODAY + ")", seconds, cpu, sent, sent / seconds, sent / cpu));
        report.append(String.format(
                row, "second run (every notice already stored)", againSeconds, againCpu, again, 0.0, 0.0));
        report.append(String.format(
                row,
                "before: one INSERT per obligation, " + sample.obligations() + " obligations",
                sampleSeconds,
                sampleCpu,
                sample.sent(),
                sampleRate,
                sample.sent() / sampleCpu));
        double scale = candidates / (double) Math.max(1, sample.obligations());
        report.append(String.format(
                "%-58s %8.0f %8.0f %,10.0f   (extrapolated from the sample, not measured)%n",
                "before, extrapolated to " + String.format("%,d", candidates) + " obligations",
                sampleSeconds * scale,
                sampleCpu * scale,
                sample.sent() * scale));
        report.append(String.format(
                "%nthe sample's %,d notices, as stored by the set-based run: %s%n",
                sample.sent(), differing == 0 ? "identical, row by row" : differing + " rows differ"));
        report.append(String.format(
                "set-based: %.0fx the former notices per wall second, %.0fx per CPU second%n",
                (sent / seconds) / sampleRate, (sent / cpu) / (sample.sent() / sampleCpu)));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/reminders-bench.txt"), report.toString());
        System.out.print(report);
    }

    /** The campaign, its obligations, a sixth of them fulfilled, and the accounts of the organizations. */
    private static void load(DataSource bulk, JdbcClient setup, StringBuilder report) {
        long t0 = System.nanoTime();
        long document = setup.sql("""
                        INSERT INTO document (type_code, sequence_no, year, issuer_id, issuer_code, number_text, issued_on, summary)
                        VALUES ('KH', 2, 2024, 1, 'TW', '2-KH/TW', DATE '2024-12-01', 'Kế hoạch nhắc hạn (bench)')
                        RETURNING id
                        """).query(Long.class).single();
        long campaignId = setup.sql("""
                        INSERT INTO campaign (title, directing_document_id, owner_id, starts_on, ends_on)
                        VALUES (:t, :doc, 1, DATE '2024-12-01', DATE '2025-12-31') RETURNING id
                        """)
                .param("t", TITLE)
                .param("doc", document)
                .query(Long.class)
                .single();
        setup.sql("INSERT INTO campaign_target (campaign_id, organization_id) VALUES (:c, 1)")
                .param("c", campaignId)
                .update();
        for (int i = 0; i < LINES.length; i++) {
            setup.sql("INSERT INTO campaign_requirement (campaign_id, position, kind, applies_to, due_on, label) "
                            + "VALUES (:c, :p, :k, :a, CAST(:d AS date), :l)")
                    .param("c", campaignId)
                    .param("p", i)
                    .param("k", LINES[i][0])
                    .param("a", LINES[i][1])
                    .param("d", LINES[i][2])
                    .param("l", LINES[i][3])
                    .update();
        }
        int obligations = new NationalFiveYearLaunch(bulk).launch(campaignId, LocalDate.of(2024, 12, 2));
        setup.sql(
                        "UPDATE obligation SET fulfilled_on = due_on - 1, note = 'bench' WHERE campaign_id = :c AND id % 6 = 0")
                .param("c", campaignId)
                .update();
        NationalTree.step(report, "campaign launched: " + obligations + " obligations, a sixth fulfilled", t0);

        t0 = System.nanoTime();
        // a secretary for each cell; two staff for a ward committee, three for a district, five above
        setup.sql("""
                        INSERT INTO account (username, display_name, password_hash, email, enabled)
                        SELECT 'bench.' || o.id || '.' || n, 'Cán bộ ' || n || ', ' || o.name, '{noop}bench',
                               CASE WHEN n = 1 THEN 'bench' || o.id || '@example.vn' END, (o.id + n) % 200 <> 0
                        FROM organization o
                        CROSS JOIN LATERAL generate_series(1, CASE nlevel(o.path) WHEN 5 THEN 1 WHEN 4 THEN 2
                                                                                   WHEN 3 THEN 3 ELSE 5 END) n
                        """).update();
        setup.sql("""
                        INSERT INTO account_role (account_id, role, organization_id)
                        SELECT a.id, CASE WHEN o.kind = 'CELL' THEN 'SECRETARY' ELSE 'STAFF' END, o.id
                        FROM account a JOIN organization o ON o.id = split_part(a.username, '.', 2)::bigint
                        WHERE a.username LIKE 'bench.%'
                        """).update();
        // one account in twenty does not want due notices in its inbox (by e-mail only), one in fifty no overdue ones
        setup.sql("""
                        INSERT INTO notification_preference (account_id, kind, in_app, email)
                        SELECT id, 'OBLIGATION_DUE', false, true FROM account WHERE id % 20 = 0
                        UNION ALL SELECT id, 'OBLIGATION_OVERDUE', false, false FROM account WHERE id % 50 = 1
                        """).update();
        for (String table : List.of("obligation", "account", "account_role", "notification_preference")) {
            setup.sql("VACUUM ANALYZE " + table).update();
        }
        NationalTree.step(
                report, "accounts: " + NationalTree.count(setup, "account") + ", with roles and preferences", t0);
    }

    /**
     * Wall time and CPU time since it was made: the CPU of this process and of the database server's backends for
     * the bench database (read from /proc, the server runs on this machine; the pool keeps its connections, so
     * they live through the run). On a shared machine the wall time depends on the others' load, the CPU time less.
     */
    static final class Cpu {

        private final JdbcClient setup;
        private final long wall = System.nanoTime();
        private final double start;

        Cpu(JdbcClient setup) {
            this.setup = setup;
            this.start = now();
        }

        double wall() {
            return (System.nanoTime() - wall) / 1e9;
        }

        double cpu() {
            return now() - start;
        }

        private double now() {
            double seconds = ((com.sun.management.OperatingSystemMXBean)
                                    java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                            .getProcessCpuTime()
                    / 1e9;
            for (int pid : setup.sql("SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
                            + " AND backend_type = 'client backend'"
                            + " AND pid <> pg_backend_pid()")
                    .query(Integer.class)
                    .list()) {
                try {
                    String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    // utime and stime, fields 14 and 15 of proc(5), in clock ticks of 1/100 s
                    seconds += (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
                } catch (java.io.IOException e) {
                    // the backend ended meanwhile
                }
            }
            return seconds;
        }
    }
}
