package co.pump.icm.ui.preview;

import co.pump.icm.plan.ChangeKind;

/** How the preview marks each kind of change: a symbol and a word, never colour alone. */
public final class ChangeMarks {

    private ChangeMarks() {
    }

    /** The symbol of a kind: + create, ✎ update, − delete, = unchanged, ⊘ skip, ⚠ conflict. */
    public static String symbol(ChangeKind kind) {
        return switch (kind) {
            case CREATE -> "+";
            case UPDATE -> "✎";
            case DELETE -> "−";
            case UNCHANGED -> "=";
            case SKIP -> "⊘";
            case CONFLICT -> "⚠";
        };
    }

    /** The symbol and the word, e.g. {@code ⊘ Skip}. */
    public static String text(ChangeKind kind) {
        return symbol(kind) + "  " + kind.label();
    }

    /** The style class of a kind, e.g. {@code kind-skip}. */
    public static String styleClass(ChangeKind kind) {
        return "kind-" + kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
