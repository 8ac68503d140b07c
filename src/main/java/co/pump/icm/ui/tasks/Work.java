package co.pump.icm.ui.tasks;

/**
 * The work of a {@link BackgroundTask}: plain code that runs off the FX thread and may call the
 * engine. It touches no node; it reports through {@code progress}.
 *
 * @param <V> what the work produces
 */
@FunctionalInterface
public interface Work<V> {

    /**
     * Does the work.
     *
     * @param progress where to report progress and partial results; also says whether the user cancelled
     * @return the result, handed to {@link BackgroundTask#onSuccess} on the FX thread
     * @throws Exception anything; it reaches {@link BackgroundTask#onFailure} on the FX thread
     */
    V run(TaskProgress progress) throws Exception;
}
