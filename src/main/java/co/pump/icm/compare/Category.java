package co.pump.icm.compare;

/**
 * The parts of a configuration that a {@link Comparison} compares, in the order they are shown.
 * The last two are kept for the record only: they are compared and reported, but never migrated.
 */
public enum Category {
    USERS("Users", "user", false),
    GROUPS("Groups", "group", false),
    MEMBERSHIPS("Group memberships", "group membership", false),
    PERMISSION_SETS("Permission sets", "permission set", false),
    ASSIGNMENTS("Account assignments", "account assignment", false),
    ACCESS_CONTROL("Access control attributes", "access control attribute configuration", false),
    ACCOUNTS("Accounts", "account", true),
    APPLICATIONS("Applications", "application", true);

    private final String label;
    private final String singular;
    private final boolean forTheRecord;

    Category(String label, String singular, boolean forTheRecord) {
        this.label = label;
        this.singular = singular;
        this.forTheRecord = forTheRecord;
    }

    /** One item in a sentence, e.g. {@code 1 group membership}. */
    public String singular() {
        return singular;
    }

    /** The name a person reads, e.g. {@code Permission sets}. */
    public String label() {
        return label;
    }

    /** True for the categories that are reported but not migrated (accounts, applications). */
    public boolean forTheRecord() {
        return forTheRecord;
    }
}
