package co.pump.icm.ui.tasks;

/**
 * What background work may report while it runs. Every method is safe to call from any thread,
 * as often as the engine likes: updates are coalesced and reach the FX thread at most once per
 * frame, latest value wins.
 */
public interface TaskProgress {

    /** Sets the overall progress, e.g. {@code update(1240, 5300)}; a negative total means unknown. */
    void update(long done, long total);

    /** A short sentence about what is happening now, e.g. "Reading permission sets…". */
    void message(String sentence);

    /**
     * Hands a partial result (an engine progress record such as {@code ExportProgress}) to the
     * FX thread, where the handlers registered with {@link BackgroundTask#onUpdate} receive it.
     * Engine listeners can forward straight into it: {@code exporter.export(target, progress::publish)}.
     */
    void publish(Object update);

    /** True once the user cancelled; long work should check it and stop early. */
    boolean isCancelled();

    /** Reports nothing and is never cancelled: for running work outside the UI (tests, the CLI). */
    TaskProgress NONE = new TaskProgress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public void message(String sentence) {
        }

        @Override
        public void publish(Object update) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
