package co.pump.icm.ui.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import co.pump.icm.apply.Applier;
import co.pump.icm.apply.ApplyProgress;
import co.pump.icm.apply.ApplyResult;
import co.pump.icm.apply.Outcome;
import co.pump.icm.aws.AwsCallRunner;
import co.pump.icm.aws.AwsClients;
import co.pump.icm.compare.Category;
import co.pump.icm.plan.ChangeKind;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.rollback.ImportJournal;
import co.pump.icm.rollback.RollbackPlan;
import co.pump.icm.rollback.RollbackSession;
import co.pump.icm.rollback.RollbackText;
import co.pump.icm.rollback.RollbackVerification;
import co.pump.icm.ui.errors.UserError;
import co.pump.icm.ui.tasks.BackgroundTask;
import co.pump.icm.ui.tasks.TaskExecutor;
import co.pump.icm.ui.tasks.TaskHandle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Undo this import…" on the Import step, through the rollback engine ({@link RollbackSession}):
 * reads the new organization and plans the undo of this session's last import run that still has
 * something to undo (nothing written; the runs before it are undone the same way, one confirmation
 * each, and until they are the card and the step say the import is only partly undone), shows what it will delete, restore and re-create and what it
 * leaves alone and why, asks for the same deliberate confirmation as the import (the target account
 * ID or its last four digits), undoes with calm progress and Cancel, then reads the target again and
 * says whether every item the run touched is back as it was. Running it again is safe. Holds no nodes.
 */
public final class UndoCard {

    /** Where the undo stands. */
    public enum State {
        /** The card is not shown. */
        CLOSED,
        /** Reading the new organization to plan the undo. */
        READING,
        /** Everything this session's runs touched is already as before: nothing to undo. */
        NOTHING,
        /** The plan is shown; waiting for the typed confirmation. */
        READY,
        UNDOING,
        /** Cancel was pressed: requests already sent finish, nothing new starts. */
        STOPPING,
        /** Reading the target again to check every item is back. */
        VERIFYING,
        DONE,
        FAILED;

        /** True while background work runs. */
        public boolean working() {
            return this == READING || this == UNDOING || this == STOPPING || this == VERIFYING;
        }
    }

    /** The undo's background work says it has moved on to checking. */
    private record Verifying() {
    }

    private record Undone(ApplyResult result, RollbackVerification verification) {
    }

    private final TaskExecutor tasks;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.CLOSED);
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private final ReadOnlyStringWrapper account = new ReadOnlyStringWrapper(this, "account", "");
    private final StringProperty typed = new SimpleStringProperty(this, "typed", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ObjectProperty<UserError> error = new SimpleObjectProperty<>(this, "error");
    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private final ObservableList<String> details = FXCollections.observableArrayList();
    private final BooleanBinding confirmable;
    private final AtomicReference<Applier> applier = new AtomicReference<>();
    private volatile boolean cancelRequested;
    private TaskHandle<?> handle;
    private RollbackPlan plan;
    private long undoneCount;
    private boolean complete;
    /** The runs whose undo is done: every item they touched is back. */
    private final java.util.Set<String> undoneRuns = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** This session's runs before the one the card undoes, not undone yet. */
    private volatile List<String> earlierRuns = List.of();

    UndoCard(TaskExecutor tasks) {
        this.tasks = tasks;
        this.confirmable = Bindings.createBooleanBinding(() -> state.get() == State.READY && accepts(typed.get()),
                state, typed, account);
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** What the card says now: what the undo will do, how it went, or what it is reading. */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** The target account ID the person types to confirm. */
    public ReadOnlyStringProperty accountProperty() {
        return account.getReadOnlyProperty();
    }

    /** What the person typed to confirm. */
    public StringProperty typedProperty() {
        return typed;
    }

    /** True once the typed text is the target account ID or its last four digits. */
    public BooleanBinding confirmableProperty() {
        return confirmable;
    }

    /** The undo's bar: 0 to 1, or -1 while not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** {@code 40 of 151 undone · about 1 min left}. */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ObjectProperty<UserError> errorProperty() {
        return error;
    }

    /** What will be undone, one sentence per kind ("Delete: 40 users, 8 groups."). */
    public ObservableList<String> lines() {
        return lines;
    }

    /** What is left alone and why (before), or what is not back and why (after). */
    public ObservableList<String> details() {
        return details;
    }

    /**
     * Reads the target and plans the undo of the latest of the given runs that still has something
     * to undo; the card then shows the plan and waits for the confirmation.
     *
     * @param session opens the rollback engine on the target (its clients are closed when done)
     * @param journal the journal the runs were written to
     * @param runIds  this session's import runs, latest first
     */
    void open(TargetSession session, Path journal, List<String> runIds) {
        if (state.get().working()) {
            return;
        }
        reset();
        state.set(State.READING);
        headline.set("Reading the new organization to see what undoing the import means…");
        handle = BackgroundTask.of("Planning the undo of the import", work -> {
                    ImportJournal runs = ImportJournal.read(journal);
                    RollbackPlan last = null;
                    for (String runId : runIds) {
                        last = withSession(session, rollback -> rollback.plan(runs, runId, work::publish));
                        if (!last.isEmpty()) {
                            break;
                        }
                        undoneRuns.add(runId);
                    }
                    // The runs before the one planned: undone one at a time, each planned once the later
                    // ones are back (a later run's memberships would make an earlier run's users look changed).
                    String planned = last == null ? null : last.run().runId();
                    earlierRuns = runIds.subList(runIds.indexOf(planned) + 1, runIds.size()).stream()
                            .filter(run -> !undoneRuns.contains(run)).toList();
                    return last;
                })
                .onSuccess(this::show)
                .onCancelled(() -> state.set(State.CLOSED))
                .onFailure(failure -> fail(failure, "The undo could not be planned."))
                .executeWith(tasks);
    }

    /** How many changes the last undo took back, as AWS confirmed them (0 before any). */
    public long undoneCount() {
        return undoneCount;
    }

    /** True when the last undo ended with every item the import touched, in every run of this session, back as it was. */
    public boolean complete() {
        return complete;
    }

    /** "Undo N changes", once confirmed: undoes in the background, then checks every item is back. */
    void confirm(TargetSession session) {
        if (state.get() == State.READY && !confirmable.get()) {
            String answer = typed.get() == null ? "" : typed.get().strip();
            error.set(UserError.of((answer.isEmpty() ? "Type" : "“" + answer + "” is not the new organization's "
                    + "account. Type") + " its ID, " + account.get() + ", or its last four digits, "
                    + account.get().substring(Math.max(0, account.get().length() - 4)) + ", to undo."));
            return;
        }
        if (!confirmable.get()) {
            return;
        }
        undoneCount = 0;
        complete = false;
        RollbackPlan undo = plan;
        cancelRequested = false;
        applier.set(null);
        error.set(null);
        state.set(State.UNDOING);
        progress.set(-1);
        progressText.set("Starting…");
        headline.set("Undoing " + ProgressText.plural(undo.writes().size(), "change", "changes") + "…");
        handle = BackgroundTask.of("Undoing the import", work -> withSession(session, rollback -> {
                    ApplyResult result = rollback.apply(undo, ConfirmedProgress.listener(work::publish), this::started);
                    work.publish(new Verifying());
                    return new Undone(result, rollback.verify(undo, listener -> { }));
                }))
                .onUpdate(ConfirmedProgress.class, this::showProgress)
                .onUpdate(Verifying.class, v -> {
                    state.set(State.VERIFYING);
                    headline.set("Reading the new organization again to check every item is back…");
                })
                .onSuccess(this::done)
                .onFailure(failure -> fail(failure, "The undo stopped before it finished."))
                .executeWith(tasks);
    }

    /** Cancel: stops reading, or lets the undo's requests in flight finish and starts nothing new. */
    public void cancel() {
        if (state.get() == State.READING && handle != null) {
            handle.cancel();
        } else if (state.get() == State.UNDOING) {
            cancelRequested = true;
            state.set(State.STOPPING);
            Applier running = applier.get();
            if (running != null) {
                running.cancel();
            }
        }
    }

    /** "Keep the import" / "Close": hides the card (not while it works). */
    public void close() {
        if (!state.get().working()) {
            reset();
        }
    }

    private void reset() {
        state.set(State.CLOSED);
        plan = null;
        typed.set("");
        account.set("");
        error.set(null);
        lines.clear();
        details.clear();
        progress.set(-1);
        progressText.set("");
    }

    private void started(Applier value) {
        applier.set(value);
        if (cancelRequested) {
            value.cancel();
        }
    }

    private void show(RollbackPlan planned) {
        plan = planned;
        account.set(planned.target().accountId());
        details.setAll(planned.leftAlone().stream().map(c -> "⚠ " + c.category().label() + " · " + c.label() + " — "
                + RollbackText.reason(c)).toList());
        if (planned.isEmpty()) {
            lines.clear();
            headline.set("✓ Nothing to undo: every item this import touched is as it was before it"
                    + (details.isEmpty() ? "." : ", or left alone for the reasons below."));
            state.set(State.NOTHING);
            return;
        }
        lines.setAll(sentences(planned));
        headline.set("Undoing puts the new organization back as it was before the import, for what the import touched ("
                + ProgressText.plural(planned.writes().size(), "change", "changes") + "). Nothing has been written yet.");
        state.set(State.READY);
    }

    private void showProgress(ConfirmedProgress confirmed) {
        ApplyProgress update = confirmed.progress();
        int total = update.totalCount();
        undoneCount = confirmed.madeCount();
        progress.set(total == 0 ? 1 : (double) undoneCount / total);
        progressText.set(ProgressText.count(undoneCount) + " of " + ProgressText.count(total) + " undone · "
                + (state.get() == State.STOPPING ? "stopping" : ProgressText.timeLeft(update.secondsLeft()))
                + (update.throttled() > 0 ? " · " + ProgressText.throttled(update.throttled()) : ""));
    }

    private void done(Undone undone) {
        ApplyResult result = undone.result();
        RollbackVerification verification = undone.verification();
        undoneCount = result.count(Outcome.SUCCEEDED);
        if (verification.back()) {
            undoneRuns.add(plan.run().runId());
        }
        complete = verification.back() && earlierRuns.isEmpty();
        progress.set(1);
        progressText.set(ProgressText.plural(result.count(Outcome.SUCCEEDED), "change", "changes") + " undone · "
                + ProgressText.count(result.failures().size()) + " not" + (result.cancelled() ? " · stopped" : ""));
        details.setAll(verification.notBack().stream().map(c -> "⚠ " + c.category().label() + " · " + c.label() + " — "
                + RollbackText.reason(c)).toList());
        headline.set(verification.back() && !earlierRuns.isEmpty()
                ? "✓ The import's last run is undone: every item it touched is back as it was before it ("
                + ProgressText.plural(verification.checked(), "item", "items") + " checked). The "
                + (earlierRuns.size() == 1 ? "run before it still has its" : earlierRuns.size() + " runs before it still have their")
                + " changes in the new organization: Undo this import again to take them back too."
                : verification.back()
                ? "✓ Undone: every item this import touched is back as it was before it ("
                + ProgressText.plural(verification.checked(), "item", "items") + " checked). To import again, go Back "
                + "to the preview."
                : "⚠ " + ProgressText.plural(verification.notBack().size(), "item is", "items are")
                + " not back as before the import (below, with why). Undo again to finish what is left: it is safe.");
        state.set(State.DONE);
    }

    private void fail(Throwable failure, String whatFailed) {
        error.set(UserError.of(failure, whatFailed + " Nothing is half-done: try again."));
        headline.set("");
        state.set(State.FAILED);
    }

    private boolean accepts(String text) {
        String answer = text == null ? "" : text.strip();
        String id = account.get();
        return !id.isEmpty() && (answer.equals(id) || (answer.length() == 4 && id.endsWith(answer)));
    }

    /** "Delete: 40 users, 8 groups." — one sentence per kind of undo step. */
    private static List<String> sentences(RollbackPlan planned) {
        var result = new ArrayList<String>();
        for (ChangeKind kind : List.of(ChangeKind.DELETE, ChangeKind.UPDATE, ChangeKind.CREATE)) {
            var parts = new ArrayList<String>();
            for (Category category : PlanOptions.MIGRATED) {
                int n = planned.plan().count(category, kind);
                if (n > 0) {
                    parts.add(ProgressText.count(n) + " " + (n == 1 ? category.singular()
                            : category.label().toLowerCase(Locale.ROOT)));
                }
            }
            if (!parts.isEmpty()) {
                String verb = switch (kind) {
                    case DELETE -> "Delete what the import created";
                    case UPDATE -> "Restore what it changed";
                    default -> "Re-create what it deleted";
                };
                result.add(verb + ": " + String.join(", ", parts) + ".");
            }
        }
        long leftAlone = planned.leftAlone().size();
        if (leftAlone > 0) {
            result.add("Leave alone: " + ProgressText.plural(leftAlone, "item", "items")
                    + " changed since the import (below, with why).");
        }
        return result;
    }

    /** Work with the rollback engine on the target. */
    private interface WithRollback<T> {
        T run(RollbackSession rollback) throws Exception;
    }

    private static <T> T withSession(TargetSession session, WithRollback<T> work) throws Exception {
        try (var clients = AwsClients.open(session.target(), session.rates().concurrency() + 16)) {
            return work.run(new RollbackSession(clients, new AwsCallRunner(session.rates())));
        }
    }
}
