package vn.neuguong.portal;

import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * How often one client address may send the public forms (Bucket4j, in memory on each node): five comments or
 * opinions, and twenty abuse reports, per ten minutes. Each address has a bucket of its own and a full bucket never
 * waits, so a flood from one address is refused at once and slows nobody else. The address is the request's remote
 * address, which behind a proxy ({@code neuguong.security.behind-proxy}) is the client's as the proxy forwarded it.
 */
@Component
class RateLimits {

    static final Duration WINDOW = Duration.ofMinutes(10);
    private static final int MOST_ADDRESSES = 100_000;

    enum Action {
        POST(5),
        REPORT(20);

        private final int perWindow;

        Action(int perWindow) {
            this.perWindow = perWindow;
        }
    }

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** Takes one send of {@code action} from {@code address}, or throws {@link RateLimitExceeded}. */
    void take(Action action, String address) {
        if (buckets.size() > MOST_ADDRESSES) {
            forgetIdle();
        }
        var bucket = buckets.computeIfAbsent(
                action + " " + address,
                k -> Bucket.builder()
                        .addLimit(limit -> limit.capacity(action.perWindow).refillGreedy(action.perWindow, WINDOW))
                        .build());
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new RateLimitExceeded(Math.max(
                    1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds()));
        }
    }

    /**
     * The seconds until {@code address} may send {@code action} again, when it has nothing left to send now; empty
     * while it may send. Takes nothing: the early refusal ({@link RateLimitFilter}) asks before any work is done.
     */
    java.util.OptionalLong exhausted(Action action, String address) {
        var bucket = buckets.get(action + " " + address);
        if (bucket == null) {
            return java.util.OptionalLong.empty();
        }
        var estimate = bucket.estimateAbilityToConsume(1);
        return estimate.canBeConsumed()
                ? java.util.OptionalLong.empty()
                : java.util.OptionalLong.of(Math.max(
                        1, Duration.ofNanos(estimate.getNanosToWaitForRefill()).toSeconds()));
    }

    /** Drops the buckets that have filled up again: their addresses are as if never seen. */
    private void forgetIdle() {
        buckets.entrySet().removeIf(entry -> {
            var action =
                    Action.valueOf(entry.getKey().substring(0, entry.getKey().indexOf(' ')));
            return entry.getValue().getAvailableTokens() >= action.perWindow;
        });
    }
}
