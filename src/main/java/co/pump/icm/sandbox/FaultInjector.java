package co.pump.icm.sandbox;

import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.function.LongSupplier;

/**
 * Decides which injected fault, if any, a request gets: before it is carried out, a dropped
 * connection, throttling (by the {@link Throttle}, shaped as AWS's quotas), or a random server
 * error; after it was carried out, a lost answer or a server error in place of the answer. Random
 * draws come from one source seeded with the sandbox's seed. Each fault uses the error code the
 * service itself uses (see {@code docs/aws-behaviour.md}, "Injected faults").
 */
final class FaultInjector {

    /** What happens to a request before it is carried out. */
    enum Fault { NONE, RESET, THROTTLE, FAIL }

    /** What happens to the answer of a request that was carried out. */
    enum AfterWork { ANSWER, LOSE_REPLY, FAIL_LATE }

    /** The message AWS gives with throttling errors. */
    static final String RATE_EXCEEDED = "Rate exceeded";

    /** Families whose throttling error is not called ThrottlingException. */
    private static final Map<String, String> THROTTLING_CODES = Map.of(
            "organizations", "TooManyRequestsException",
            "sso-portal", "TooManyRequestsException",
            "sts", "Throttling");

    /**
     * Each family's server error, as its service model names it. The STS and portal models have
     * none: they get AWS's common {@code InternalFailure}.
     */
    private static final Map<String, String> SERVER_ERROR_CODES = Map.of(
            "identitystore", "InternalServerException",
            "sso-admin", "InternalServerException",
            "sso-oidc", "InternalServerException",
            "organizations", "ServiceException",
            "sts", "InternalFailure",
            "sso-portal", "InternalFailure");

    /** Organizations' own wording of its ServiceException (Organizations API reference). */
    private static final String ORGANIZATIONS_SERVICE_ERROR = "AWS Organizations can't complete your request because"
            + " of an internal service error. Try again later.";

    private volatile FaultOptions options;
    private final Random random;
    private final LongSupplier nanoClock;
    private volatile Throttle throttle;

    FaultInjector(FaultOptions options, long seed, LongSupplier nanoClock) {
        this.options = options;
        this.random = new Random(seed);
        this.nanoClock = nanoClock;
        this.throttle = new Throttle(options.tps(), nanoClock);
    }

    /** Injects these faults from now on; the throttle starts afresh only when its rate changes. */
    synchronized void change(FaultOptions faults) {
        if (faults.tps() != options.tps()) {
            throttle = new Throttle(faults.tps(), nanoClock);
        }
        this.options = faults;
    }

    /** The faults injected now. */
    FaultOptions options() {
        return options;
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
        FaultOptions now = options;
        if (now.resetRate() > 0 && chance(now.resetRate())) {
            return Fault.RESET;
        }
        if (!throttle.allows(family, operation)) {
            return Fault.THROTTLE;
        }
        if (now.failRate() > 0 && chance(now.failRate())) {
            return Fault.FAIL;
        }
        return Fault.NONE;
    }

    /** Draws what becomes of the answer of a request that was carried out successfully. */
    AfterWork drawAfterWork() {
        FaultOptions now = options;
        if (now.lostReplyRate() == 0 && now.lateFailRate() == 0) {
            return AfterWork.ANSWER;
        }
        double draw;
        synchronized (random) {
            draw = random.nextDouble();
        }
        if (draw < now.lostReplyRate()) {
            return AfterWork.LOSE_REPLY;
        }
        return draw < now.lostReplyRate() + now.lateFailRate() ? AfterWork.FAIL_LATE : AfterWork.ANSWER;
    }

    /** The throttling error of an API family, as AWS names it there. */
    static AwsError throttling(String family) {
        return new AwsError(400, THROTTLING_CODES.getOrDefault(family, "ThrottlingException"), RATE_EXCEEDED);
    }

    /** The injected server error of an API family (HTTP 500), with the code its service uses. */
    static AwsError serverError(String family) {
        String code = SERVER_ERROR_CODES.getOrDefault(family, "InternalFailure");
        String message = "organizations".equals(family) ? ORGANIZATIONS_SERVICE_ERROR
                : "An internal error occurred. Please try again.";
        return new AwsError(500, code, message);
    }

    private boolean chance(double rate) {
        synchronized (random) {
            return random.nextDouble() < rate;
        }
    }
}
