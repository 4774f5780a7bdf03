package vn.neuguong;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the database is. With no {@code url} the application starts its own embedded PostgreSQL whose data
 * lives in {@code embedded.dataDir} (an empty data dir means a throw-away directory, as the tests use).
 *
 * <p>The time-outs bound how long a request can wait on the database: {@code connectionTimeout} for a connection
 * from the pool (or a new one), {@code statementTimeout} for one statement (PostgreSQL cancels it),
 * {@code socketTimeout} for any answer at all (a frozen server that neither answers nor closes), and
 * {@code idleInTransactionTimeout} after which PostgreSQL rolls back a transaction whose client went silent.
 */
@ConfigurationProperties("neuguong.db")
public record DatabaseProperties(
        String url,
        String user,
        String password,
        @DefaultValue Embedded embedded,
        @DefaultValue("10") int poolSize,
        @DefaultValue("0s") Duration leakDetectionThreshold,
        @DefaultValue("5s") Duration connectionTimeout,
        @DefaultValue("30s") Duration statementTimeout,
        @DefaultValue("40s") Duration socketTimeout,
        @DefaultValue("60s") Duration idleInTransactionTimeout) {

    public record Embedded(
            @DefaultValue("./data") String dataDir,
            @DefaultValue("0") int port) {}

    boolean isEmbedded() {
        return url == null || url.isBlank();
    }
}
