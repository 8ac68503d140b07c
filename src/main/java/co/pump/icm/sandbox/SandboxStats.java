package co.pump.icm.sandbox;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Counters of what the sandbox did, for tests and benchmarks. Thread-safe.
 *
 * <p>{@link #internalFailures()} holds every unexpected exception the sandbox itself threw while
 * handling a request (answered as a 500 InternalFailure): a sandbox bug, never an AWS outage.
 * Each is also reported as a SEVERE record of the {@value #FAILURE_LOGGER} logger, so that
 * whoever runs a sandbox (the {@code icm sandbox} command, the wizard's demo, the test suite) hears
 * of it even when nobody looks at these counters.
 */
public final class SandboxStats {

    /** The java.util.logging logger that reports the sandbox's internal failures. */
    public static final String FAILURE_LOGGER = "co.pump.icm.sandbox";

    /** How a report of an internal failure starts. */
    public static final String FAILURE_REPORT = "Sandbox bug (not an AWS error)";

    private static final Logger LOG = Logger.getLogger(FAILURE_LOGGER);

    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong throttled = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong reset = new AtomicLong();
    private final AtomicLong lostReplies = new AtomicLong();
    private final AtomicLong lateFailures = new AtomicLong();
    private final List<Throwable> internalFailures = new CopyOnWriteArrayList<>();

    /** All requests received, including refused ones. */
    public long requests() {
        return requests.get();
    }

    /** Requests answered with a throttling error by the injected throttle. */
    public long throttled() {
        return throttled.get();
    }

    /** Requests answered with an injected server error instead of being carried out. */
    public long failed() {
        return failed.get();
    }

    /** Connections closed without a response, before the request was carried out. */
    public long reset() {
        return reset.get();
    }

    /** Requests carried out whose connection was then closed without a response. */
    public long lostReplies() {
        return lostReplies.get();
    }

    /** Requests carried out and then answered with an injected server error. */
    public long lateFailures() {
        return lateFailures.get();
    }

    /** Unexpected exceptions from the sandbox itself, oldest first. Empty when all is well. */
    public List<Throwable> internalFailures() {
        return List.copyOf(internalFailures);
    }

    void countRequest() {
        requests.incrementAndGet();
    }

    void countThrottled() {
        throttled.incrementAndGet();
    }

    void countFailed() {
        failed.incrementAndGet();
    }

    void countReset() {
        reset.incrementAndGet();
    }

    void countLostReply() {
        lostReplies.incrementAndGet();
    }

    void countLateFailure() {
        lateFailures.incrementAndGet();
    }

    /**
     * Records and reports a sandbox bug.
     *
     * @param during what the sandbox was doing, e.g. {@code identitystore CreateUser}
     */
    void recordInternalFailure(Throwable failure, String during) {
        internalFailures.add(failure);
        LOG.log(Level.SEVERE, FAILURE_REPORT + " during " + during + ": " + failure, failure);
    }

    @Override
    public String toString() {
        return "requests=" + requests + " throttled=" + throttled + " failed=" + failed + " reset=" + reset
                + " lostReplies=" + lostReplies + " lateFailures=" + lateFailures
                + " internalFailures=" + internalFailures.size();
    }
}
