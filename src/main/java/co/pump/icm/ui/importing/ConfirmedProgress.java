package co.pump.icm.ui.importing;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import co.pump.icm.apply.ApplyListener;
import co.pump.icm.apply.ApplyProgress;
import co.pump.icm.apply.ItemResult;
import co.pump.icm.apply.Outcome;
import co.pump.icm.compare.Category;

/**
 * An import's progress counting only what AWS confirmed. The engine's progress counts every change
 * that ended, including those a Cancel ends as "not attempted" all at once; a bar fed with that
 * jumps ahead when the person presses Cancel. This listener counts the changes that succeeded, per
 * category, and hands both on.
 *
 * @param made     the changes AWS confirmed so far, per category
 * @param progress the engine's progress (totals, requests, throttling, time left)
 */
record ConfirmedProgress(Map<Category, Integer> made, ApplyProgress progress) {

    ConfirmedProgress {
        made = Map.copyOf(made);
    }

    /** All the changes AWS confirmed so far. */
    int madeCount() {
        return made.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** A listener that publishes {@link ConfirmedProgress} to {@code publish} (from the import's threads). */
    static ApplyListener listener(Consumer<Object> publish) {
        var counts = new ConcurrentHashMap<Category, AtomicInteger>();
        return new ApplyListener() {
            @Override
            public void onProgress(ApplyProgress progress) {
                var made = new EnumMap<Category, Integer>(Category.class);
                counts.forEach((category, n) -> made.put(category, n.get()));
                publish.accept(new ConfirmedProgress(made, progress));
            }

            @Override
            public void onItem(ItemResult result) {
                if (result.outcome() == Outcome.SUCCEEDED) {
                    counts.computeIfAbsent(result.category(), c -> new AtomicInteger()).incrementAndGet();
                }
            }
        };
    }
}
