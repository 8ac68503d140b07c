package co.pump.icm.ui.tasks;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * A running {@link BackgroundTask}, as the UI sees it: properties to bind a progress bar and a
 * status line to (updated on, and to be read on, the FX thread only), and cancel.
 *
 * @param <V> the result type
 */
public interface TaskHandle<V> {

    /** From 0 to 1, or -1 while the amount of work is unknown (an indeterminate bar). */
    ReadOnlyDoubleProperty progressProperty();

    /** The latest {@link TaskProgress#message} sentence. */
    ReadOnlyStringProperty messageProperty();

    /** True while the task is scheduled or running; false once it has succeeded, failed or been cancelled. */
    ReadOnlyBooleanProperty runningProperty();

    /**
     * Asks the work to stop: {@link TaskProgress#isCancelled()} turns true and the thread is
     * interrupted. {@link BackgroundTask#onCancelled} then runs instead of success or failure.
     * Cancelling a finished task does nothing.
     *
     * @return true if the task was still running and is now cancelled
     */
    boolean cancel();
}
