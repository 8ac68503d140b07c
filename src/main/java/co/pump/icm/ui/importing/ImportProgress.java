package co.pump.icm.ui.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;

import co.pump.icm.apply.ApplyProgress;
import co.pump.icm.apply.ApplyResult;
import co.pump.icm.apply.Outcome;
import co.pump.icm.compare.Category;
import co.pump.icm.plan.Plan;
import co.pump.icm.plan.PlanOptions;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The numbers the Import step shows about a run: the overall bar, how many changes are made and
 * how long is left, the request rate, the throttling note and a row per category, live while the
 * run works and final at its end. It is apart from {@link ImportViewModel} because these numbers
 * follow the engine's progress and the run's result, not the step's flow (starting, cancelling,
 * retrying, undoing); the step only says when to show, finish or clear them.
 */
final class ImportProgress {

    private final ReadOnlyDoubleWrapper progress;
    private final ReadOnlyStringWrapper progressText;
    private final ReadOnlyStringWrapper rateText;
    private final ReadOnlyStringWrapper throttleText;
    private final ObservableList<CategoryProgress> categories = FXCollections.observableArrayList();

    /** The numbers, their properties owned by {@code bean} (the step). */
    ImportProgress(Object bean) {
        progress = new ReadOnlyDoubleWrapper(bean, "progress", -1);
        progressText = new ReadOnlyStringWrapper(bean, "progressText", "");
        rateText = new ReadOnlyStringWrapper(bean, "rateText", "");
        throttleText = new ReadOnlyStringWrapper(bean, "throttleText", "");
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    ReadOnlyStringProperty rateTextProperty() {
        return rateText.getReadOnlyProperty();
    }

    ReadOnlyStringProperty throttleTextProperty() {
        return throttleText.getReadOnlyProperty();
    }

    ObservableList<CategoryProgress> categories() {
        return categories;
    }

    /** Reading the new organization before a retry: no count yet. */
    void reading() {
        progress.set(-1);
        progressText.set("Reading the new organization…");
    }

    /** A run of {@code plan} starts: nothing made yet in any of its categories, the bar still waiting. */
    void starting(Plan plan) {
        show(new ConfirmedProgress(Map.of(), new ApplyProgress(Map.of(), totals(plan), 0, 0, 0, 0, -1, false)), false);
        progress.set(-1);
    }

    /** Shows only what AWS confirmed: a Cancel ends the changes not started all at once, and they are not made. */
    void show(ConfirmedProgress confirmed, boolean stopping) {
        ApplyProgress update = confirmed.progress();
        int total = update.totalCount();
        int made = confirmed.madeCount();
        progress.set(total == 0 ? 1 : (double) made / total);
        progressText.set(stopping
                ? ProgressText.count(made) + " of " + ProgressText.count(total) + " made · stopping"
                : ProgressText.overall(made, total, update.secondsLeft()));
        rateText.set(ProgressText.rate(update.ratePerSecond()));
        throttleText.set(ProgressText.throttled(update.throttled()));
        var rows = new ArrayList<CategoryProgress>();
        for (Category category : PlanOptions.MIGRATED) {
            Integer of = update.total().get(category);
            if (of != null && of > 0) {
                rows.add(CategoryProgress.running(category, of, confirmed.made().getOrDefault(category, 0)));
            }
        }
        categories.setAll(rows);
    }

    /** The run of {@code plan} ended with {@code result}: what was made, the requests it took, the final rows. */
    void finished(Plan plan, ApplyResult result, ImportSummary outcome, boolean demo) {
        long made = result.count(Outcome.SUCCEEDED);
        progress.set(plan.writes().isEmpty() ? 1 : (double) made / plan.writes().size());
        progressText.set(ProgressText.count(made) + " of " + ProgressText.count(plan.writes().size()) + " made");
        throttleText.set(ProgressText.throttled(result.stats().total().throttled()));
        long calls = result.stats().total().calls();
        // The demo's requests go to a stand-in on this computer, not to AWS.
        rateText.set((demo ? ProgressText.plural(calls, "request", "requests") + " to the demo's local AWS"
                : ProgressText.plural(calls, "AWS request", "AWS requests")) + " in "
                + Math.max(1, Math.round(result.elapsed().toMillis() / 1000.0)) + "\u00a0s");
        categories.setAll(outcome.categories());
    }

    /** After an undo the run's numbers no longer describe the new organization: the rows and texts go. */
    void clear() {
        categories.clear();
        progressText.set("");
        rateText.set("");
        throttleText.set("");
    }

    private static Map<Category, Integer> totals(Plan plan) {
        var totals = new EnumMap<Category, Integer>(Category.class);
        plan.writes().forEach(change -> totals.merge(change.category(), 1, Integer::sum));
        return totals;
    }
}
