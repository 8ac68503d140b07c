package co.pump.icm.ui.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import co.pump.icm.apply.ApplyResult;
import co.pump.icm.apply.ItemResult;
import co.pump.icm.apply.Outcome;
import co.pump.icm.compare.Category;
import co.pump.icm.plan.Change;
import co.pump.icm.plan.Plan;
import co.pump.icm.plan.PlanOptions;

/**
 * What a finished run did, in words and rows: {@code ✓ 416 changes made · 0 failed}, what to do
 * next, each category's outcome, and the changes not done, failures first. Pure.
 *
 * @param headline    e.g. {@code ✓ 416 changes made · 0 failed} or {@code Stopped · 120 changes made · 0 failed · 296 not started}
 * @param explanation what it means and what to do next
 * @param categories  one row per category the plan writes to
 * @param notDone     the changes that failed or were not attempted, failures first
 * @param retryLabel  the retry button's text: {@code _Retry failed} or {@code Import the _rest}; null when nothing is left
 */
public record ImportSummary(String headline, String explanation, List<CategoryProgress> categories,
                            List<ItemResult> notDone, String retryLabel) {

    public ImportSummary {
        categories = List.copyOf(categories);
        notDone = List.copyOf(notDone);
    }

    /** The summary of the run of {@code plan} that ended with {@code result}. */
    public static ImportSummary of(Plan plan, ApplyResult result) {
        long made = result.count(Outcome.SUCCEEDED);
        long failed = result.count(Outcome.FAILED);
        long notAttempted = result.count(Outcome.NOT_ATTEMPTED);
        List<CategoryProgress> rows = rows(plan, result);
        List<ItemResult> notDone = result.failures().stream()
                .sorted(Comparator.comparing((ItemResult i) -> i.outcome() == Outcome.FAILED ? 0 : 1)
                        .thenComparing(ItemResult::category))
                .toList();
        if (result.items().isEmpty() && !result.cancelled()) {
            return new ImportSummary("✓ Nothing to change: the new organization already holds everything.",
                    "There was nothing left to write. Next: test single sign-on.", rows, notDone, null);
        }
        String counts = ProgressText.plural(made, "change", "changes") + " made · " + ProgressText.count(failed) + " failed";
        if (result.cancelled()) {
            long notStarted = Math.max(notAttempted, plan.writes().size() - made - failed);
            return new ImportSummary("Stopped · " + counts + " · " + ProgressText.count(notStarted) + " not started",
                    "Requests already sent finished; nothing is half-done. The rows below show what was done "
                            + "and what was not. “Import the rest” picks up where this stopped: running it again "
                            + "is always safe.", rows, notDone, "Import the _rest");
        }
        if (notDone.isEmpty()) {
            return new ImportSummary("✓ " + counts, "Every change is in the new organization. Next: test single sign-on.",
                    rows, notDone, null);
        }
        String headline = "⚠ " + counts + (notAttempted > 0 ? " · " + ProgressText.count(notAttempted) + " not attempted" : "");
        return new ImportSummary(headline, "The list below says why, in AWS's words. Fix the cause (for example, "
                + "create a missing customer managed policy in its account), then “Retry failed”: it reads the new "
                + "organization again and makes only what is still missing. Running it again is always safe.",
                rows, notDone, "_Retry failed");
    }

    /**
     * This summary while an undo takes the import back: the counts are those of before the undo,
     * and say so, since "every change is in the new organization" is no longer true.
     *
     * @param since the time the undo started, e.g. {@code 10:42}
     */
    public ImportSummary asBeforeUndo(String since) {
        return new ImportSummary("Being undone since " + since + " · before that: " + strip(headline),
                "The undo below is taking back what this import made; the rows below are what the import had made "
                        + "before " + since + ".", categories, notDone, null);
    }

    /**
     * What is left after an undo.
     *
     * @param taken    the changes the undo took back
     * @param complete true when every item the import touched is back as it was
     * @param at       when the undo ended, e.g. {@code 10:43}
     */
    public static ImportSummary undone(long taken, boolean complete, String at) {
        return complete
                ? new ImportSummary("↶ Undone at " + at + ": " + ProgressText.plural(taken, "change", "changes")
                        + " taken back", "The new organization is back as it was before this import, for everything "
                        + "the import touched. Nothing of it is there to test: go Back to the preview to import again.",
                        List.of(), List.of(), null)
                : new ImportSummary("⚠ Partly undone at " + at + ": " + ProgressText.plural(taken, "change", "changes")
                        + " taken back", "Some of what this import made is still in the new organization. Undo "
                        + "again to see what and why and to finish, or go Back to the preview to import again.",
                        List.of(), List.of(), null);
    }

    private static String strip(String headline) {
        return headline.startsWith("✓ ") || headline.startsWith("⚠ ") ? headline.substring(2) : headline;
    }

    private static List<CategoryProgress> rows(Plan plan, ApplyResult result) {
        Map<Category, int[]> byCategory = new EnumMap<>(Category.class);
        for (Change<?> change : plan.writes()) {
            byCategory.computeIfAbsent(change.category(), c -> new int[4])[0]++;
        }
        for (ItemResult item : result.items()) {
            int[] counts = byCategory.computeIfAbsent(item.category(), c -> new int[4]);
            counts[1]++;
            if (item.outcome() == Outcome.FAILED) {
                counts[2]++;
            } else if (item.outcome() == Outcome.NOT_ATTEMPTED) {
                counts[3]++;
            }
        }
        var rows = new ArrayList<CategoryProgress>();
        for (Category category : PlanOptions.MIGRATED) {
            int[] c = byCategory.get(category);
            if (c != null) {
                // A cancelled run may end before every change was even queued: those were not done either.
                int notDone = c[3] + Math.max(0, c[0] - c[1]);
                rows.add(new CategoryProgress(category, c[0], c[0], c[2], notDone, true));
            }
        }
        return rows;
    }
}
