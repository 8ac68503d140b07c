package co.pump.icm.apply;

import java.util.Map;

import co.pump.icm.compare.Category;

/**
 * Where an import stands.
 *
 * @param done        changes finished per category (succeeded, failed or not attempted)
 * @param total       changes to make per category
 * @param failed      changes that failed or could not be attempted so far
 * @param calls       AWS requests sent so far (reads included: status polls, lookups)
 * @param throttled   throttling answers so far, handled by slowing down
 * @param ratePerSecond requests per second over the last few seconds
 * @param secondsLeft estimated seconds to go, or -1 when not known yet
 * @param finished    true on the last event
 */
public record ApplyProgress(Map<Category, Integer> done, Map<Category, Integer> total, int failed, long calls,
                            long throttled, double ratePerSecond, long secondsLeft, boolean finished) {

    public int doneCount() {
        return done.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int totalCount() {
        return total.values().stream().mapToInt(Integer::intValue).sum();
    }
}
