package vn.neuguong;

import java.util.Properties;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The one open connection a bench times the application's statements on, planned as the application's pool plans
 * them. {@code BENCH_PLAN_CACHE=auto} times them with PostgreSQL's default instead (a generic plan after five runs),
 * to show the difference.
 */
public final class BenchConnections {

    private BenchConnections() {}

    public static SingleConnectionDataSource timing(String url, String user, String password) {
        var connection = new SingleConnectionDataSource(url, user, password, true);
        if (!"auto".equals(System.getenv("BENCH_PLAN_CACHE"))) {
            var properties = new Properties();
            properties.setProperty("options", DatabaseConfiguration.PLANNING);
            connection.setConnectionProperties(properties);
        }
        return connection;
    }

    /** What {@link #timing} plans with, for the bench's report. */
    public static String planning() {
        return "auto".equals(System.getenv("BENCH_PLAN_CACHE"))
                ? "PostgreSQL's default"
                : DatabaseConfiguration.PLANNING;
    }
}
