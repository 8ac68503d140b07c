package co.pump.icm.rollback;

import java.util.Map;

import co.pump.icm.apply.ApplyResult;
import co.pump.icm.apply.ItemResult;
import co.pump.icm.apply.Outcome;
import co.pump.icm.compare.Category;
import co.pump.icm.compare.FieldChange;
import co.pump.icm.plan.Change;
import co.pump.icm.plan.ChangeKind;
import co.pump.icm.plan.PlanText;

/** A rollback plan, its result and its verification as text for a terminal. */
public final class RollbackText {

    private RollbackText() {
    }

    /** The counts, the notes, then every item with what happens to it and why. */
    public static String render(RollbackPlan rollback) {
        var sb = new StringBuilder();
        var run = rollback.run();
        var target = rollback.target();
        sb.append("Rolling back import run ").append(run.runId()).append(" (started ").append(run.startedAt())
                .append(") in account ").append(target.accountId()).append(", instance ").append(target.instanceArn())
                .append(" (").append(target.identityStoreId()).append(") in ").append(target.region()).append('\n');
        rollback.notes().forEach(n -> sb.append("  ⚠ ").append(n).append('\n'));
        sb.append(String.format("%-22s %7s %8s %10s %13s %6s %9s%n", "", "Delete", "Restore", "Re-create",
                "Already back", "Skip", "Conflict"));
        for (Map.Entry<Category, Map<ChangeKind, Integer>> row : rollback.plan().counts().entrySet()) {
            Map<ChangeKind, Integer> c = row.getValue();
            sb.append(String.format("%-22s %7d %8d %10d %13d %6d %9d%n", row.getKey().label(), c.get(ChangeKind.DELETE),
                    c.get(ChangeKind.UPDATE), c.get(ChangeKind.CREATE), c.get(ChangeKind.UNCHANGED),
                    c.get(ChangeKind.SKIP), c.get(ChangeKind.CONFLICT)));
        }
        Category current = null;
        for (Change<?> change : rollback.plan().changes()) {
            if (change.category() != current) {
                current = change.category();
                sb.append('\n').append(current.label()).append('\n');
            }
            sb.append("  ").append(line(change)).append('\n');
            if (change instanceof Change.Update<?> update) {
                for (FieldChange field : update.fields()) {
                    sb.append("      ").append(PlanText.field(field)).append('\n');
                }
            }
        }
        int writes = rollback.writes().size();
        sb.append('\n').append(writes == 0
                ? "Nothing to undo: " + (rollback.leftAlone().isEmpty() ? "every item of the run is as it was before it."
                : "what is left is left alone, for the reasons above.")
                : String.format("%,d change%s to undo. Nothing has been written yet.", writes, writes == 1 ? "" : "s"))
                .append('\n');
        return sb.toString();
    }

    /** One line per outcome count, then every change that did not succeed with its reason. */
    public static String result(ApplyResult result) {
        var sb = new StringBuilder();
        long undone = result.count(Outcome.SUCCEEDED);
        var failures = result.failures();
        sb.append(String.format("%,d change%s undone · %,d failed or not attempted · %,d AWS requests in %.1f s%s.%n",
                undone, undone == 1 ? "" : "s", failures.size(), result.stats().total().calls(),
                result.elapsed().toMillis() / 1000.0, result.cancelled() ? " · cancelled" : ""));
        if (!failures.isEmpty()) {
            sb.append("Not done:\n");
            for (ItemResult f : failures) {
                sb.append("  ✗ ").append(f.label()).append(" — ").append(f.reason()).append('\n');
            }
            sb.append("Run the same command again to retry: what is already undone is left alone.\n");
        }
        return sb.toString();
    }

    /** Whether everything is back, or which items are not and why. */
    public static String verification(RollbackVerification verification) {
        if (verification.back()) {
            return String.format("✓ Back as before the run: all %,d items checked.%n", verification.checked());
        }
        var sb = new StringBuilder(String.format("✗ %,d of %,d items are not as they were before the run:%n",
                verification.notBack().size(), verification.checked()));
        for (Change<?> change : verification.notBack()) {
            sb.append("  ").append(change.category().label()).append(": ").append(change.label()).append(" — ")
                    .append(reason(change)).append('\n');
        }
        return sb.toString();
    }

    /** Why an item is not back, for a person. */
    public static String reason(Change<?> change) {
        return switch (change.kind()) {
            case DELETE -> "still there (the run created it)";
            case UPDATE -> "still as the run left it: " + String.join("; ", ((Change.Update<?>) change).fields().stream()
                    .map(FieldChange::path).toList());
            case CREATE -> "still missing (the run deleted it)";
            case SKIP -> "left alone: " + ((Change.Skip<?>) change).reason();
            case CONFLICT -> "conflict: " + ((Change.Conflict<?>) change).reason();
            case UNCHANGED -> "as before the run";
        };
    }

    private static String line(Change<?> change) {
        return switch (change.kind()) {
            case DELETE -> "- " + change.label() + " (delete: the run created it)";
            case UPDATE -> "~ " + change.label() + " (restore as before the run)";
            case CREATE -> "+ " + change.label() + " (re-create: the run deleted it)";
            case SKIP -> "· " + change.label() + " — skipped: " + ((Change.Skip<?>) change).reason();
            case CONFLICT -> "! " + change.label() + " — conflict: " + ((Change.Conflict<?>) change).reason();
            case UNCHANGED -> "= " + change.label();
        };
    }
}
