package co.pump.icm.sandbox;

import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Decides which injected fault, if any, a request gets: a dropped connection, throttling by the
 * API family's token bucket, or a random internal error. Random draws come from one source seeded
 * with the sandbox's seed.
 */
final class FaultInjector {

    /** What happens to a request. */
    enum Fault { NONE, RESET, THROTTLE, FAIL }

    /** The message AWS gives with throttling errors. */
    static final String RATE_EXCEEDED = "Rate exceeded";

    /** Families whose throttling error is not called ThrottlingException. */
    private static final Map<String, String> THROTTLING_CODES = Map.of(
            "organizations", "TooManyRequestsException",
            "sso-portal", "TooManyRequestsException",
            "sts", "Throttling");

    private final FaultOptions options;
    private final Random random;
    private final LongSupplier nanoClock;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    FaultInjector(FaultOptions options, long seed, LongSupplier nanoClock) {
        this.options = options;
        this.random = new Random(seed);
        this.nanoClock = nanoClock;
    }

    /** The latency to add before handling each request. */
    Duration latency() {
        return options.latency();
    }

    /** Draws the fault for one request of the given API family. */
    Fault draw(String family) {
        if (options.resetRate() > 0 && chance(options.resetRate())) {
            return Fault.RESET;
        }
        if (options.tps() > 0 && !buckets.computeIfAbsent(family, f -> new TokenBucket(options.tps(), nanoClock)).tryTake()) {
            return Fault.THROTTLE;
        }
        if (options.failRate() > 0 && chance(options.failRate())) {
            return Fault.FAIL;
        }
        return Fault.NONE;
    }

    /** The throttling error of an API family, as AWS names it there. */
    static AwsError throttling(String family) {
        return new AwsError(400, THROTTLING_CODES.getOrDefault(family, "ThrottlingException"), RATE_EXCEEDED);
    }

    /** The injected internal error. */
    static AwsError internalError() {
        return AwsError.internal("An internal error occurred. Please try again.");
    }

    private boolean chance(double rate) {
        synchronized (random) {
            return random.nextDouble() < rate;
        }
    }
}
