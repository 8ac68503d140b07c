package co.pump.icm.plan;

import java.util.Map;

import co.pump.icm.compare.Category;
import co.pump.icm.compare.FieldChange;

/** A plan as text for a terminal: the counts, the warnings, then every item with its reason or fields. */
public final class PlanText {

    private static final int VALUE_WIDTH = 100;

    private PlanText() {
    }

    public static String render(Plan plan) {
        var sb = new StringBuilder();
        var target = plan.target().source();
        if (target != null) {
            sb.append("Target: account ").append(target.accountId()).append(", instance ").append(target.instanceArn())
                    .append(" (").append(target.identityStoreId()).append(") in ").append(target.region()).append('\n');
        }
        sb.append(String.format("%-26s %7s %7s %7s %10s %6s %9s%n", "", "Create", "Update", "Delete", "Unchanged",
                "Skip", "Conflict"));
        for (Map.Entry<Category, Map<ChangeKind, Integer>> row : plan.counts().entrySet()) {
            Map<ChangeKind, Integer> c = row.getValue();
            sb.append(String.format("%-26s %7d %7d %7d %10d %6d %9d%n", row.getKey().label(), c.get(ChangeKind.CREATE),
                    c.get(ChangeKind.UPDATE), c.get(ChangeKind.DELETE), c.get(ChangeKind.UNCHANGED),
                    c.get(ChangeKind.SKIP), c.get(ChangeKind.CONFLICT)));
        }
        if (!plan.warnings().isEmpty()) {
            sb.append("\nCheck before importing:\n");
            plan.warnings().forEach(w -> sb.append("  ⚠ ").append(w.message()).append('\n'));
        }
        var byHand = ByHand.of(plan);
        if (!byHand.isEmpty()) {
            sb.append("\nRecreate by hand (AWS's API cannot create these; import again once they exist):\n");
            byHand.forEach(item -> {
                sb.append("  ").append(item.label()).append('\n');
                item.lines().forEach(line -> sb.append("      ").append(line).append('\n'));
            });
        }
        Category current = null;
        for (Change<?> change : plan.changes()) {
            if (change.category() != current) {
                current = change.category();
                sb.append('\n').append(current.label()).append('\n');
            }
            sb.append("  ").append(line(change)).append('\n');
            if (change instanceof Change.Update<?> update) {
                for (FieldChange field : update.fields()) {
                    sb.append("      ").append(field(field)).append('\n');
                }
            }
        }
        int writes = plan.writes().size();
        sb.append('\n').append(writes == 0 ? "Nothing to change: the target already matches the snapshot."
                : String.format("%,d change%s to make. Nothing has been written yet.", writes, writes == 1 ? "" : "s"))
                .append('\n');
        return sb.toString();
    }

    private static String line(Change<?> change) {
        return switch (change.kind()) {
            case CREATE -> "+ " + change.label();
            case UPDATE -> "~ " + change.label();
            case DELETE -> "- " + change.label() + " (delete)";
            case SKIP -> "· " + change.label() + " — skipped: " + ((Change.Skip<?>) change).reason();
            case CONFLICT -> "! " + change.label() + " — conflict: " + ((Change.Conflict<?>) change).reason();
            case UNCHANGED -> "= " + change.label();
        };
    }

    /** One field change on one line, e.g. {@code displayName: Alice → Alicia}. */
    public static String field(FieldChange field) {
        return switch (field.kind()) {
            case ADDED -> field.path() + ": add " + shorten(field.newText());
            case REMOVED -> field.path() + ": remove " + shorten(field.oldText());
            case CHANGED -> field.path() + ": " + shorten(field.oldText()) + " → " + shorten(field.newText());
        };
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= VALUE_WIDTH ? oneLine : oneLine.substring(0, VALUE_WIDTH - 1) + "…";
    }
}
