package vn.neuguong.account;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A sign-in refused before its password was checked: the address or the account must wait a while longer. */
final class LoginThrottledException extends AuthenticationException {

    private final long retryAfterSeconds;

    LoginThrottledException(Duration wait) {
        super("Too many failed sign-ins; try again later");
        this.retryAfterSeconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
