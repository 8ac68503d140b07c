package co.pump.icm.ui.preview;

import co.pump.icm.plan.ChangeKind;

/**
 * What the preview's count chips show: every change, or only the items of one kind of change, or the
 * items already as the snapshot has them ("unchanged", listed only when asked for: an import run
 * again has far more of them than changes).
 */
public enum KindFilter {
    ALL("all changes", null),
    CREATE("create", ChangeKind.CREATE),
    UPDATE("update", ChangeKind.UPDATE),
    DELETE("delete", ChangeKind.DELETE),
    UNCHANGED("unchanged", ChangeKind.UNCHANGED),
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

    /** Whether an item of this kind is shown: "all changes" shows every kind but unchanged. */
    public boolean shows(ChangeKind itemKind) {
        return kind == null ? itemKind != ChangeKind.UNCHANGED : kind == itemKind;
    }

    /** The filter that shows only the given kind (a count chip was pressed). */
    public static KindFilter of(ChangeKind kind) {
        return switch (kind) {
            case CREATE -> CREATE;
            case UPDATE -> UPDATE;
            case DELETE -> DELETE;
            case UNCHANGED -> UNCHANGED;
            case SKIP -> SKIP;
            case CONFLICT -> CONFLICT;
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
