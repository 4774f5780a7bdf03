package vn.neuguong.portal;

/** A client address sent a public form more often than {@link RateLimits} allows; answered 429. */
class RateLimitExceeded extends RuntimeException {

    private final long retryAfterSeconds;

    RateLimitExceeded(long retryAfterSeconds) {
        super("Too many requests from one address");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** The wait the refusal page names, in whole minutes, at least one. */
    static long minutes(long retryAfterSeconds) {
        return Math.max(1, (retryAfterSeconds + 59) / 60);
    }
}
