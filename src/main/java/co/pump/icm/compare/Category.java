package co.pump.icm.compare;

/**
 * The parts of a configuration that a {@link Comparison} compares, in the order they are shown.
 * The last two are kept for the record only: they are compared and reported, but never migrated.
 */
public enum Category {
    USERS("Users", false),
    GROUPS("Groups", false),
    MEMBERSHIPS("Group memberships", false),
    PERMISSION_SETS("Permission sets", false),
    ASSIGNMENTS("Account assignments", false),
    ACCESS_CONTROL("Access control attributes", false),
    ACCOUNTS("Accounts", true),
    APPLICATIONS("Applications", true);

    private final String label;
    private final boolean forTheRecord;

    Category(String label, boolean forTheRecord) {
        this.label = label;
        this.forTheRecord = forTheRecord;
    }

    /** The name a person reads, e.g. {@code Permission sets}. */
    public String label() {
        return label;
    }

    /** True for the categories that are reported but not migrated (accounts, ABAC, applications). */
    public boolean forTheRecord() {
        return forTheRecord;
    }
}
