package co.pump.icm.apply;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Runs account assignment requests within AWS's limits: at most {@code maxOutstanding} at once
 * (AWS allows 15 outstanding CreateAccountAssignment requests), and one at a time per account
 * (AWS updates one IAM role per account at a time). Accounts take turns, so one busy account
 * does not hold up the others.
 */
final class AssignmentScheduler {

    private final int maxOutstanding;
    private final Executor executor;
    private final Map<String, Queue<Job>> waiting = new HashMap<>();
    private final Queue<String> readyAccounts = new ArrayDeque<>();
    private final Set<String> busyAccounts = new HashSet<>();
    private int outstanding;
    private int peak;

    private record Job(String accountId, Runnable work, CompletableFuture<Void> done) {
    }

    AssignmentScheduler(int maxOutstanding, Executor executor) {
        this.maxOutstanding = maxOutstanding;
        this.executor = executor;
    }

    /** Queues a request for an account; the future completes when it has run. */
    CompletableFuture<Void> submit(String accountId, Runnable work) {
        var job = new Job(accountId, work, new CompletableFuture<>());
        synchronized (this) {
            Queue<Job> queue = waiting.computeIfAbsent(accountId, k -> new ArrayDeque<>());
            queue.add(job);
            if (queue.size() == 1 && !busyAccounts.contains(accountId)) {
                readyAccounts.add(accountId);
            }
        }
        dispatch();
        return job.done;
    }

    /** The most requests that were outstanding at once. */
    synchronized int peak() {
        return peak;
    }

    private void dispatch() {
        while (true) {
            Job job;
            synchronized (this) {
                if (outstanding >= maxOutstanding || readyAccounts.isEmpty()) {
                    return;
                }
                String account = readyAccounts.poll();
                job = waiting.get(account).poll();
                busyAccounts.add(account);
                outstanding++;
                peak = Math.max(peak, outstanding);
            }
            Job running = job;
            try {
                executor.execute(() -> run(running));
            } catch (RuntimeException rejected) {
                finished(running);
                running.done.completeExceptionally(rejected);
            }
        }
    }

    private void run(Job job) {
        try {
            job.work.run();
            finished(job);
            job.done.complete(null);
        } catch (Throwable t) {
            finished(job);
            job.done.completeExceptionally(t);
        }
        dispatch();
    }

    private synchronized void finished(Job job) {
        outstanding--;
        busyAccounts.remove(job.accountId);
        if (!waiting.get(job.accountId).isEmpty()) {
            readyAccounts.add(job.accountId);
        }
    }
}
