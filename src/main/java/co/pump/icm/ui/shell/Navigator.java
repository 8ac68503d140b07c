package co.pump.icm.ui.shell;

/**
 * Moves through the wizard. Steps get one in their {@link StepContext}, e.g. to advance by
 * themselves once background work is done ("Try the demo" advances when the sandbox is up).
 */
public interface Navigator {

    /** Goes to the next step if the current one is valid; returns whether it moved. */
    boolean advance();

    /**
     * Goes forward to a later step, skipping those in between (e.g. past Export when a snapshot
     * was loaded from a file); Back then returns here. Returns whether it moved.
     */
    boolean advanceTo(StepId step);

    /** Returns to the previous step, keeping every step's state; returns whether it moved. */
    boolean back();

    /**
     * Returns to a step done before (the rail's done steps, "Back to Start"), keeping every step's
     * state, as pressing Back that many times would; returns whether it moved.
     */
    boolean backTo(StepId step);
}
