package co.pump.icm.ui.start;

/** How the user started the wizard. Opening a snapshot file is not one: it opens another window. */
public enum StartChoice {
    /** Migrate the user's own organization: sign in to real AWS accounts. */
    MIGRATE,
    /** Walk the whole flow against the built-in demo company, on this computer only. */
    DEMO
}
