package co.pump.icm.sandbox;

import java.time.Duration;

/**
 * Faults the sandbox injects into requests from a valid caller, all off by default. They are
 * drawn from a random source seeded with the sandbox's seed, so a single-threaded run sees the
 * same faults every time.
 *
 * <p>Two kinds strike <em>before</em> the request is carried out (a throttling error, a server
 * error, a dropped connection) and two <em>after</em> it: the work is done, and then the answer is
 * lost (the connection closes without a response) or replaced by a server error. The second kind
 * is what a client meets when AWS did the work but the answer did not arrive: a retry then meets
 * its own earlier write. See {@code docs/aws-behaviour.md}, "Injected faults".
 *
 * @param tps           requests per second allowed, with a burst of one second's worth, as AWS
 *                      limits them: to each Identity Store operation on its own, to all sso-admin
 *                      operations together, and per API family for organizations, sts, sso-oidc
 *                      and sso-portal (see {@link Throttle}); 0 means no throttling
 * @param failRate      fraction of requests answered with the service's server error (HTTP 500)
 *                      instead of being carried out, 0 to 1
 * @param resetRate     fraction of requests whose connection is closed without any response
 *                      before they are carried out, 0 to 1
 * @param latency       time added before each request is handled
 * @param lostReplyRate fraction of successful requests that are carried out and whose connection
 *                      is then closed without a response, 0 to 1
 * @param lateFailRate  fraction of successful requests that are carried out and then answered with
 *                      the service's server error, as if they had failed, 0 to 1
 */
public record FaultOptions(double tps, double failRate, double resetRate, Duration latency,
                           double lostReplyRate, double lateFailRate) {

    public FaultOptions {
        if (!(tps >= 0) || Double.isInfinite(tps)) {
            throw new IllegalArgumentException("The throttle rate must be a positive number of requests per second, or 0 for none; got " + tps);
        }
        requireRate("fail rate", failRate);
        requireRate("reset rate", resetRate);
        requireRate("lost reply rate", lostReplyRate);
        requireRate("late fail rate", lateFailRate);
        if (lostReplyRate + lateFailRate > 1) {
            throw new IllegalArgumentException("The lost reply rate and the late fail rate together cannot exceed 1; got "
                    + lostReplyRate + " and " + lateFailRate);
        }
        latency = latency == null ? Duration.ZERO : latency;
        if (latency.isNegative()) {
            throw new IllegalArgumentException("The added latency cannot be negative; got " + latency);
        }
    }

    /** The faults that strike before a request is carried out; none after. */
    public FaultOptions(double tps, double failRate, double resetRate, Duration latency) {
        this(tps, failRate, resetRate, latency, 0, 0);
    }

    /** No faults at all. */
    public static FaultOptions none() {
        return new FaultOptions(0, 0, 0, Duration.ZERO, 0, 0);
    }

    public FaultOptions withTps(double value) {
        return new FaultOptions(value, failRate, resetRate, latency, lostReplyRate, lateFailRate);
    }

    public FaultOptions withFailRate(double value) {
        return new FaultOptions(tps, value, resetRate, latency, lostReplyRate, lateFailRate);
    }

    public FaultOptions withResetRate(double value) {
        return new FaultOptions(tps, failRate, value, latency, lostReplyRate, lateFailRate);
    }

    public FaultOptions withLatency(Duration value) {
        return new FaultOptions(tps, failRate, resetRate, value, lostReplyRate, lateFailRate);
    }

    public FaultOptions withLostReplyRate(double value) {
        return new FaultOptions(tps, failRate, resetRate, latency, value, lateFailRate);
    }

    public FaultOptions withLateFailRate(double value) {
        return new FaultOptions(tps, failRate, resetRate, latency, lostReplyRate, value);
    }

    private static void requireRate(String what, double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("The " + what + " must be between 0 and 1; got " + rate);
        }
    }
}
