package co.pump.icm.sandbox;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counters of what the sandbox did, for tests and benchmarks. Thread-safe.
 *
 * <p>{@link #internalFailures()} holds every unexpected exception a service threw (answered as a
 * 500 InternalFailure): a sandbox bug, which tests assert never happens.
 */
public final class SandboxStats {
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong throttled = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong reset = new AtomicLong();
    private final List<Throwable> internalFailures = new CopyOnWriteArrayList<>();

    /** All requests received, including refused ones. */
    public long requests() {
        return requests.get();
    }

    /** Requests answered with a throttling error by the injected throttle. */
    public long throttled() {
        return throttled.get();
    }

    /** Requests answered with an injected 500 InternalServerException. */
    public long failed() {
        return failed.get();
    }

    /** Connections closed without a response by the injected reset. */
    public long reset() {
        return reset.get();
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

    void recordInternalFailure(Throwable failure) {
        internalFailures.add(failure);
    }

    @Override
    public String toString() {
        return "requests=" + requests + " throttled=" + throttled + " failed=" + failed + " reset=" + reset
                + " internalFailures=" + internalFailures.size();
    }
}
