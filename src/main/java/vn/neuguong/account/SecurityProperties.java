package vn.neuguong.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in, session and access-token protection.
 *
 * @param tokenMaxLifetime the longest an access token may live: its {@code expiresOn} is at most this far ahead
 * @param loginThrottle how failed sign-ins slow down further attempts
 */
@ConfigurationProperties("neuguong.security")
public record SecurityProperties(
        @DefaultValue("365d") Duration tokenMaxLifetime,
        @DefaultValue LoginThrottle loginThrottle) {

    /**
     * Failed sign-ins are counted per address and per account; past the free ones, each further attempt must wait,
     * and the wait doubles with every further failure.
     *
     * @param addressFreeFailures failures from one address (whatever the usernames) answered without a wait
     * @param accountFreeFailures failures for one account (from any address) answered without a wait; past them the
     *     account's wait holds up only the addresses that have themselves failed for it
     * @param firstWait the wait after the last free failure
     * @param longestWait the longest wait, however many failures follow
     * @param forgetAfter failures are forgotten after this long without a new one
     */
    public record LoginThrottle(
            @DefaultValue("10") int addressFreeFailures,
            @DefaultValue("5") int accountFreeFailures,
            @DefaultValue("1s") Duration firstWait,
            @DefaultValue("15m") Duration longestWait,
            @DefaultValue("1h") Duration forgetAfter) {}
}
