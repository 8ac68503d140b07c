package co.pump.icm.sandbox;

import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.function.LongSupplier;

/**
 * Decides which injected fault, if any, a request gets: a dropped connection, throttling (by the
 * {@link Throttle}, shaped as AWS's quotas), or a random internal error. Random draws come from one source seeded
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
    private final Throttle throttle;

    FaultInjector(FaultOptions options, long seed, LongSupplier nanoClock) {
        this.options = options;
        this.random = new Random(seed);
        this.throttle = new Throttle(options.tps(), nanoClock);
    }

    /** The latency to add before handling each request. */
    Duration latency() {
        return options.latency();
    }

    /** Draws the fault for one request of the given API family, throttled by the family's bucket. */
    Fault draw(String family) {
        return draw(family, null);
    }

    /** Draws the fault for one request of the given API family and operation. */
    Fault draw(String family, String operation) {
        if (options.resetRate() > 0 && chance(options.resetRate())) {
            return Fault.RESET;
        }
        if (!throttle.allows(family, operation)) {
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
