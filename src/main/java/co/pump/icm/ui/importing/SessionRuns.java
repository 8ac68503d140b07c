package co.pump.icm.ui.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import co.pump.icm.rollback.ImportJournal;
import co.pump.icm.rollback.ImportRun;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * This session's import runs that wrote something, by their ID in the journal: what "Undo this
 * import…" may take back. A run counts once an import in it made or tried a change, or following the
 * accounts wrote into it. It is apart from {@link ImportViewModel} because it outlives each run (an
 * undo takes back all of them, latest first) and is fed by the import and by following alike.
 */
final class SessionRuns {

    private final List<String> runs = new ArrayList<>();
    private final ReadOnlyBooleanWrapper undoable;

    /** No runs yet; the property is owned by {@code bean} (the step). */
    SessionRuns(Object bean) {
        undoable = new ReadOnlyBooleanWrapper(bean, "undoable");
    }

    /** True when this session's runs wrote something that can be undone, and no import runs. */
    ReadOnlyBooleanProperty undoableProperty() {
        return undoable.getReadOnlyProperty();
    }

    /** An import runs: nothing can be undone from here until it ends. */
    void importing() {
        undoable.set(false);
    }

    /** An import ended in {@code runId} (null when unknown); {@code wrote} when it made or tried a change. */
    void ended(String runId, boolean wrote) {
        if (runId != null && wrote) {
            runs.add(runId);
        }
        stopped();
    }

    /** An import stopped with an error: the runs before it can still be undone. */
    void stopped() {
        undoable.set(!runs.isEmpty());
    }

    /** Following the accounts wrote into {@code runId}. */
    void followed(String runId) {
        if (!runs.contains(runId)) {
            runs.add(runId);
        }
        undoable.set(true);
    }

    /** The runs to take back, the latest first. */
    List<String> latestFirst() {
        var latestFirst = new ArrayList<>(runs);
        Collections.reverse(latestFirst);
        return latestFirst;
    }

    /** The ID of the journal's last import run: the one just applied. */
    static String lastRunId(Path journalFile) {
        try {
            List<ImportRun> runs = ImportJournal.read(journalFile).runs();
            return runs.isEmpty() ? null : runs.get(runs.size() - 1).runId();
        } catch (RuntimeException unreadable) {
            // Without the run's ID the import cannot be undone from here; icm rollback still can.
            return null;
        }
    }
}
