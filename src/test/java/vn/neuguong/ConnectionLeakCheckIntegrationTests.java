package vn.neuguong;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The check that fails every test leaving a connection out does see one left out. */
@IntegrationTest
class ConnectionLeakCheckIntegrationTests {

    @Autowired
    HikariDataSource pool;

    @Autowired
    JdbcClient jdbc;

    @Test
    void failsWhileAQueryStreamOutsideATransactionIsOpenAndPassesOnceItIsClosed() {
        var stream = jdbc.sql("SELECT 1").query(Integer.class).stream();
        try {
            assertThatThrownBy(() -> ConnectionLeakCheck.assertNoConnectionHeld(pool, Duration.ofMillis(300), "test"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("still checked out");
        } finally {
            stream.close();
        }
        assertThatCode(() -> ConnectionLeakCheck.assertNoConnectionHeld(pool, Duration.ofSeconds(5), "test"))
                .doesNotThrowAnyException();
    }
}
