package co.pump.icm.aws;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Tasks that fan out and may submit more tasks, with one place to wait for all of them. Each API
 * family has its own pool, so that threads waiting for one family's rate limit never hold up the
 * other family's work. The first failure stops the group: tasks not yet started are skipped,
 * running ones are interrupted, and {@link #await()} rethrows it.
 */
final class TaskGroup {

    private final Map<ApiFamily, ExecutorService> pools;
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final Object done = new Object();
    /** The longest {@link #await()} waits for interrupted tasks to return: about one request's time. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    /** A group with one pool of {@code threads} threads per API family. */
    TaskGroup(int threads) {
        var map = new EnumMap<ApiFamily, ExecutorService>(ApiFamily.class);
        for (ApiFamily family : ApiFamily.values()) {
            int size = family == ApiFamily.IDENTITY_STORE || family == ApiFamily.SSO_ADMIN ? threads : 2;
            map.put(family, Executors.newFixedThreadPool(size, daemonThreads("icm-read-" + family.serviceName())));
        }
        this.pools = map;
    }

    /** Runs a task that calls the given family, as part of this group. */
    void submit(ApiFamily family, Runnable task) {
        pending.incrementAndGet();
        try {
            pools.get(family).execute(() -> {
                try {
                    if (failure.get() == null) {
                        task.run();
                    }
                } catch (Throwable t) {
                    fail(t);
                } finally {
                    finishOne();
                }
            });
        } catch (RuntimeException rejected) {
            finishOne();
            fail(failure.get() != null ? failure.get() : rejected);
        }
    }

    /** Stops the group as cancelled. */
    void cancel() {
        fail(new CancellationException("Cancelled."));
    }

    /** Waits until every task has finished; rethrows the first failure. */
    void await() {
        synchronized (done) {
            while (pending.get() > 0 && failure.get() == null) {
                try {
                    done.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    cancel();
                }
            }
        }
        Throwable t = failure.get();
        if (t != null) {
            awaitStopped();
        }
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) {
            throw new IllegalStateException(t);
        }
    }

    /**
     * After a failure or a cancel, waits (a bounded while) until the interrupted tasks have
     * returned, so that once {@link #await()} has thrown, no request of the group is still being
     * sent: a task between its rate limit and its request would otherwise send it afterwards.
     */
    private void awaitStopped() {
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        for (ExecutorService pool : pools.values()) {
            try {
                if (!pool.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void fail(Throwable t) {
        if (failure.compareAndSet(null, t)) {
            shutdown();
        }
        synchronized (done) {
            done.notifyAll();
        }
    }

    /** Stops every pool; running tasks are interrupted. */
    void shutdown() {
        pools.values().forEach(ExecutorService::shutdownNow);
    }

    private static ThreadFactory daemonThreads(String prefix) {
        var counter = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private void finishOne() {
        if (pending.decrementAndGet() == 0) {
            synchronized (done) {
                done.notifyAll();
            }
        }
    }
}
