package vn.neuguong;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * An empty database of its own for a test that starts application contexts by hand: created on the server
 * {@code NEUGUONG_TEST_DB_URL} names, or else on an embedded PostgreSQL started for it. Closing it drops the
 * database (or stops the embedded server).
 */
public final class FreshDatabase implements AutoCloseable {

    private final EmbeddedPostgres embedded;
    private final String serverUrl;
    private final String user;
    private final String password;
    private final String name =
            "neuguong_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    private FreshDatabase(EmbeddedPostgres embedded, String serverUrl, String user, String password) {
        this.embedded = embedded;
        this.serverUrl = serverUrl;
        this.user = user;
        this.password = password;
    }

    public static FreshDatabase create() {
        String server = System.getenv("NEUGUONG_TEST_DB_URL");
        FreshDatabase database;
        if (server != null && !server.isBlank()) {
            database = new FreshDatabase(
                    null, server, env("NEUGUONG_TEST_DB_USER", "postgres"), env("NEUGUONG_TEST_DB_PASSWORD", ""));
        } else {
            try {
                var postgres = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("max_connections", "100")
                        .start();
                database = new FreshDatabase(postgres, postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        database.execute("CREATE DATABASE " + database.name + " ENCODING 'UTF8' TEMPLATE template0");
        return database;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** The JDBC URL of the new database: the server's URL with the database name swapped. */
    public String url() {
        int query = serverUrl.indexOf('?');
        String base = query < 0 ? serverUrl : serverUrl.substring(0, query);
        String rest = query < 0 ? "" : serverUrl.substring(query);
        return base.substring(0, base.lastIndexOf('/') + 1) + name + rest;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public String name() {
        return name;
    }

    /** Runs one statement as the server's superuser, on the server's own database (not the new one). */
    public void execute(String sql) {
        try (var connection = DriverManager.getConnection(serverUrl, user, password);
                var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** A plain connection to the new database, outside any application pool. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user, password);
    }

    /**
     * Command-line arguments that point an application at the new database (they win over the {@code test}
     * profile's own settings, which name the suite's shared database).
     */
    public List<String> arguments() {
        return List.of(
                "--neuguong.db.url=" + url(),
                "--neuguong.db.user=" + user,
                "--neuguong.db.password=" + password,
                "--server.port=0",
                "--spring.main.banner-mode=off");
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        execute("DROP DATABASE IF EXISTS " + name.toLowerCase(Locale.ROOT) + " WITH (FORCE)");
    }
}
