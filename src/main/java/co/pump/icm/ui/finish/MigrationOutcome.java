package co.pump.icm.ui.finish;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import co.pump.icm.model.SourceInfo;
import co.pump.icm.report.ItemStatus;
import co.pump.icm.report.JournalHistory;
import co.pump.icm.report.JournalReader;
import co.pump.icm.report.JournalRun;
import co.pump.icm.ui.importing.ProgressText;
import co.pump.icm.ui.state.TargetChange;

/**
 * What the whole migration did, read from its journal (the one source of truth: every run of this
 * snapshot into this instance, and every undo of one), not from the last run the wizard remembers.
 *
 * @param runs      the import runs of the migration
 * @param account   the account they imported into, or null
 * @param made      changes that are in the new organization now (made, and not taken back)
 * @param failed    changes AWS refused, as the latest run to try each left them
 * @param notDone   changes not attempted or without an outcome
 * @param undone    changes an undo took back
 * @param undoneAt  when the latest undo started, or null
 * @param stopped   true when the latest run was stopped (Cancel, or it did not finish)
 */
record MigrationOutcome(int runs, String account, long made, long failed, long notDone, long undone, Instant undoneAt,
                        boolean stopped) {

    static final MigrationOutcome NONE = new MigrationOutcome(0, null, 0, 0, 0, 0, null, false);

    /** Reads the journal (blocking: call from background work); {@link #NONE} when it has no run of this snapshot. */
    static MigrationOutcome read(Path journal, SourceInfo snapshotSource) {
        if (journal == null || !Files.exists(journal)) {
            return NONE;
        }
        JournalHistory history = JournalReader.history(journal);
        List<JournalRun> migration = history.migration(snapshotSource);
        if (migration.isEmpty()) {
            return NONE;
        }
        JournalRun all = history.cumulative(migration);
        long undone = 0;
        Instant undoneAt = null;
        for (JournalRun run : migration) {
            undone += history.undoneOf(run.runId()).size();
            for (JournalHistory.Undo undo : history.undosOf(run.runId())) {
                undoneAt = undoneAt == null || undo.startedAt().isAfter(undoneAt) ? undo.startedAt() : undoneAt;
            }
        }
        JournalRun last = migration.get(migration.size() - 1);
        long made = all.items(ItemStatus.DONE).size();
        long failed = all.items(ItemStatus.FAILED).size();
        return new MigrationOutcome(migration.size(), all.target() == null ? null : all.target().accountId(), made,
                failed, all.items().size() - made - failed, undone, undoneAt,
                !last.finished() || last.end().cancelled());
    }

    /** True when something of the migration is in the new organization. */
    boolean reportable() {
        return runs > 0;
    }

    /** The outcome in one line, e.g. {@code ✓ 151 changes made in 888888888888 over 2 runs · 0 failed}. */
    String text() {
        if (runs == 0) {
            return "The import has not run: nothing was written to the new organization.";
        }
        if (made == 0 && undone > 0) {
            return "↶ Undone" + (undoneAt == null ? "" : " at " + TargetChange.time(undoneAt)) + ": nothing of this "
                    + "migration is in the new organization (" + ProgressText.plural(undone, "change", "changes")
                    + " taken back). Go Back to the preview to import again.";
        }
        boolean complete = failed == 0 && notDone == 0 && !stopped;
        String text = ProgressText.plural(made, "change", "changes") + " made" + (account == null ? "" : " in " + account)
                + (runs > 1 ? " over " + runs + " runs" : "") + " · " + ProgressText.count(failed) + " failed";
        if (notDone > 0) {
            text += " · " + ProgressText.count(notDone) + " not done";
        }
        if (undone > 0) {
            text += " · " + ProgressText.count(undone) + " taken back by an undo";
        }
        return (complete ? "✓ " : "⚠ ") + text
                + (complete ? "" : ". Going back to Import and choosing Retry finishes what is left.");
    }
}
