package co.pump.icm.aws;

/**
 * Spaces requests to one API family so that a run stays at the rate AWS allows, and finds that
 * rate when it differs from the configured one.
 *
 * <p>Requests are spaced evenly at the current rate, with a burst of at most {@link #BURST}
 * requests after an idle moment. When AWS answers with a throttling error the rate drops by
 * {@link #DECREASE}, at most once a second (many requests in flight see the same throttling
 * moment), and the rate at which it happened is remembered as the ceiling AWS showed. A second
 * later the rate recovers quickly to just under that ceiling ({@link #RECOVERY} per half second up
 * to {@link #SAFE_FRACTION} of it); only after {@link #CALM_NANOS} without throttling does it probe
 * above it, slowly ({@link #INCREASE} per second), up to the configured ceiling. So the rate spends
 * its time just under AWS's real limit, whether that is the documented 20 requests per second or
 * not, instead of sawing between the limit and well below it.
 *
 * <p>Thread-safe. Waiting happens outside the lock.
 */
public final class AdaptiveRateLimiter {

    static final double BURST = 2;
    static final double DECREASE = 0.9;
    static final double RECOVERY = 1.05;
    static final double SAFE_FRACTION = 0.97;
    static final double INCREASE = 1.02;
    static final long CALM_NANOS = 5_000_000_000L;
    private static final long SECOND = 1_000_000_000L;

    private final Ticker ticker;
    private final double floor;
    private final double ceiling;
    private double rate;
    /** The rate at which AWS last throttled, or infinity before it ever did. */
    private double throttledAt = Double.POSITIVE_INFINITY;
    private long nextFree;
    private long lastThrottle;
    private long lastDecrease;
    private long lastIncrease;
    private long throttles;

    /**
     * @param initialRate requests per second to start at
     * @param ceiling     the highest rate probing may reach
     */
    public AdaptiveRateLimiter(double initialRate, double ceiling, Ticker ticker) {
        if (initialRate <= 0 || ceiling < initialRate) {
            throw new IllegalArgumentException("rate must be positive and at most the ceiling");
        }
        this.ticker = ticker;
        this.rate = initialRate;
        this.ceiling = ceiling;
        this.floor = Math.min(1, initialRate);
        long now = ticker.nanos();
        this.nextFree = now;
        this.lastThrottle = now - CALM_NANOS;
        this.lastDecrease = now - SECOND;
        this.lastIncrease = now;
    }

    /** Waits until a request may be sent. */
    public void acquire() throws InterruptedException {
        ticker.sleep(reserve());
    }

    /** Reserves the next slot and returns how long to wait for it, in nanoseconds. */
    synchronized long reserve() {
        long now = ticker.nanos();
        long interval = (long) (SECOND / rate);
        long earliest = now - (long) ((BURST - 1) * interval);
        if (nextFree < earliest) {
            nextFree = earliest;
        }
        long slot = nextFree;
        nextFree += interval;
        return Math.max(0, slot - now);
    }

    /** AWS answered a request of this family with a throttling error. */
    public synchronized void onThrottle() {
        long now = ticker.nanos();
        throttles++;
        // Requests in flight together all see the same throttling moment: slow down once for it.
        if (now - lastDecrease >= SECOND) {
            throttledAt = rate;
            rate = Math.max(floor, rate * DECREASE);
            lastDecrease = now;
        }
        lastThrottle = now;
    }

    /** A request of this family succeeded. */
    public synchronized void onSuccess() {
        long now = ticker.nanos();
        long calm = now - lastThrottle;
        double safe = throttledAt * SAFE_FRACTION;
        boolean throttledBefore = throttledAt != Double.POSITIVE_INFINITY;
        if (throttledBefore && calm >= SECOND && rate < safe && now - lastIncrease >= SECOND / 2) {
            rate = Math.min(safe, rate * RECOVERY);
            lastIncrease = now;
        } else if (calm >= CALM_NANOS && (rate >= safe || !throttledBefore) && rate < ceiling
                && now - lastIncrease >= SECOND) {
            rate = Math.min(ceiling, rate * INCREASE);
            lastIncrease = now;
        }
    }

    /** The current rate in requests per second. */
    public synchronized double rate() {
        return rate;
    }

    /** How many throttling answers this limiter has seen. */
    public synchronized long throttles() {
        return throttles;
    }
}
