package co.pump.icm.ui.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A piece of work to run off the FX thread, with what to do with its outcome, in the spirit of
 * JabRef's {@code BackgroundTask}. Describe it, then hand it to a {@link TaskExecutor}:
 * <pre>{@code
 * BackgroundTask.of("Reading the snapshot", progress -> SnapshotReader.read(file))
 *         .onSuccess(snapshot -> state.setSnapshot(snapshot))
 *         .onFailure(error -> this.error.set(UserError.of(error, "The snapshot could not be read.")))
 *         .executeWith(context.tasks());
 * }</pre>
 * Every callback runs on the FX thread. A task is described once and run once.
 *
 * @param <V> the result type
 */
public final class BackgroundTask<V> {

    private final String title;
    private final Work<V> work;
    private Consumer<? super V> onSuccess = value -> { };
    private Consumer<Throwable> onFailure;
    private Runnable onCancelled = () -> { };
    private Runnable onFinished = () -> { };
    private final List<UpdateHandler<?>> updateHandlers = new ArrayList<>();

    private BackgroundTask(String title, Work<V> work) {
        this.title = Objects.requireNonNull(title, "title");
        this.work = Objects.requireNonNull(work, "work");
    }

    /**
     * A task.
     *
     * @param title what the work is, for the log and for a progress line, e.g. "Starting the demo"
     */
    public static <V> BackgroundTask<V> of(String title, Work<V> work) {
        return new BackgroundTask<>(title, work);
    }

    /** Called with the result when the work ends normally. */
    public BackgroundTask<V> onSuccess(Consumer<? super V> handler) {
        this.onSuccess = Objects.requireNonNull(handler);
        return this;
    }

    /**
     * Called when the work throws. Without a handler the failure is only logged, so every task
     * the user waits for should set one (usually to show a {@code UserError}).
     */
    public BackgroundTask<V> onFailure(Consumer<Throwable> handler) {
        this.onFailure = Objects.requireNonNull(handler);
        return this;
    }

    /** Called when the task was cancelled (instead of success or failure). */
    public BackgroundTask<V> onCancelled(Runnable handler) {
        this.onCancelled = Objects.requireNonNull(handler);
        return this;
    }

    /** Called last, whatever the outcome: success, failure or cancellation. */
    public BackgroundTask<V> onFinished(Runnable handler) {
        this.onFinished = Objects.requireNonNull(handler);
        return this;
    }

    /** Receives every published update of the given type, on the FX thread (latest wins when they come fast). */
    public <U> BackgroundTask<V> onUpdate(Class<U> type, Consumer<? super U> handler) {
        updateHandlers.add(new UpdateHandler<>(type, handler));
        return this;
    }

    /** Runs the task on the executor; the same as {@code executor.execute(this)}. */
    public TaskHandle<V> executeWith(TaskExecutor executor) {
        return executor.execute(this);
    }

    public String title() {
        return title;
    }

    Work<V> work() {
        return work;
    }

    void succeeded(V value) {
        onSuccess.accept(value);
    }

    /** True if the failure was handed to a handler; false if nobody asked for it. */
    boolean failed(Throwable error) {
        if (onFailure == null) {
            return false;
        }
        onFailure.accept(error);
        return true;
    }

    void cancelled() {
        onCancelled.run();
    }

    void finished() {
        onFinished.run();
    }

    void updated(Object update) {
        for (UpdateHandler<?> handler : updateHandlers) {
            handler.offer(update);
        }
    }

    private record UpdateHandler<U>(Class<U> type, Consumer<? super U> handler) {
        void offer(Object update) {
            if (type.isInstance(update)) {
                handler.accept(type.cast(update));
            }
        }
    }
}
