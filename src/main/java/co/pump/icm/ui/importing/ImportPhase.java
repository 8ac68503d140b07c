package co.pump.icm.ui.importing;

/** Where the Import step stands. */
public enum ImportPhase {
    /** Nothing to import: no confirmed plan or no signed-in target (the error says which). */
    NO_PLAN,
    /** Writing to the new organization. */
    IMPORTING,
    /** Cancel was pressed: requests already sent finish, nothing new starts. */
    STOPPING,
    /** Reading the new organization again to see what is left, before a retry. */
    READING,
    /** The run ended (everything made, stopped, or with failures): the result says which. */
    FINISHED,
    /** The run could not go on (e.g. AWS refused the credentials): the error says why. */
    FAILED;

    /** True while background work runs: Back and Next wait, Cancel shows. */
    public boolean working() {
        return this == IMPORTING || this == STOPPING || this == READING;
    }
}
