package co.pump.icm.ui.preview;

import co.pump.icm.plan.ChangeKind;

/** The preview's "Show:" choice: every item, or only those of one kind of change. */
public enum KindFilter {
    ALL("all", null),
    CREATE("create", ChangeKind.CREATE),
    UPDATE("update", ChangeKind.UPDATE),
    DELETE("delete", ChangeKind.DELETE),
    SKIP("skip", ChangeKind.SKIP),
    CONFLICT("conflict", ChangeKind.CONFLICT);

    private final String label;
    private final ChangeKind kind;

    KindFilter(String label, ChangeKind kind) {
        this.label = label;
        this.kind = kind;
    }

    /** What the choice box says, e.g. {@code skip}. */
    public String label() {
        return label;
    }

    /** The kind shown, or null for all. */
    public ChangeKind kind() {
        return kind;
    }

    /** Whether an item of this kind is shown. */
    public boolean shows(ChangeKind itemKind) {
        return kind == null || kind == itemKind;
    }

    /** The filter that shows only the given kind (all for kinds that have no filter of their own). */
    public static KindFilter of(ChangeKind kind) {
        for (KindFilter filter : values()) {
            if (filter.kind == kind) {
                return filter;
            }
        }
        return ALL;
    }

    @Override
    public String toString() {
        return label;
    }
}
