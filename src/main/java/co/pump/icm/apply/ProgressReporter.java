package co.pump.icm.apply;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import co.pump.icm.compare.Category;

/**
 * Reports an import's progress every quarter second, with the request rate over the last five
 * seconds and the time left estimated from the pace so far, and once more at the end.
 */
final class ProgressReporter implements AutoCloseable {

    private static final long WINDOW_NANOS = 5_000_000_000L;

    private final Function<Boolean, ApplyProgress> snapshot;
    private final ApplyListener listener;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(Threads.daemon("icm-progress"));
    private final long start = System.nanoTime();
    private final Deque<long[]> samples = new ArrayDeque<>();

    ProgressReporter(Function<Boolean, ApplyProgress> snapshot, ApplyListener listener) {
        this.snapshot = snapshot;
        this.listener = listener;
        timer.scheduleAtFixedRate(() -> report(false), 250, 250, TimeUnit.MILLISECONDS);
    }

    static ApplyProgress progress(Map<Category, Integer> done, Map<Category, Integer> total, int failed, long calls,
                                  long throttled, boolean finished) {
        return new ApplyProgress(Map.copyOf(done), Map.copyOf(total), failed, calls, throttled, 0, -1, finished);
    }

    private synchronized void report(boolean finished) {
        ApplyProgress p = snapshot.apply(finished);
        long now = System.nanoTime();
        samples.addLast(new long[] {now, p.calls()});
        while (samples.size() > 2 && now - samples.peekFirst()[0] > WINDOW_NANOS) {
            samples.removeFirst();
        }
        long[] first = samples.peekFirst();
        double seconds = (now - first[0]) / 1e9;
        double rate = seconds > 0 ? (p.calls() - first[1]) / seconds : 0;
        long left = -1;
        int doneCount = p.doneCount();
        if (doneCount > 0 && !finished) {
            double elapsed = (now - start) / 1e9;
            left = Math.round(elapsed / doneCount * (p.totalCount() - doneCount));
        } else if (finished) {
            left = 0;
        }
        listener.onProgress(new ApplyProgress(p.done(), p.total(), p.failed(), p.calls(), p.throttled(), rate, left,
                finished));
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        report(true);
    }
}
