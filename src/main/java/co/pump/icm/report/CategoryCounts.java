package co.pump.icm.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import co.pump.icm.compare.Category;
import co.pump.icm.plan.ChangeKind;
import co.pump.icm.plan.PlanOptions;

/**
 * What a run planned and did in one category.
 *
 * @param planned      how many items of each kind the plan had (create, update, delete, unchanged,
 *                     skip, conflict)
 * @param done         how many creates, updates and deletes AWS made
 * @param failed       how many changes AWS refused or failed
 * @param notAttempted how many changes were not tried
 * @param unfinished   how many changes were started without a recorded outcome
 */
public record CategoryCounts(Category category, Map<ChangeKind, Integer> planned, Map<ChangeKind, Integer> done,
                             int failed, int notAttempted, int unfinished) {

    public CategoryCounts {
        planned = Map.copyOf(planned);
        done = Map.copyOf(done);
    }

    /** How many items of a kind were planned (0 when none). */
    public int planned(ChangeKind kind) {
        return planned.getOrDefault(kind, 0);
    }

    /** How many changes of a kind were made (0 when none). */
    public int done(ChangeKind kind) {
        return done.getOrDefault(kind, 0);
    }

    /** The counts of every migrated category of a run, in display order. */
    public static List<CategoryCounts> of(JournalRun run) {
        var result = new ArrayList<CategoryCounts>();
        for (Category category : PlanOptions.MIGRATED) {
            var done = new EnumMap<ChangeKind, Integer>(ChangeKind.class);
            int failed = 0;
            int notAttempted = 0;
            int unfinished = 0;
            for (ReportItem item : run.items()) {
                if (item.category() != category) {
                    continue;
                }
                switch (item.status()) {
                    case DONE -> done.merge(item.kind(), 1, Integer::sum);
                    case FAILED -> failed++;
                    case NOT_ATTEMPTED -> notAttempted++;
                    default -> unfinished++;
                }
            }
            result.add(new CategoryCounts(category, run.planned().getOrDefault(category, Map.of()), done, failed,
                    notAttempted, unfinished));
        }
        return result;
    }
}
