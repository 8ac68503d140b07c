package co.pump.icm.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import co.pump.icm.compare.Category;
import co.pump.icm.model.SourceInfo;
import co.pump.icm.plan.ChangeKind;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.plan.PlanWarning;

/**
 * One import run as its journal recorded it (see {@code co.pump.icm.apply.Journal}).
 *
 * @param runId          the run's ID
 * @param startedAt      when the run started
 * @param target         the instance it wrote to, and who was signed in
 * @param snapshotSource where the imported snapshot was exported from
 * @param options        the plan options of the run
 * @param planned        the plan's counts per category and kind
 * @param items          the end of every change the run started, in the order they ended; a change
 *                       started but without a recorded end is {@link ItemStatus#UNFINISHED}
 * @param leftAlone      what the plan left alone, with reasons (SKIPPED, CONFLICT); null when the
 *                       journal predates this record
 * @param warnings       the plan's warnings; null when the journal predates this record
 * @param end            how the run ended; null when it has no end line (it was killed)
 */
public record JournalRun(String runId, Instant startedAt, SourceInfo target, SourceInfo snapshotSource,
                         PlanOptions options, Map<Category, Map<ChangeKind, Integer>> planned,
                         List<ReportItem> items, List<ReportItem> leftAlone, List<PlanWarning> warnings,
                         End end) {

    public JournalRun {
        planned = Map.copyOf(planned);
        items = List.copyOf(items);
        leftAlone = leftAlone == null ? null : List.copyOf(leftAlone);
        warnings = warnings == null ? null : List.copyOf(warnings);
    }

    /**
     * The {@code end} line of a run.
     *
     * @param cancelled true when the run was cancelled before everything was tried
     * @param calls     AWS requests sent
     */
    public record End(Instant time, long succeeded, long failed, long notAttempted, boolean cancelled, long calls,
                      long elapsedMillis) {
    }

    /** True when the run recorded its end. */
    public boolean finished() {
        return end != null;
    }

    /** The items that ended with the given status. */
    public List<ReportItem> items(ItemStatus status) {
        return items.stream().filter(i -> i.status() == status).toList();
    }
}
