package co.pump.icm.ui.tasks;

/**
 * Runs {@link BackgroundTask}s off the FX thread and brings their outcomes back to it. The one
 * way the wizard runs anything in the background: no step starts a thread of its own.
 */
public interface TaskExecutor {

    /** Starts the task; call from the FX thread. */
    <V> TaskHandle<V> execute(BackgroundTask<V> task);

    /**
     * Cancels what is running and stops the pool, waiting briefly for the work to end. Called
     * once when the app exits; later tasks are refused.
     */
    void shutdown();
}
