package vn.neuguong;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One data source: the configured PostgreSQL server, or an embedded one started on demand. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);
    private static final String EMBEDDED_DATABASE = "neuguong";

    /** How the application's sessions plan statements (see {@link #applyTimeouts}); the benches time with it too. */
    static final String PLANNING = "-c plan_cache_mode=force_custom_plan";

    /**
     * Embedded servers by data directory, each with the number of open data sources using it: every test context
     * of a run shares one server, and the server stops when the last context using it closes (after that
     * context's beans, which may still need the database while they shut down).
     */
    private static final Map<String, SharedServer> SERVERS = new ConcurrentHashMap<>();

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseProperties properties) {
        var config = new HikariConfig();
        config.setPoolName("neuguong");
        config.setMaximumPoolSize(properties.poolSize());
        // A connection held longer than this is logged with the stack of the code that took it.
        config.setLeakDetectionThreshold(properties.leakDetectionThreshold().toMillis());
        applyTimeouts(config, properties);
        if (!properties.isEmbedded()) {
            config.setJdbcUrl(properties.url());
            config.setUsername(properties.user());
            config.setPassword(properties.password());
            return new HikariDataSource(config);
        }
        String dataDir = properties.embedded().dataDir();
        var server = SERVERS.compute(dataDir, (dir, shared) -> {
            var running = shared == null ? new SharedServer(start(properties.embedded())) : shared;
            running.users++;
            return running;
        });
        config.setJdbcUrl(server.postgres.getJdbcUrl("postgres", EMBEDDED_DATABASE));
        config.setUsername("postgres");
        return new HikariDataSource(config) {
            @Override
            public void close() {
                super.close();
                release(dataDir);
            }
        };
    }

    /**
     * No request may wait on the database without bound: the pool gives up after the connection time-out,
     * PostgreSQL cancels a statement after the statement time-out and rolls back a transaction left idle, and the
     * driver drops a connection whose server has stopped answering (frozen, not closed) after the socket time-out.
     * Every statement is planned for its own values: the tree statements take a path that selects a ward's thirty
     * cells or the whole country, and after five runs on one connection PostgreSQL would otherwise settle on one
     * generic plan for all of them (bench/study: a ward's board went from 2 ms to 330 ms after the root's).
     */
    static void applyTimeouts(HikariConfig config, DatabaseProperties properties) {
        long connectionMillis = properties.connectionTimeout().toMillis();
        config.setConnectionTimeout(connectionMillis);
        config.setValidationTimeout(Math.max(250, Math.min(connectionMillis / 2, 5_000)));
        config.addDataSourceProperty(
                "connectTimeout", Math.max(1, properties.connectionTimeout().toSeconds()));
        config.addDataSourceProperty(
                "socketTimeout", Math.max(1, properties.socketTimeout().toSeconds()));
        config.addDataSourceProperty("tcpKeepAlive", true);
        config.addDataSourceProperty(
                "options",
                "-c statement_timeout=" + properties.statementTimeout().toMillis()
                        + " -c idle_in_transaction_session_timeout="
                        + properties.idleInTransactionTimeout().toMillis()
                        + " " + PLANNING);
    }

    private static final class SharedServer {
        final EmbeddedPostgres postgres;
        int users;

        SharedServer(EmbeddedPostgres postgres) {
            this.postgres = postgres;
        }
    }

    private static void release(String dataDir) {
        SERVERS.computeIfPresent(dataDir, (dir, shared) -> {
            if (--shared.users > 0) {
                return shared;
            }
            closeQuietly(shared.postgres);
            return null;
        });
    }

    private static EmbeddedPostgres start(DatabaseProperties.Embedded embedded) {
        try {
            boolean throwAway = embedded.dataDir() == null || embedded.dataDir().isBlank();
            Path dir = throwAway
                    ? Files.createTempDirectory("neuguong-pg")
                    : Files.createDirectories(Path.of(embedded.dataDir()).toAbsolutePath());
            var builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(throwAway)
                    // Stopped by the last data source that closes, after the beans that still need the database;
                    // zonky's own JVM hook would stop it while Spring is still shutting those beans down.
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", throwAway ? "off" : "on");
            if (embedded.port() > 0) {
                builder.setPort(embedded.port());
            }
            var server = builder.start();
            createDatabaseIfMissing(server.getPostgresDatabase());
            log.info("Embedded PostgreSQL on port {} with data in {}", server.getPort(), dir);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    private static void createDatabaseIfMissing(DataSource postgres) {
        try (var connection = postgres.getConnection();
                var statement = connection.createStatement()) {
            var exists =
                    statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + EMBEDDED_DATABASE + "'");
            if (!exists.next()) {
                statement.execute("CREATE DATABASE " + EMBEDDED_DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the embedded database", e);
        }
    }

    private static void closeQuietly(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
