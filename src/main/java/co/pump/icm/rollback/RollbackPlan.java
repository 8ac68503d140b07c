package co.pump.icm.rollback;

import java.nio.file.Path;
import java.util.List;

import co.pump.icm.model.SourceInfo;
import co.pump.icm.plan.Change;
import co.pump.icm.plan.ChangeKind;
import co.pump.icm.plan.Plan;

/**
 * What undoing one import run will do, item by item, planned against the target as read just now.
 * Nothing has been written when a rollback plan exists.
 *
 * @param journalFile the journal the run was read from; the rollback appends its own lines to it
 * @param run         the run to undo
 * @param plan        the changes: {@link Change.Delete} (what the run created),
 *                    {@link Change.Update} (back to how the run found it), {@link Change.Create}
 *                    (what the run deleted), {@link Change.Skip} and {@link Change.Conflict}
 *                    (left alone, with the reason); the items already as before the run are
 *                    counted as {@link ChangeKind#UNCHANGED}
 * @param notes       things to know about the journal (a torn last line, an unfinished run)
 */
public record RollbackPlan(Path journalFile, ImportRun run, Plan plan, List<String> notes) {

    public RollbackPlan {
        notes = List.copyOf(notes);
    }

    /** The instance the rollback writes to (the one the run wrote to). */
    public SourceInfo target() {
        return plan.target().source();
    }

    /** The changes that write to AWS. */
    public List<Change<?>> writes() {
        return plan.writes();
    }

    /** True when there is nothing to write (everything is back, or left alone). */
    public boolean isEmpty() {
        return plan.isEmpty();
    }

    /** The items left alone, each with its reason: {@link Change.Skip} and {@link Change.Conflict}. */
    public List<Change<?>> leftAlone() {
        return plan.changes().stream().filter(c -> !c.writes()).toList();
    }

    /** How many of the run's items are already as they were before the run. */
    public int alreadyBack() {
        return plan.count(ChangeKind.UNCHANGED);
    }

    /** How many of the run's items were checked (every change that may have written something). */
    public int checked() {
        return alreadyBack() + plan.changes().size();
    }
}
