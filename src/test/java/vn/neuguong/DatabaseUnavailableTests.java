package vn.neuguong;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures, seen under load while the database restarted, count as "the database is away" (503). */
class DatabaseUnavailableTests {

    @Test
    void aRollbackThatFailedOnADeadConnectionMeansTheDatabaseIsAway() {
        var failure = new ServletException(
                new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed")));
        assertThat(DatabaseUnavailable.isCause(failure)).isTrue();
    }

    @Test
    void aServerShuttingDownOrALostConnectionMeansTheDatabaseIsAway() {
        assertThat(DatabaseUnavailable.isCause(new RuntimeException(
                        new SQLException("FATAL: terminating connection due to administrator command", "57P01"))))
                .isTrue();
        assertThat(DatabaseUnavailable.isCause(new SQLException("An I/O error occurred", "08006")))
                .isTrue();
    }

    @Test
    void aBrokenRuleIsNotAnOutage() {
        assertThat(DatabaseUnavailable.isCause(
                        new DataIntegrityViolationException("duplicate", new SQLException("dup", "23505"))))
                .isFalse();
    }
}
