package vn.neuguong;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Fails any test that leaves a database connection checked out of the pool once it is over: a connection held
 * outside a transaction (an unclosed query stream, say) would otherwise only show when the pool runs dry in
 * production. Background work (a scheduled job, an asynchronous event listener) may hold one for a moment, so the
 * check waits a little before it fails. Registered for every Spring test in {@code META-INF/spring.factories}.
 */
public class ConnectionLeakCheck implements TestExecutionListener {

    static final Duration GRACE = Duration.ofSeconds(10);

    @Override
    public void afterTestMethod(TestContext context) {
        if (!context.hasApplicationContext()) {
            return;
        }
        context.getApplicationContext()
                .getBeansOfType(HikariDataSource.class)
                .values()
                .forEach(pool -> assertNoConnectionHeld(
                        pool,
                        GRACE,
                        context.getTestClass().getSimpleName() + "."
                                + context.getTestMethod().getName()));
    }

    /** Waits up to {@code grace} for every connection of the pool to be back, then fails naming {@code test}. */
    static void assertNoConnectionHeld(HikariDataSource pool, Duration grace, String test) {
        if (pool.isClosed() || pool.getHikariPoolMXBean() == null) {
            return;
        }
        long deadline = System.nanoTime() + grace.toNanos();
        int active;
        while ((active = pool.getHikariPoolMXBean().getActiveConnections()) > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (active > 0) {
            throw new AssertionError(active + " database connection(s) still checked out " + grace.toSeconds()
                    + " s after " + test + " ended: a query result stream or connection was not closed"
                    + " (the pool's leak detection logs the stack of the code that took it)");
        }
    }
}
