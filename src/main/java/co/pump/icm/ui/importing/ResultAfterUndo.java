package co.pump.icm.ui.importing;

import java.time.Instant;
import java.util.function.Consumer;

import co.pump.icm.ui.state.MigrationState;
import co.pump.icm.ui.state.TargetChange;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * What an undo does to the Import step's own result: from its first request the summary no longer
 * says every change is in the new organization; when it ends, the summary says what was taken back
 * (or, if it failed having taken nothing, is the import's again), the heading says how to go on, and
 * the import's result leaves the migration state. It is apart from {@link ImportViewModel} because it
 * follows the undo card's progress, not the import's, and only rewrites what the import left.
 */
final class ResultAfterUndo {

    private final UndoCard undo;
    private final MigrationState state;
    private final ReadOnlyObjectWrapper<ImportSummary> summary;
    private final Consumer<String> showUndone;
    private final ReadOnlyBooleanWrapper undone;
    /** The import's summary as it was before the undo started, or null while no undo runs. */
    private ImportSummary beforeUndo;

    /**
     * @param summary    the step's summary, rewritten as the undo goes
     * @param showUndone clears what the import left on the step and shows the given heading
     */
    ResultAfterUndo(Object bean, UndoCard undo, MigrationState state, ReadOnlyObjectWrapper<ImportSummary> summary,
            Consumer<String> showUndone) {
        this.undo = undo;
        this.state = state;
        this.summary = summary;
        this.showUndone = showUndone;
        this.undone = new ReadOnlyBooleanWrapper(bean, "undone");
    }

    /** True once an undo took back something of this session's imports (until the next import). */
    ReadOnlyBooleanProperty undoneProperty() {
        return undone.getReadOnlyProperty();
    }

    /** A new import starts: nothing of it is undone. */
    void reset() {
        undone.set(false);
        beforeUndo = null;
    }

    /** What the undo's progress means for the import's own result on this step. */
    void moved(UndoCard.State now) {
        switch (now) {
            case UNDOING -> {
                // From the first undo request on, "every change is in the new organization" is no longer true.
                beforeUndo = summary.get();
                if (beforeUndo != null) {
                    summary.set(beforeUndo.asBeforeUndo(TargetChange.time(Instant.now())));
                }
            }
            case DONE, FAILED -> ended(now == UndoCard.State.FAILED);
            default -> {
            }
        }
    }

    private void ended(boolean failed) {
        if (beforeUndo == null) {
            return;
        }
        long taken = undo.undoneCount();
        if (taken == 0 && failed) {
            summary.set(beforeUndo);
            beforeUndo = null;
            return;
        }
        var change = TargetChange.now(taken == 0 ? "an undo found nothing to take back"
                : "the import was undone: " + ProgressText.plural(taken, "change", "changes") + " taken back");
        undone.set(taken > 0);
        summary.set(ImportSummary.undone(taken, undo.complete(), TargetChange.time(change.at())));
        showUndone.accept(undo.complete()
                ? "The import was undone. To import again, go Back to the preview: it reads the new organization again."
                : "Part of the import was undone. Undo again to finish, or go Back to the preview to import again.");
        if (taken > 0) {
            state.applyResultProperty().set(null);
            state.targetChangeProperty().set(change);
        }
    }
}
