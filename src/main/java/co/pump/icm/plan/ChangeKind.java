package co.pump.icm.plan;

/** The kinds of change a plan shows, in the order they are shown. */
public enum ChangeKind {
    CREATE("Create", true),
    UPDATE("Update", true),
    DELETE("Delete", true),
    UNCHANGED("Unchanged", false),
    SKIP("Skip", false),
    CONFLICT("Conflict", false);

    private final String label;
    private final boolean writes;

    ChangeKind(String label, boolean writes) {
        this.label = label;
        this.writes = writes;
    }

    public String label() {
        return label;
    }

    /** True for the kinds that write to AWS. */
    public boolean writes() {
        return writes;
    }
}
