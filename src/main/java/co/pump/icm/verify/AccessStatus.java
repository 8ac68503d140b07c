package co.pump.icm.verify;

/** Whether a role a user should see in the access portal is there. */
public enum AccessStatus {
    /** Expected from the snapshot, and the user sees it. */
    PRESENT("✓", "Present"),
    /** Expected from the snapshot, but the user does not see it. */
    MISSING("✗", "Missing"),
    /** The user sees it, but the snapshot does not give it to them. */
    UNEXPECTED("!", "Unexpected");

    private final String symbol;
    private final String label;

    AccessStatus(String symbol, String label) {
        this.symbol = symbol;
        this.label = label;
    }

    /** A one-character mark: ✓, ✗ or !. */
    public String symbol() {
        return symbol;
    }

    /** The word a person reads. */
    public String label() {
        return label;
    }
}
