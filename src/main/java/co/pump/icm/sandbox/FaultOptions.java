package co.pump.icm.sandbox;

import java.time.Duration;

/**
 * Faults the sandbox injects into requests from a valid caller, all off by default. They are
 * drawn from a random source seeded with the sandbox's seed, so a single-threaded run sees the
 * same faults every time.
 *
 * @param tps       requests per second allowed, with a burst of one second's worth, as AWS
 *                  limits them: to each Identity Store operation on its own, to all sso-admin
 *                  operations together, and per API family for organizations, sts, sso-oidc and
 *                  sso-portal (see {@link Throttle}); 0 means no throttling
 * @param failRate  fraction of requests answered with a 500 InternalServerException, 0 to 1
 * @param resetRate fraction of requests whose connection is closed without any response, 0 to 1
 * @param latency   time added before each request is handled
 */
public record FaultOptions(double tps, double failRate, double resetRate, Duration latency) {

    public FaultOptions {
        if (!(tps >= 0) || Double.isInfinite(tps)) {
            throw new IllegalArgumentException("The throttle rate must be a positive number of requests per second, or 0 for none; got " + tps);
        }
        requireRate("fail rate", failRate);
        requireRate("reset rate", resetRate);
        latency = latency == null ? Duration.ZERO : latency;
        if (latency.isNegative()) {
            throw new IllegalArgumentException("The added latency cannot be negative; got " + latency);
        }
    }

    /** No faults at all. */
    public static FaultOptions none() {
        return new FaultOptions(0, 0, 0, Duration.ZERO);
    }

    public FaultOptions withTps(double value) {
        return new FaultOptions(value, failRate, resetRate, latency);
    }

    public FaultOptions withFailRate(double value) {
        return new FaultOptions(tps, value, resetRate, latency);
    }

    public FaultOptions withResetRate(double value) {
        return new FaultOptions(tps, failRate, value, latency);
    }

    public FaultOptions withLatency(Duration value) {
        return new FaultOptions(tps, failRate, resetRate, value);
    }

    private static void requireRate(String what, double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("The " + what + " must be between 0 and 1; got " + rate);
        }
    }
}
