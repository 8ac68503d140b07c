package co.pump.icm.ui.importing;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import co.pump.icm.apply.Applier;
import co.pump.icm.apply.ApplyResult;
import co.pump.icm.apply.ItemResult;
import co.pump.icm.apply.Outcome;
import co.pump.icm.aws.RateSettings;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.plan.Plan;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.ui.errors.UserError;
import co.pump.icm.ui.follow.AccountFollowing;
import co.pump.icm.ui.shell.StepContext;
import co.pump.icm.ui.shell.StepViewModel;
import co.pump.icm.ui.state.MigrationState;
import co.pump.icm.ui.state.TargetChange;
import co.pump.icm.ui.tasks.BackgroundTask;
import co.pump.icm.ui.tasks.TaskHandle;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Import step: applies the confirmed plan ({@code state.planProperty()}) to the new organization
 * ({@code state.targetAwsProperty()}) in the background as soon as the step is entered, with calm
 * progress (one overall bar, a row per category, requests a second, throttling in plain words) and
 * Cancel, which lets requests already sent finish and starts nothing new. At the end it stores the
 * {@link ApplyResult} in {@code state.applyResultProperty()} and says what was done and what was not;
 * "Retry failed" reads the new organization again, plans with the same options and applies what is
 * still missing. Back and Next wait while it works.
 *
 * <p>Every write is journaled next to the snapshot ({@link JournalLocation}). The step's flow lives
 * here; the numbers shown about a run ({@link ImportProgress}), the runs an undo may take back
 * ({@link SessionRuns}), what an undo does to the result ({@link ResultAfterUndo}) and the offer to
 * follow the accounts ({@link FollowingOffer}) each have a class of their own.
 */
public final class ImportViewModel extends StepViewModel {

    /** The footer while importing. */
    public static final String IMPORTING = "Importing into the new organization. Keep this window open.";
    /** The footer after Cancel, until the requests in flight have finished. */
    public static final String STOPPING = "Stopping: requests already sent finish, nothing new starts…";
    /** The footer while reading the target before a retry. */
    public static final String READING = "Reading the new organization to see what is left…";

    /** The footer while the import is being undone. */
    public static final String UNDOING = "Undoing the import. Keep this window open.";
    /** The footer while the undo reads the new organization to plan (nothing is written then). */
    public static final String PLANNING_UNDO = "Reading the new organization to see what undoing means. Nothing is written yet.";

    /** A run as applied: its result and its ID in the journal (null when the journal could not be read back). */
    private record Applied(ApplyResult result, String runId) {
    }

    private final MigrationState state;
    private final RateSettings rates;
    private final ReadOnlyObjectWrapper<ImportPhase> phase = new ReadOnlyObjectWrapper<>(this, "phase", ImportPhase.NO_PLAN);
    private final ImportProgress numbers = new ImportProgress(this);
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyObjectWrapper<ImportSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final ReadOnlyObjectWrapper<Path> journal = new ReadOnlyObjectWrapper<>(this, "journal");
    private final ObjectProperty<UserError> error = new SimpleObjectProperty<>(this, "error");
    private final ReadOnlyStringWrapper retryLabel = new ReadOnlyStringWrapper(this, "retryLabel");
    private final ObservableList<ItemResult> notDone = FXCollections.observableArrayList();
    private final AtomicReference<Applier> applier = new AtomicReference<>();
    private final UndoCard undo;
    private final SessionRuns sessionRuns = new SessionRuns(this);
    private final FollowingOffer followingOffer;
    private final ResultAfterUndo afterUndo;
    private volatile boolean cancelRequested;
    private Plan running;
    private Plan lastStarted;
    /** The confirmed plan this step last imported (its rest and retries are other plans). */
    private Plan confirmedImported;
    private TaskHandle<Plan> reading;

    /** The step as the app registers it: AWS's documented request rates. */
    public ImportViewModel(StepContext context) {
        this(context, RateSettings.AWS_DEFAULTS);
    }

    /** The step with request rates of one's own (tests run faster or slower than AWS allows). */
    public ImportViewModel(StepContext context, RateSettings rates) {
        super(context);
        this.state = context.state();
        this.rates = rates;
        this.undo = new UndoCard(context.tasks());
        this.followingOffer = new FollowingOffer(state, context.tasks(), sessionRuns, this::target, journal::get);
        this.afterUndo = new ResultAfterUndo(this, undo, state, summary, this::showUndone);
        var undone = afterUndo.undoneProperty();
        var undoing = Bindings.createBooleanBinding(() -> undo.stateProperty().get().working(), undo.stateProperty());
        // After an undo the new organization no longer holds the import: there is nothing to test.
        valid().bind(phase.isEqualTo(ImportPhase.FINISHED).or(phase.isEqualTo(ImportPhase.FAILED)).and(undoing.not())
                .and(undone.not()));
        backAllowed().bind(Bindings.createBooleanBinding(() -> !phase.get().working() && !undoing.get(),
                phase, undoing));
        status().bind(Bindings.createStringBinding(() -> undo.stateProperty().get() == UndoCard.State.READING
                ? PLANNING_UNDO : undoing.get() ? UNDOING : switch (phase.get()) {
            case IMPORTING -> IMPORTING;
            case STOPPING -> STOPPING;
            case READING -> READING;
            default -> null;
        }, phase, undoing, undo.stateProperty()));
        undo.stateProperty().addListener((obs, was, now) -> afterUndo.moved(now));
        phase.addListener((obs, was, now) -> retryLabel.set(switch (now) {
            case FINISHED -> summary.get() == null ? null : summary.get().retryLabel();
            case FAILED -> lastStarted == null ? null : "_Try again";
            default -> null;
        }));
    }

    /** Where the step stands. */
    public ReadOnlyObjectProperty<ImportPhase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** The overall bar: 0 to 1, or -1 before the first progress arrives. */
    public ReadOnlyDoubleProperty progressProperty() {
        return numbers.progressProperty();
    }

    /** {@code 1,240 of 5,300 · about 4 min left}. */
    public ReadOnlyStringProperty progressTextProperty() {
        return numbers.progressTextProperty();
    }

    /** {@code about 19 requests a second}, or empty. */
    public ReadOnlyStringProperty rateTextProperty() {
        return numbers.rateTextProperty();
    }

    /** {@code AWS asked us to slow down 12 times; that is normal and handled.}, or empty. */
    public ReadOnlyStringProperty throttleTextProperty() {
        return numbers.throttleTextProperty();
    }

    /** What is being imported where, e.g. {@code The confirmed plan: 416 changes in 888888888888.} */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** The last run's outcome in words and rows, or null while none has ended. */
    public ReadOnlyObjectProperty<ImportSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The journal of the last run. */
    public ReadOnlyObjectProperty<Path> journalProperty() {
        return journal.getReadOnlyProperty();
    }

    /**
     * The retry button's text ({@code _Retry failed}, {@code Import the _rest}, {@code _Try again}),
     * or null while there is nothing to retry (the button is then hidden).
     */
    public ReadOnlyStringProperty retryLabelProperty() {
        return retryLabel.getReadOnlyProperty();
    }

    /** "Undo this import…": the rollback of this session's import runs. */
    public UndoCard undo() {
        return undo;
    }

    /** True once an undo took back something of this session's imports (until the next import). */
    public ReadOnlyBooleanProperty undoneProperty() {
        return afterUndo.undoneProperty();
    }

    /** True when this session's imports wrote something that can be undone, and no import runs. */
    public ReadOnlyBooleanProperty undoableProperty() {
        return sessionRuns.undoableProperty();
    }

    /** "Undo this import…": reads the new organization and shows what undoing means; nothing is written yet. */
    public void openUndo() {
        if (!sessionRuns.undoableProperty().get()) {
            return;
        }
        // Following would go on creating what the undo takes back.
        state.following().withdraw();
        undo.open(target(), journal.get(), sessionRuns.latestFirst());
    }

    /** "Undo N changes", once the account ID is typed. */
    public void confirmUndo() {
        undo.confirm(target());
    }

    /** What went wrong (no plan, or the run could not go on), or null. */
    public ObjectProperty<UserError> errorProperty() {
        return error;
    }

    /** One row per category being written: live while running, final at the end. */
    public ObservableList<CategoryProgress> categories() {
        return numbers.categories();
    }

    /** The changes of the last run that failed or were not attempted, with their reasons; failures first. */
    public ObservableList<ItemResult> notDone() {
        return notDone;
    }

    @Override
    public void onEnter() {
        if (phase.get().working()) {
            return;
        }
        if (state.undoRequestedProperty().get()) {
            // Back from the Finish step's "Undo this import…".
            state.undoRequestedProperty().set(false);
            openUndo();
            return;
        }
        Plan plan = state.planProperty().get();
        if (plan == null || state.targetAwsProperty().get() == null) {
            phase.set(ImportPhase.NO_PLAN);
            error.set(UserError.of(plan == null
                    ? "There is no confirmed plan to import. Go back to the preview and confirm the import there."
                    : "The new delegated administrator account is not signed in. Go back and sign in to it."));
            return;
        }
        // Only a plan confirmed since the last import is imported on entering: after "Import the
        // rest" the last run is of another plan, and coming back must not run the confirmed one again.
        if (plan != confirmedImported) {
            confirmedImported = plan;
            apply(plan, false);
        }
    }

    /** Cancel: requests already sent finish, nothing new starts; the summary then says what was not done. */
    public void cancel() {
        if (phase.get() == ImportPhase.READING && reading != null) {
            reading.cancel();
            return;
        }
        if (phase.get() != ImportPhase.IMPORTING) {
            return;
        }
        cancelRequested = true;
        phase.set(ImportPhase.STOPPING);
        Applier current = applier.get();
        if (current != null) {
            current.cancel();
        }
    }

    /**
     * "Retry failed" (or "Import the rest" after Cancel, or "Try again" after an error): reads the new
     * organization again, plans the same snapshot with the same options, and applies what is still
     * missing. Safe: what is already right is left alone.
     */
    public void retry() {
        if (phase.get().working() || undo.stateProperty().get().working() || lastStarted == null) {
            return;
        }
        Plan previous = lastStarted;
        IdentityCenterConfig snapshot = state.getSnapshot() != null ? state.getSnapshot().config() : previous.snapshot();
        PlanOptions options = previous.options();
        TargetSession target = target();
        error.set(null);
        phase.set(ImportPhase.READING);
        numbers.reading();
        reading = BackgroundTask.of("Reading the new organization before a retry",
                        work -> target.plan(snapshot, options, work::publish))
                .onSuccess(rest -> apply(rest, true))
                .onCancelled(() -> phase.set(summary.get() != null ? ImportPhase.FINISHED : ImportPhase.FAILED))
                .onFailure(failure -> fail(failure, "The new organization could not be read again."))
                .executeWith(context().tasks());
    }

    /** Applies a plan: the confirmed one, or (rest) what it still needs after a stopped or failed run. */
    private void apply(Plan plan, boolean rest) {
        lastStarted = plan;
        running = plan;
        cancelRequested = false;
        applier.set(null);
        error.set(null);
        summary.set(null);
        notDone.clear();
        Path journalFile = journalFile();
        journal.set(journalFile);
        int writes = plan.writes().size();
        heading.set((rest ? "The rest of the confirmed plan: " + ProgressText.plural(writes, "change", "changes")
                + " still to make" : "The confirmed plan: " + ProgressText.plural(writes, "change", "changes")) + " in "
                + plan.target().source().accountId() + ".");
        phase.set(ImportPhase.IMPORTING);
        numbers.starting(plan);
        if (writes > 0) {
            // Before the first request: from here on the footer no longer says nothing was written.
            state.writesStartedProperty().set(true);
        }
        TargetSession target = target();
        // A new import replaces what the last one left awaiting.
        state.following().withdraw();
        undo.close();
        sessionRuns.importing();
        afterUndo.reset();
        BackgroundTask.of("Importing into the new organization",
                        work -> new Applied(target.apply(plan, journalFile, ConfirmedProgress.listener(work::publish),
                                this::started), SessionRuns.lastRunId(journalFile)))
                .onUpdate(ConfirmedProgress.class, this::showProgress)
                .onSuccess(this::finished)
                .onFailure(failure -> fail(failure, "The import stopped before it finished."))
                .executeWith(context().tasks());
    }

    /** Called on the import's thread with the applier, before it sends anything. */
    private void started(Applier value) {
        applier.set(value);
        if (cancelRequested) {
            value.cancel();
        }
    }

    /** A progress event of the run: shown while the step still works (not after a failure ended it). */
    private void showProgress(ConfirmedProgress confirmed) {
        if (phase.get().working()) {
            numbers.show(confirmed, phase.get() == ImportPhase.STOPPING);
        }
    }

    /** An undo took the import back: what it left on the step goes, and {@code undoneHeading} says how to go on. */
    private void showUndone(String undoneHeading) {
        numbers.clear();
        notDone.clear();
        retryLabel.set(null);
        heading.set(undoneHeading);
    }

    private void finished(Applied applied) {
        ApplyResult result = applied.result();
        if (result.count(Outcome.SUCCEEDED) > 0) {
            state.targetChangeProperty().set(TargetChange.now("an import run made "
                    + ProgressText.plural(result.count(Outcome.SUCCEEDED), "change", "changes")));
        }
        sessionRuns.ended(applied.runId(), result.count(Outcome.SUCCEEDED) + result.count(Outcome.FAILED) > 0);
        state.applyResultProperty().set(result);
        ImportSummary outcome = ImportSummary.of(running, result);
        numbers.finished(running, result, outcome, state.isDemoMode());
        notDone.setAll(outcome.notDone());
        summary.set(outcome);
        phase.set(ImportPhase.FINISHED);
        followingOffer.afterImport(running, applied.runId(), result.cancelled());
    }

    /** Following the accounts this import left awaiting (the migration state's). */
    public AccountFollowing following() {
        return state.following();
    }

    private void fail(Throwable failure, String whatFailed) {
        sessionRuns.stopped();
        if (phase.get() == ImportPhase.IMPORTING || phase.get() == ImportPhase.STOPPING) {
            // Some requests may have been made before it stopped.
            state.targetChangeProperty().set(TargetChange.now("an import run stopped part-way"));
        }
        error.set(UserError.of(failure, whatFailed + " Nothing is half-done: try again, it finishes what is left."));
        phase.set(ImportPhase.FAILED);
    }

    private TargetSession target() {
        return new TargetSession(state.targetAwsProperty().get(), rates);
    }

    private Path journalFile() {
        return JournalLocation.of(state.snapshotFileProperty().get());
    }
}
