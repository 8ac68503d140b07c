package co.pump.icm.apply;

/** How one change of a plan ended. */
public enum Outcome {
    /** AWS did it. */
    SUCCEEDED,
    /** AWS refused or failed it; the reason says why. */
    FAILED,
    /** Not tried, because something it needs failed or the run was cancelled. */
    NOT_ATTEMPTED
}
