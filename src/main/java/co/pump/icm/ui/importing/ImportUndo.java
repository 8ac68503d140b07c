package co.pump.icm.ui.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import co.pump.icm.apply.Applier;
import co.pump.icm.apply.ApplyListener;
import co.pump.icm.apply.ApplyResult;
import co.pump.icm.apply.ItemResult;
import co.pump.icm.apply.Outcome;
import co.pump.icm.compare.Category;
import co.pump.icm.model.SourceInfo;
import co.pump.icm.plan.Change;
import co.pump.icm.plan.ChangeKind;
import co.pump.icm.plan.Plan;
import co.pump.icm.rollback.RollbackPlan;
import co.pump.icm.rollback.RollbackSession;
import co.pump.icm.rollback.RollbackVerification;

/**
 * The undo of a whole import: one rollback plan per run of this session that still has something
 * to undo, the latest run first. "Import the rest" and "Retry failed" are runs of the same import,
 * so one confirmation takes back every one of them; undoing only the last would leave the first
 * run's changes in the new organization while the step said the import was undone.
 *
 * @param runs the runs' rollback plans, latest first, none empty
 */
record ImportUndo(List<RollbackPlan> runs) {

    ImportUndo {
        runs = List.copyOf(runs);
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("an undo needs at least one run to undo");
        }
    }

    /**
     * The undo of the given runs' plans, each made against the new organization as it is now. An
     * item two runs touched (a change the first run may have made before it failed, made again by
     * "Retry failed") is undone once, by the later run's plan, which is undone first.
     *
     * @param latestFirst the runs' rollback plans, latest first
     * @return the undo, or null when none of the runs has anything to undo
     */
    static ImportUndo of(List<RollbackPlan> latestFirst) {
        var seen = new HashSet<String>();
        var runs = new ArrayList<RollbackPlan>();
        for (RollbackPlan run : latestFirst) {
            List<Change<?>> own = run.plan().changes().stream()
                    .filter(change -> seen.add(change.category() + "/" + change.id())).toList();
            Plan plan = run.plan();
            var undo = new RollbackPlan(run.journalFile(), run.run(), new Plan(plan.snapshot(), plan.target(),
                    plan.options(), own, plan.unchanged(), plan.warnings()), run.notes());
            if (!undo.isEmpty()) {
                runs.add(undo);
            }
        }
        return runs.isEmpty() ? null : new ImportUndo(runs);
    }

    /** The new organization all the runs wrote to. */
    SourceInfo target() {
        return runs.get(0).target();
    }

    /** How many changes the undo writes, over every run. */
    int writes() {
        return runs.stream().mapToInt(r -> r.writes().size()).sum();
    }

    /** How many changes of a category and kind the undo makes, over every run. */
    int count(Category category, ChangeKind kind) {
        return runs.stream().mapToInt(r -> r.plan().count(category, kind)).sum();
    }

    /**
     * Undoes the runs one after the other, the latest first (what a later run made may rest on what
     * an earlier one made, as assignments on its permission sets). A Cancel stops the run being undone
     * and starts no other.
     *
     * @param listener hears each run's progress, with how many changes the runs before it had
     */
    Undone apply(RollbackSession rollback, RunListener listener, Consumer<Applier> started, BooleanSupplier cancelled) {
        var items = new ArrayList<ItemResult>();
        boolean stopped = false;
        int before = 0;
        for (RollbackPlan run : runs) {
            if (stopped || cancelled.getAsBoolean()) {
                stopped = true;
                break;
            }
            ApplyResult result = rollback.apply(run, listener.forRun(before), started);
            items.addAll(result.items());
            stopped = result.cancelled();
            before += run.writes().size();
        }
        return new Undone(items, stopped);
    }

    /** What the undo did over every run: each change's result, and whether a Cancel stopped it. */
    record Undone(List<ItemResult> items, boolean cancelled) {

        Undone {
            items = List.copyOf(items);
        }

        long succeeded() {
            return items.stream().filter(i -> i.outcome() == Outcome.SUCCEEDED).count();
        }

    }

    /** Checks every run's items again, once all are undone. */
    RollbackVerification verify(RollbackSession rollback) {
        int checked = 0;
        var notBack = new ArrayList<Change<?>>();
        for (RollbackPlan run : runs) {
            RollbackVerification one = rollback.verify(run, listener -> { });
            checked += one.checked();
            notBack.addAll(one.notBack());
        }
        return new RollbackVerification(checked, notBack);
    }

    /** Makes the listener of one run, given how many changes the runs undone before it hold. */
    interface RunListener {
        ApplyListener forRun(int before);
    }
}
