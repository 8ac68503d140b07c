package co.pump.icm.apply;

import java.time.Duration;
import java.util.List;

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
}
