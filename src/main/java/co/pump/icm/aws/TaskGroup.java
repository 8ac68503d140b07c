package co.pump.icm.aws;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Tasks that fan out on a shared pool and may submit more tasks, with one place to wait for all
 * of them. The first failure stops the group: tasks not yet started are skipped, running ones are
 * interrupted, and {@link #await()} rethrows it.
 */
final class TaskGroup {

    private final ExecutorService pool;
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final Object done = new Object();

    TaskGroup(ExecutorService pool) {
        this.pool = pool;
    }

    /** Runs a task on the pool as part of this group. */
    void submit(Runnable task) {
        pending.incrementAndGet();
        try {
            pool.execute(() -> {
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

    private void fail(Throwable t) {
        if (failure.compareAndSet(null, t)) {
            pool.shutdownNow();
        }
        synchronized (done) {
            done.notifyAll();
        }
    }

    private void finishOne() {
        if (pending.decrementAndGet() == 0) {
            synchronized (done) {
                done.notifyAll();
            }
        }
    }
}
