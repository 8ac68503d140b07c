package co.pump.icm.cli;

/** The exit codes every {@code icm} command uses. */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** Differences found (diff, verify). */
    public static final int DIFFERENCES = 1;
    /** Bad input or usage; a one-line reason is on stderr. */
    public static final int BAD_INPUT = 2;
    /** AWS access or credential problem. */
    public static final int AWS_ACCESS = 3;
    /** An apply finished with failed items. */
    public static final int APPLY_FAILURES = 4;

    private ExitCodes() {
    }
}
