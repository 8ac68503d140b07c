package co.pump.icm.sandbox;

import java.util.function.LongSupplier;

/**
 * A token bucket: {@code rate} tokens per second, holding at most one second's worth (and at
 * least one token, so that rates below 1 still let requests through now and then).
 */
final class TokenBucket {
    private final double rate;
    private final double capacity;
    private final LongSupplier nanoClock;
    private double tokens;
    private long last;

    TokenBucket(double rate, LongSupplier nanoClock) {
        this.rate = rate;
        this.capacity = Math.max(1, rate);
        this.nanoClock = nanoClock;
        this.tokens = capacity;
        this.last = nanoClock.getAsLong();
    }

    /** Takes a token if one is available. */
    synchronized boolean tryTake() {
        long now = nanoClock.getAsLong();
        tokens = Math.min(capacity, tokens + (now - last) / 1e9 * rate);
        last = now;
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }
}
