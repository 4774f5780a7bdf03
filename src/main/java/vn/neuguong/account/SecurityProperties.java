package vn.neuguong.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in and access-token protection.
 *
 * @param tokenMaxLifetime the longest an access token may live: its {@code expiresOn} is at most this far ahead
 */
@ConfigurationProperties("neuguong.security")
public record SecurityProperties(
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("15m") Duration lockout,
        @DefaultValue("365d") Duration tokenMaxLifetime) {}
