package co.pump.icm.report;

import java.time.Instant;
import java.util.List;

/**
 * One import run of a migration as the report lists it, and whether an undo took it back.
 *
 * @param runId     the run's ID in the journal
 * @param startedAt when it started
 * @param made      the changes AWS confirmed
 * @param failed    the changes AWS refused or failed
 * @param notDone   the changes not attempted or without a recorded outcome
 * @param cancelled true when it was stopped with Cancel
 * @param finished  true when it recorded its end
 * @param undone    how many of its changes an undo took back
 * @param undoneAt  when the latest undo of it started, or null
 */
public record RunSummary(String runId, Instant startedAt, long made, long failed, long notDone, boolean cancelled,
                         boolean finished, long undone, Instant undoneAt) {

    /** The summary of a run, with the undos of it. */
    static RunSummary of(JournalRun run, List<JournalHistory.Undo> undos) {
        long made = run.items(ItemStatus.DONE).size();
        long failed = run.items(ItemStatus.FAILED).size();
        long notDone = run.items().size() - made - failed;
        var undone = new java.util.HashSet<String>();
        undos.forEach(u -> undone.addAll(u.undone()));
        Instant undoneAt = undos.isEmpty() ? null : undos.get(undos.size() - 1).startedAt();
        return new RunSummary(run.runId(), run.startedAt(), made, failed, notDone,
                run.end() != null && run.end().cancelled(), run.finished(), undone.size(), undoneAt);
    }

    /** When it started, as the report says it, e.g. {@code 2026-11-27 10:15 UTC}. */
    public String startedText() {
        return Html.when(startedAt);
    }

    /** e.g. {@code 95 made · 0 failed · 56 not done · stopped with Cancel · 95 undone on 6 Dec 2026, 10:42}. */
    public String text() {
        var text = new StringBuilder(String.format("%,d made · %,d failed", made, failed));
        if (notDone > 0) {
            text.append(String.format(" · %,d not done", notDone));
        }
        if (cancelled) {
            text.append(" · stopped with Cancel");
        } else if (!finished) {
            text.append(" · stopped before it finished");
        }
        if (undone > 0) {
            text.append(String.format(" · %,d undone", undone)).append(undoneAt == null ? "" : " on " + Html.when(undoneAt));
        }
        return text.toString();
    }
}
