package vn.neuguong;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the database is. With no {@code url} the application starts its own embedded PostgreSQL whose data
 * lives in {@code embedded.dataDir} (an empty data dir means a throw-away directory, as the tests use).
 */
@ConfigurationProperties("neuguong.db")
public record DatabaseProperties(
        String url,
        String user,
        String password,
        @DefaultValue Embedded embedded,
        @DefaultValue("10") int poolSize,
        @DefaultValue("0s") Duration leakDetectionThreshold) {

    public record Embedded(
            @DefaultValue("./data") String dataDir,
            @DefaultValue("0") int port) {}

    boolean isEmbedded() {
        return url == null || url.isBlank();
    }
}
