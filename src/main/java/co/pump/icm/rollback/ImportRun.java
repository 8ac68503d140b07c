package co.pump.icm.rollback;

import java.util.List;
import java.util.Set;

import co.pump.icm.model.SourceInfo;

/**
 * One import run read back from a journal.
 *
 * @param runId        the run's ID
 * @param startedAt    when it started (ISO-8601, as journaled)
 * @param target       the instance it wrote to
 * @param finished     true when the journal has its {@code end} line
 * @param changes      its changes in the order they were first journaled
 * @param undoStarted  IDs of the changes an earlier rollback of this run started to undo
 */
public record ImportRun(String runId, String startedAt, SourceInfo target, boolean finished,
                        List<JournaledChange> changes, Set<String> undoStarted) {

    public ImportRun {
        changes = List.copyOf(changes);
        undoStarted = Set.copyOf(undoStarted);
    }

    /** How many changes were started and never got an outcome line (the run was stopped or killed). */
    public long unfinishedChanges() {
        return changes.stream().filter(c -> c.status() == JournaledStatus.STARTED).count();
    }
}
