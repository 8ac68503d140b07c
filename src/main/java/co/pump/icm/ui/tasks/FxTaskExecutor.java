package co.pump.icm.ui.tasks;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Platform;

/**
 * The {@link TaskExecutor} of the app: each {@link BackgroundTask} becomes a
 * {@code javafx.concurrent.Task} on a small pool of daemon threads named {@code icm-background-N};
 * the task's callbacks run on the FX thread. This class is the one place in the wizard that hands
 * work to the FX thread.
 */
public final class FxTaskExecutor implements TaskExecutor {

    private static final Logger LOG = Logger.getLogger(FxTaskExecutor.class.getName());

    private final ExecutorService pool = Executors.newCachedThreadPool(new NamedDaemonThreads());
    private final Set<FxTask<?>> live = ConcurrentHashMap.newKeySet();

    @Override
    public <V> TaskHandle<V> execute(BackgroundTask<V> task) {
        var fxTask = new FxTask<>(task, this::publishOnFxThread);
        fxTask.setOnSucceeded(event -> end(fxTask, () -> task.succeeded(fxTask.getValue())));
        fxTask.setOnCancelled(event -> end(fxTask, task::cancelled));
        fxTask.setOnFailed(event -> end(fxTask, () -> fail(task, fxTask.getException())));
        live.add(fxTask);
        LOG.fine(() -> "Started: " + task.title());
        pool.execute(fxTask);
        return fxTask;
    }

    @Override
    public void shutdown() {
        live.forEach(FxTask::cancel);
        pool.shutdownNow();
        try {
            if (!pool.awaitTermination(2, TimeUnit.SECONDS)) {
                LOG.warning("Background work did not stop within 2 seconds of exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void end(FxTask<?> fxTask, Runnable outcome) {
        live.remove(fxTask);
        try {
            outcome.run();
        } finally {
            fxTask.task().finished();
        }
    }

    private static void fail(BackgroundTask<?> task, Throwable error) {
        // The stack trace goes to the log file for support; the screen gets a sentence from the handler.
        LOG.log(Level.WARNING, "Failed: " + task.title(), error);
        if (!task.failed(error)) {
            LOG.warning(() -> "Nobody handled the failure of: " + task.title());
        }
    }

    private void publishOnFxThread(Runnable delivery) {
        Platform.runLater(delivery);
    }

    /** Daemon threads, so that a stuck call to AWS never keeps the app from exiting. */
    private static final class NamedDaemonThreads implements ThreadFactory {
        private final ThreadFactory defaults = Executors.defaultThreadFactory();
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable runnable) {
            Thread thread = defaults.newThread(runnable);
            thread.setName("icm-background-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
