package co.pump.icm.ui.tasks;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import javafx.concurrent.Task;

/**
 * Adapts a {@link BackgroundTask} to {@code javafx.concurrent.Task}, and is the
 * {@link TaskProgress} its work reports to. Progress and messages use the Task's own coalescing;
 * published updates are coalesced here (latest wins) and delivered on the FX thread.
 */
final class FxTask<V> extends Task<V> implements TaskHandle<V>, TaskProgress {

    private static final Object NOTHING = new Object();

    private final BackgroundTask<V> task;
    private final Consumer<Runnable> fxThread;
    private final AtomicReference<Object> pendingUpdate = new AtomicReference<>(NOTHING);

    FxTask(BackgroundTask<V> task, Consumer<Runnable> fxThread) {
        this.task = task;
        this.fxThread = fxThread;
        updateTitle(task.title());
    }

    BackgroundTask<V> task() {
        return task;
    }

    @Override
    protected V call() throws Exception {
        return task.work().run(this);
    }

    @Override
    public void update(long done, long total) {
        if (total < 0) {
            updateProgress(-1, -1);
        } else {
            updateProgress(done, total);
        }
    }

    @Override
    public void message(String sentence) {
        updateMessage(sentence);
    }

    @Override
    public void publish(Object update) {
        if (pendingUpdate.getAndSet(update) == NOTHING) {
            fxThread.accept(this::deliverUpdate);
        }
    }

    private void deliverUpdate() {
        Object latest = pendingUpdate.getAndSet(NOTHING);
        // Updates are queued on the FX thread before the task's own end, so they arrive before
        // onSuccess; after a cancel they no longer matter.
        if (latest != NOTHING && !isCancelled()) {
            task.updated(latest);
        }
    }

}
