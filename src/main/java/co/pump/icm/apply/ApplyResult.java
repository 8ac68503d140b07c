package co.pump.icm.apply;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.pump.icm.aws.CallStats;

/**
 * What an import did.
 *
 * @param items     the end of every change that writes, in completion order
 * @param cancelled true when the run was cancelled before everything was tried
 * @param stats     the AWS requests sent, per operation
 * @param elapsed   wall time
 */
public record ApplyResult(List<ItemResult> items, boolean cancelled, CallStats stats, Duration elapsed) {

    public ApplyResult {
        items = List.copyOf(items);
    }

    public long count(Outcome outcome) {
        return items.stream().filter(i -> i.outcome() == outcome).count();
    }

    /** The changes that failed or were not attempted, with their reasons. */
    public List<ItemResult> failures() {
        return items.stream().filter(i -> i.outcome() != Outcome.SUCCEEDED).toList();
    }

    public boolean succeeded() {
        return !cancelled && failures().isEmpty();
    }

    /** The counts a journal's closing line records: outcomes, cancelled, AWS requests, time. */
    public Map<String, Object> summary() {
        var end = new LinkedHashMap<String, Object>();
        end.put("succeeded", count(Outcome.SUCCEEDED));
        end.put("failed", count(Outcome.FAILED));
        end.put("notAttempted", count(Outcome.NOT_ATTEMPTED));
        end.put("cancelled", cancelled);
        end.put("calls", stats.total().calls());
        end.put("elapsedMillis", elapsed.toMillis());
        return end;
    }
}
