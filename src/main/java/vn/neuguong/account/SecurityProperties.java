package vn.neuguong.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in protection.
 *
 * @param maxFailedLogins wrong passwords in a row that lock an account
 * @param lockout how long a locked account stays locked
 */
@ConfigurationProperties("neuguong.security")
public record SecurityProperties(
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("15m") Duration lockout) {}
