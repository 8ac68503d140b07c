package co.pump.icm.ui.access;

import co.pump.icm.ui.state.TargetChange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.function.Function;

import co.pump.icm.aws.ExportListener;
import co.pump.icm.aws.ExportProgress;
import co.pump.icm.plan.Plan;
import co.pump.icm.plan.PlanWarning;
import co.pump.icm.verify.DriftCheck;
import co.pump.icm.verify.DriftItem;
import co.pump.icm.ui.errors.UserError;
import co.pump.icm.ui.importing.ProgressText;
import co.pump.icm.ui.tasks.BackgroundTask;
import co.pump.icm.ui.tasks.TaskExecutor;
import co.pump.icm.ui.tasks.TaskHandle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Test step's "Compare with the snapshot" card: reads the new organization again and plans the
 * snapshot with the import's options ({@link DriftCheck}); whatever the plan would still write is
 * drift ("✓ No drift" when nothing). Items the import leaves alone on purpose are counted, not
 * drift. Holds no nodes.
 */
public final class DriftCard {

    /** Where the comparison stands. */
    public enum State { NOT_CHECKED, CHECKING, NO_DRIFT, DRIFT, FAILED }

    private final TaskExecutor tasks;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.NOT_CHECKED);
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final ObjectProperty<UserError> error = new SimpleObjectProperty<>(this, "error");
    private final ObservableList<DriftLine> drift = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<DriftCheck> result = new ReadOnlyObjectWrapper<>(this, "result");
    private TaskHandle<DriftCheck> checking;

    DriftCard(TaskExecutor tasks) {
        this.tasks = tasks;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** {@code ✓ No drift: …}, {@code ✗ 3 differences …}, or what is being read. */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** What the import left alone on purpose (not drift), or empty. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    public ObjectProperty<UserError> errorProperty() {
        return error;
    }

    /** The last comparison, or null before the first. */
    public ReadOnlyObjectProperty<DriftCheck> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The differences, in plan order. */
    public ObservableList<DriftLine> drift() {
        return drift;
    }

    /**
     * Compares in the background.
     *
     * @param plan reads the target and plans, reporting the reading to the listener it is given
     *             (blocking; runs off the FX thread)
     */
    void check(Function<ExportListener, Plan> plan) {
        if (state.get() == State.CHECKING) {
            return;
        }
        error.set(null);
        drift.clear();
        note.set("");
        state.set(State.CHECKING);
        headline.set("Reading the new organization…");
        checking = BackgroundTask.of("Comparing the new organization with the snapshot", work -> DriftCheck.of(plan.apply(work::publish), Instant.now()))
                .onUpdate(ExportProgress.class, p -> headline.set("Reading the new organization… "
                        + ProgressText.plural(p.users(), "user", "users") + ", "
                        + ProgressText.plural(p.groups(), "group", "groups") + ", "
                        + ProgressText.plural(p.assignments(), "assignment", "assignments") + " so far"))
                .onSuccess(this::show)
                .onCancelled(() -> {
                    state.set(State.NOT_CHECKED);
                    headline.set("Not compared yet.");
                })
                .onFailure(failure -> {
                    error.set(UserError.of(failure, "The new organization could not be read to compare it."));
                    headline.set("");
                    state.set(State.FAILED);
                })
                .executeWith(tasks);
    }

    /** Stops reading (nothing is written either way). */
    public void cancel() {
        if (checking != null && state.get() == State.CHECKING) {
            checking.cancel();
        }
    }

    /**
     * The new organization changed after the last comparison: it no longer says how things are.
     * The differences stay on screen, marked as of then, until the next comparison.
     */
    public void outOfDate(TargetChange change) {
        DriftCheck shown = result.get();
        if (shown == null || state.get() == State.CHECKING || !change.after(shown.checkedAt())) {
            return;
        }
        note.set("");
        headline.set("Out of date: compared at " + TargetChange.time(shown.checkedAt()) + ", before the new "
                + "organization changed at " + change.describe() + ". Compare again to see it as it is now.");
        state.set(State.NOT_CHECKED);
        result.set(null);
    }

    private void show(DriftCheck check) {
        var lines = new ArrayList<DriftLine>();
        for (DriftItem item : check.drift()) {
            lines.add(new DriftLine(item.category(), item.kind(), item.label(), detail(item)));
        }
        drift.setAll(lines);
        int leftAlone = check.leftAlone().size();
        var notes = new ArrayList<String>();
        if (leftAlone > 0) {
            notes.add(ProgressText.plural(leftAlone, "item was", "items were")
                    + " left alone by the import on purpose (skipped or in conflict, as the preview said): not drift.");
        }
        // What reading the new organization found (an assignment held twice) is not drift, but is said.
        check.warnings().stream().filter(PlanWarning::aboutNewOrganization).map(w -> "⚠ " + w.message())
                .forEach(notes::add);
        note.set(String.join("\n", notes));
        if (check.noDrift()) {
            headline.set("✓ No drift: the new organization holds everything the import intended ("
                    + ProgressText.plural(check.itemsChecked(), "item", "items") + " checked).");
            state.set(State.NO_DRIFT);
        } else {
            headline.set("✗ " + ProgressText.plural(lines.size(), "difference", "differences")
                    + " from what the import intended. Importing again puts them right.");
            state.set(State.DRIFT);
        }
        result.set(check);
    }

    /** The engine's detail in the words of this screen: "the new organization" rather than "the target". */
    private static String detail(DriftItem item) {
        return switch (item.kind()) {
            case CREATE -> "missing in the new organization";
            case DELETE -> "in the new organization but not in the snapshot";
            default -> item.detail();
        };
    }
}
