package co.pump.icm.rollback;

/** How a journaled change of an import ended, as far as the journal knows. */
public enum JournaledStatus {
    /** A {@code started} line without an outcome: the run was stopped (or killed) during the change. */
    STARTED,
    SUCCEEDED,
    /** AWS refused or failed it; a permission set may still have been written part of the way. */
    FAILED,
    /** Never tried: nothing was written for it. */
    NOT_ATTEMPTED;

    /** True when the change may have written something. */
    public boolean mayHaveWritten() {
        return this != NOT_ATTEMPTED;
    }
}
