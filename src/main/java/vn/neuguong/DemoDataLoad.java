package vn.neuguong;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo data once per database, even when several nodes start at the same moment. The whole load runs
 * under one PostgreSQL advisory lock held on a connection of its own (not one of the pool's, so the pool's leak
 * detection does not mistake it for a leak): a second node waits, then finds the load finished and loads nothing.
 * The row of {@code demo_data_load} records the start and the end; a start that finds a load started but never
 * finished (a node died halfway, or a part failed) says so in the log and starts without loading, instead of
 * loading a second copy on top of the first half.
 */
@Component
@Profile("seed")
@Order(0)
class DemoDataLoad implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoad.class);
    /** The advisory lock's key: any number no other code uses; this one spells "demodata" in ASCII. */
    static final long LOCK_KEY = 0x64656d6f64617461L;

    static final Duration LONGEST_WAIT = Duration.ofMinutes(10);

    private final HikariDataSource dataSource;
    private final List<DemoDataRunner> parts;
    private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    DemoDataLoad(HikariDataSource dataSource, List<DemoDataRunner> parts) {
        this.dataSource = dataSource;
        this.parts = parts;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        try (var connection = DriverManager.getConnection(
                dataSource.getJdbcUrl(), dataSource.getUsername(), dataSource.getPassword())) {
            lock(connection);
            var earlier = earlierLoad(connection);
            if (earlier != null && earlier.finishedAt() != null) {
                log.info(
                        "Demo data loaded at {} by {}, finished at {}: nothing to load",
                        earlier.startedAt(),
                        earlier.startedBy(),
                        earlier.finishedAt());
                return;
            }
            if (earlier != null) {
                log.error(
                        "Demo data load started at {} by {} never finished: the database holds part of the demo"
                                + " data. Starting without loading it. Load it into an empty database, or delete"
                                + " the row of table demo_data_load to try again over what is there.",
                        earlier.startedAt(),
                        earlier.startedBy());
                return;
            }
            update(connection, "INSERT INTO demo_data_load (started_at, started_by) VALUES (now(), ?)");
            for (var part : parts) {
                part.run(args);
            }
            update(connection, "UPDATE demo_data_load SET finished_at = now() WHERE started_by = ?");
            log.info("Demo data loaded by {}", node);
        }
    }

    private record Load(Timestamp startedAt, String startedBy, Timestamp finishedAt) {}

    private void lock(Connection connection) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + LONGEST_WAIT.toNanos();
        boolean told = false;
        while (!tryLock(connection)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Another node has been loading the demo data for more than "
                        + LONGEST_WAIT.toMinutes() + " minutes; giving up");
            }
            if (!told) {
                log.info("Another node is loading the demo data; waiting for it to finish");
                told = true;
            }
            Thread.sleep(250);
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            statement.setLong(1, LOCK_KEY);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    private static Load earlierLoad(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var result = statement.executeQuery("SELECT started_at, started_by, finished_at FROM demo_data_load")) {
            return result.next() ? new Load(result.getTimestamp(1), result.getString(2), result.getTimestamp(3)) : null;
        }
    }

    private void update(Connection connection, String sql) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            statement.setString(1, node);
            statement.executeUpdate();
        }
    }
}
