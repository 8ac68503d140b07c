package co.pump.icm.aws.signin;

/** How one line of the sign-in checklist came out. */
public enum CheckStatus {
    /** As needed. */
    OK,
    /** Not as expected, but the migration can go on (e.g. the organization could not be read). */
    WARNING,
    /** Must be fixed before going on; the line says how. */
    PROBLEM,
    /** Not checked, because an earlier check failed. */
    SKIPPED
}
