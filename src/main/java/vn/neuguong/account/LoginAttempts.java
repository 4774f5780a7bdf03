package vn.neuguong.account;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The login throttle: counts failed sign-ins in PostgreSQL, so every node sees the same counts, and makes further
 * attempts wait instead of locking the account (a lock anyone can trigger locks out its owner).
 *
 * <p>Three counters are kept: one per address (every username tried from it), one per account (every address), one
 * per account and address. An attempt waits when its address is past {@code addressFreeFailures}, or when its
 * account is past {@code accountFreeFailures} <em>and</em> the attempt comes from an address that has itself failed
 * for that account. So an attacker's flood holds up the attacker, while the owner, signing in from an address of
 * their own, is not kept out; a spread-out attack gets one guess per address per wait. The wait starts at
 * {@code firstWait} and doubles with each further failure up to {@code longestWait}; an attempt refused for waiting
 * checks no password and counts nothing. A correct password clears the counter of that account and address.
 * Attempts from one address run one at a time (a transaction-scoped advisory lock), so a burst of parallel
 * attempts cannot slip past the count; access tokens never pass through here.
 */
@Component
class LoginAttempts {

    private final JdbcClient jdbc;
    private final SecurityProperties.LoginThrottle settings;
    private final TransactionTemplate transaction;

    LoginAttempts(JdbcClient jdbc, SecurityProperties properties, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.settings = properties.loginThrottle();
        this.transaction = transaction;
    }

    /** The counters of one attempt. */
    record Keys(String address, String account, String pair) {

        static Keys of(String username, String address) {
            String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
            return new Keys("address:" + address, "account:" + name, "pair:" + name + "|" + address);
        }
    }

    private sealed interface Outcome {}

    private record SignedIn(Authentication authentication) implements Outcome {}

    private record Failed(BadCredentialsException exception) implements Outcome {}

    private record Waiting(Duration remaining) implements Outcome {}

    /**
     * Runs {@code passwordCheck} unless the attempt must wait ({@link LoginThrottledException}); a wrong password is
     * counted before its exception is passed on.
     */
    Authentication attempt(String username, String address, Supplier<Authentication> passwordCheck) {
        var keys = Keys.of(username, address);
        Outcome outcome = transaction.execute(status -> {
            if (!Boolean.TRUE.equals(jdbc.sql("SELECT pg_try_advisory_xact_lock(hashtextextended(:key, 0))")
                    .param("key", keys.address())
                    .query(Boolean.class)
                    .single())) {
                return new Waiting(settings.firstWait());
            }
            var wait = waitFor(keys);
            if (!wait.isZero() && !wait.isNegative()) {
                return new Waiting(wait);
            }
            try {
                var authentication = passwordCheck.get();
                jdbc.sql("DELETE FROM login_failure WHERE key = :pair")
                        .param("pair", keys.pair())
                        .update();
                return new SignedIn(authentication);
            } catch (BadCredentialsException e) {
                failed(keys);
                return new Failed(e);
            }
        });
        if (outcome instanceof Failed failed) {
            throw failed.exception();
        }
        if (outcome instanceof Waiting waiting) {
            throw new LoginThrottledException(waiting.remaining());
        }
        return ((SignedIn) outcome).authentication();
    }

    /** How long this attempt must still wait; zero if it may go ahead. */
    private Duration waitFor(Keys keys) {
        Double seconds = jdbc.sql("""
                        SELECT extract(epoch FROM max(f.wait_until) - now())
                        FROM login_failure f
                        WHERE f.wait_until > now()
                          AND (f.key = :address
                               OR (f.key = :account AND EXISTS (
                                       SELECT 1 FROM login_failure p
                                       WHERE p.key = :pair AND p.last_failure_at > now() - make_interval(secs => :forget))))
                        """)
                .param("address", keys.address())
                .param("account", keys.account())
                .param("pair", keys.pair())
                .param("forget", (double) settings.forgetAfter().toSeconds())
                .query(Double.class)
                .optional()
                .orElse(null);
        return seconds == null ? Duration.ZERO : Duration.ofMillis((long) Math.ceil(seconds * 1000));
    }

    private void failed(Keys keys) {
        count(keys.address(), settings.addressFreeFailures());
        count(keys.account(), settings.accountFreeFailures());
        count(keys.pair(), Integer.MAX_VALUE);
        jdbc.sql("""
                        DELETE FROM login_failure
                        WHERE last_failure_at < now() - make_interval(secs => :forget)
                          AND (wait_until IS NULL OR wait_until < now())
                        """)
                .param("forget", (double) settings.forgetAfter().toSeconds())
                .update();
    }

    /** Adds a failure to one counter (starting afresh if it had been forgotten) and sets its wait. */
    private void count(String key, int free) {
        int failures = jdbc.sql("""
                        INSERT INTO login_failure AS f (key, failures, last_failure_at) VALUES (:key, 1, now())
                        ON CONFLICT (key) DO UPDATE SET
                            failures = CASE WHEN f.last_failure_at < now() - make_interval(secs => :forget) THEN 1
                                            ELSE f.failures + 1 END,
                            last_failure_at = now()
                        RETURNING failures
                        """)
                .param("key", key)
                .param("forget", (double) settings.forgetAfter().toSeconds())
                .query(Integer.class)
                .single();
        var wait = waitAfter(failures, free);
        jdbc.sql("UPDATE login_failure SET wait_until = now() + make_interval(secs => :seconds) WHERE key = :key")
                .param("key", key)
                .param("seconds", wait == null ? null : wait.toMillis() / 1000.0, java.sql.Types.DOUBLE)
                .update();
    }

    /** The wait after {@code failures} failures: none within the free ones, then doubling from the first wait. */
    Duration waitAfter(int failures, int free) {
        if (failures < free) {
            return null;
        }
        int doublings = Math.min(failures - free, 30);
        var wait = settings.firstWait().multipliedBy(1L << doublings);
        return wait.compareTo(settings.longestWait()) > 0 ? settings.longestWait() : wait;
    }
}
