package co.pump.icm.aws;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts what a run asked of AWS, per operation: requests sent (every attempt), throttling
 * answers, retries after other transient errors. Thread-safe.
 */
public final class CallStats {

    /** The counts of one operation. */
    public record Counts(long calls, long throttled, long retried) {
        Counts plus(Counts o) {
            return new Counts(calls + o.calls, throttled + o.throttled, retried + o.retried);
        }
    }

    private final Map<String, LongAdder[]> byOperation = new ConcurrentHashMap<>();

    void recordCall(String operation) {
        counters(operation)[0].increment();
    }

    void recordThrottle(String operation) {
        counters(operation)[1].increment();
    }

    void recordRetry(String operation) {
        counters(operation)[2].increment();
    }

    /** The counts so far, by operation name, sorted by name. */
    public Map<String, Counts> byOperation() {
        var result = new TreeMap<String, Counts>();
        byOperation.forEach((op, c) -> result.put(op, new Counts(c[0].sum(), c[1].sum(), c[2].sum())));
        return result;
    }

    /** The counts of all operations together. */
    public Counts total() {
        return byOperation().values().stream().reduce(new Counts(0, 0, 0), Counts::plus);
    }

    private LongAdder[] counters(String operation) {
        return byOperation.computeIfAbsent(operation, k -> new LongAdder[] {new LongAdder(), new LongAdder(), new LongAdder()});
    }
}
