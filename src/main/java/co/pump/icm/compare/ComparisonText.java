package co.pump.icm.compare;

import java.util.List;

import co.pump.icm.model.GroupMembership.MembershipKey;

/**
 * Renders a {@link Comparison} for a terminal: a summary line per category, then the items that
 * differ, category by category, sorted by key:
 * <pre>
 * Users: 1 only in A, 1 only in B, 1 changed, 40 unchanged
 *
 * Users
 *   - carol@acme.com
 *   + bob@acme.com
 *   ~ alice@acme.com
 *       displayName: "Alice" → "Alice Smith"
 * </pre>
 * {@code -} is only in the left configuration, {@code +} only in the right one, {@code ~} on both
 * with the fields that differ shown left → right. Long values are shortened; inline policies are
 * shown as a compact line diff. Plain ASCII apart from the arrow; no colours.
 */
public final class ComparisonText {

    /** Values longer than this are cut, so that one change stays on one line. */
    static final int MAX_VALUE_LENGTH = 120;
    /** The longest line diff shown for one inline policy. */
    static final int MAX_POLICY_LINES = 40;
    static final String ARROW = " \u2192 ";

    private static final String ITEM = "  ";
    private static final String FIELD = "      ";
    private static final String POLICY_LINE = "        ";

    private ComparisonText() {
    }

    /**
     * The comparison as text, lines ending in {@code \n}.
     *
     * @param leftLabel  what the left configuration is called, e.g. {@code A} or a file name
     * @param rightLabel what the right configuration is called
     */
    public static String render(Comparison comparison, String leftLabel, String rightLabel) {
        var out = new StringBuilder(4096);
        out.append("Comparing ").append(leftLabel).append(" with ").append(rightLabel)
                .append(" (- only in ").append(leftLabel)
                .append(", + only in ").append(rightLabel)
                .append(", ~ changed: ").append(leftLabel).append(ARROW.stripTrailing()).append(' ')
                .append(rightLabel).append(")\n\n");
        for (var category : comparison.categories()) {
            if (category.compared()) {
                out.append(summary(category, leftLabel, rightLabel)).append('\n');
            }
        }
        for (var category : comparison.categories()) {
            if (category.hasDifferences() || !category.unchanged().isEmpty()) {
                out.append('\n');
                entries(out, category);
            }
        }
        if (!comparison.hasDifferences()) {
            out.append('\n').append("No differences between ").append(leftLabel).append(" and ")
                    .append(rightLabel).append(".\n");
        }
        return out.toString();
    }

    /** One category's counts, e.g. {@code Users: 2 only in A, 1 only in B, 3 changed, 40 unchanged}. */
    public static String summary(CategoryComparison<?, ?> category, String leftLabel, String rightLabel) {
        return heading(category.category()) + ": "
                + category.onlyLeftCount() + " only in " + leftLabel + ", "
                + category.onlyRightCount() + " only in " + rightLabel + ", "
                + category.changedCount() + " changed, "
                + category.unchangedCount() + " unchanged";
    }

    /** A key for a person: a user name, {@code Admins / alice@acme.com}, an assignment, ... */
    public static String key(Object key) {
        if (key instanceof MembershipKey membership) {
            return FieldValues.oneLine(membership.groupName()) + " / " + FieldValues.oneLine(membership.userName());
        }
        return FieldValues.oneLine(String.valueOf(key));
    }

    /** One field change on one line (inline policies: see {@link #render}), without indentation. */
    public static String change(FieldChange change) {
        return switch (change.kind()) {
            case ADDED -> change.path() + ": + " + shorten(change.newText());
            case REMOVED -> change.path() + ": - " + shorten(change.oldText());
            case CHANGED -> change.path() + ": " + shorten(change.oldText()) + ARROW + shorten(change.newText());
        };
    }

    private static String heading(Category category) {
        return category.forTheRecord() ? category.label() + " (for the record)" : category.label();
    }

    private static void entries(StringBuilder out, CategoryComparison<?, ?> category) {
        out.append(heading(category.category())).append('\n');
        for (Difference<?, ?> difference : category.differences()) {
            if (difference instanceof Difference.OnlyLeft) {
                out.append(ITEM).append("- ").append(key(difference.key())).append('\n');
            } else if (difference instanceof Difference.OnlyRight) {
                out.append(ITEM).append("+ ").append(key(difference.key())).append('\n');
            } else if (difference instanceof Difference.Changed<?, ?> changed) {
                out.append(ITEM).append("~ ").append(key(changed.key())).append('\n');
                changed.changes().forEach(change -> fieldChange(out, change));
            }
        }
        for (Unchanged<?, ?> same : category.unchanged()) {
            out.append(ITEM).append("= ").append(key(same.key())).append('\n');
        }
    }

    private static void fieldChange(StringBuilder out, FieldChange change) {
        if (change.path().equals("inlinePolicy") && change.oldValue() != null && change.newValue() != null) {
            out.append(FIELD).append("inlinePolicy:\n");
            List<String> lines = LineDiff.render(PolicyDocuments.lines((String) change.oldValue()),
                    PolicyDocuments.lines((String) change.newValue()), MAX_POLICY_LINES);
            lines.forEach(line -> out.append(POLICY_LINE).append(line).append('\n'));
            return;
        }
        out.append(FIELD).append(change(change)).append('\n');
    }

    static String shorten(String text) {
        if (text.length() <= MAX_VALUE_LENGTH) {
            return text;
        }
        return text.substring(0, MAX_VALUE_LENGTH - 3) + "...";
    }
}
