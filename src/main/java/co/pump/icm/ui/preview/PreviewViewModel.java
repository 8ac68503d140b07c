package co.pump.icm.ui.preview;

import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import co.pump.icm.apply.ImportSession;
import co.pump.icm.aws.AwsCallRunner;
import co.pump.icm.aws.AwsClients;
import co.pump.icm.aws.AwsTarget;
import co.pump.icm.aws.ExportListener;
import co.pump.icm.aws.ExportProgress;
import co.pump.icm.aws.RateSettings;
import co.pump.icm.compare.Category;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.SourceInfo;
import co.pump.icm.plan.ByHand;
import co.pump.icm.plan.Change;
import co.pump.icm.plan.ChangeKind;
import co.pump.icm.plan.Plan;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.plan.Planner;
import co.pump.icm.snapshot.Snapshot;
import co.pump.icm.ui.errors.UserError;
import co.pump.icm.ui.export.ExportProgressText;
import co.pump.icm.ui.shell.StepContext;
import co.pump.icm.ui.shell.StepViewModel;
import co.pump.icm.ui.state.AccountIdentity;
import co.pump.icm.ui.state.MigrationState;
import co.pump.icm.ui.tasks.BackgroundTask;
import co.pump.icm.ui.tasks.TaskHandle;
import co.pump.icm.ui.tasks.TaskProgress;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
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
 * The Preview step: what the import will do in the new organization, before anything is written.
 * On entering it reads the target ({@link MigrationState#targetAwsProperty()}) and plans
 * ({@link ImportSession#plan}) in the background; every later choice (options, deselected items,
 * categories) is planned again with {@link Planner} against the target as read, also in the
 * background. Rows, counts and the search are prepared off the FX thread ({@link PlanData},
 * {@link ShownRows}); the FX thread only swaps finished lists, so 100,000 users stay smooth.
 *
 * <p>Writes {@link MigrationState#targetConfigProperty()}, {@link MigrationState#planProperty()}
 * and {@link MigrationState#planOptionsProperty()}. The primary button says "Import N changes";
 * pressing it asks for a deliberate confirmation ({@link #confirmationProperty()}), and only a
 * confirmed import advances to the Import step. This step writes nothing. Holds no nodes.
 */
public final class PreviewViewModel extends StepViewModel {

    /** Where the preview is. */
    public enum Phase {
        /** Something is missing before a preview can be made (a snapshot, a signed-in target). */
        WAITING,
        /** Reading the new organization. */
        READING,
        /** A preview is shown (it may be being updated: see {@link #busyProperty()}). */
        READY,
        /** The target could not be read or the preview could not be made. */
        FAILED
    }

    /** What the step says while there is no snapshot. */
    public static final String NO_SNAPSHOT = "There is no snapshot to preview yet: go Back to export one, "
            + "or use an existing snapshot file.";
    /** What the step says while no target is signed in. */
    public static final String NO_TARGET = "Sign in to the new delegated administrator account first (‹ Back).";

    private final MigrationState state;
    private final RateSettings rates;
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.WAITING);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ObjectProperty<UserError> error = new SimpleObjectProperty<>(this, "error");
    private final Map<ChangeKind, ReadOnlyIntegerWrapper> counts = new EnumMap<>(ChangeKind.class);
    private final ReadOnlyIntegerWrapper writes = new ReadOnlyIntegerWrapper(this, "writes");
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObjectProperty<KindFilter> filter = new SimpleObjectProperty<>(this, "filter", KindFilter.ALL);
    private final ReadOnlyObjectWrapper<ShownRows> shown = new ReadOnlyObjectWrapper<>(this, "shown", ShownRows.EMPTY);
    private final ReadOnlyObjectWrapper<ChangeDetail> detail = new ReadOnlyObjectWrapper<>(this, "detail");
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper disabledUsers = new ReadOnlyStringWrapper(this, "disabledUsers", "");
    private final ObservableList<ByHand> byHand = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Confirmation> confirmation = new ReadOnlyObjectWrapper<>(this, "confirmation");
    private final Set<Category> collapsed = EnumSet.noneOf(Category.class);
    private final PlanChoices choices;

    private PlanData data;
    private Snapshot plannedSnapshot;
    private String selectedId;
    private PlanRow selectedRow;
    private long shownGeneration;
    private TaskHandle<ShownRows> filtering;
    private boolean planning;
    private boolean planAgain;
    private long readStartedNanos;

    /** The step as the wizard makes it: AWS's own request rates. */
    public PreviewViewModel(StepContext context) {
        this(context, RateSettings.AWS_DEFAULTS);
    }

    /** The step reading the target at the given rates (tests). */
    public PreviewViewModel(StepContext context, RateSettings rates) {
        super(context);
        this.state = context.state();
        this.rates = rates;
        for (ChangeKind kind : ChangeKind.values()) {
            counts.put(kind, new ReadOnlyIntegerWrapper(this, kind.name().toLowerCase()));
        }
        choices = new PlanChoices(state.getPlanOptions(), this::optionsChanged);
        query.addListener((obs, was, now) -> refilter());
        filter.addListener((obs, was, now) -> refilter());
        valid().bind(phase.isEqualTo(Phase.READY).and(busy.not()).and(writes.greaterThan(0)));
    }

    // ---- life cycle ----

    /** Reads the target and plans, each time the step is shown (the target may have changed since). */
    @Override
    public void onEnter() {
        Snapshot snapshot = state.getSnapshot();
        if (snapshot == null) {
            waitFor(NO_SNAPSHOT);
            return;
        }
        if (snapshot != plannedSnapshot) {
            // Choices made for another snapshot do not carry over.
            choices.clearDeselected();
            data = null;
            selectedId = null;
            selectedRow = null;
            shown.set(ShownRows.EMPTY);
            detail.set(null);
        }
        if (data == null && (state.targetAwsProperty().get() != null || state.targetConfigProperty().get() != null)) {
            shown.set(ShownRows.waiting("reading the new organization…"));
        }
        if (state.targetAwsProperty().get() != null) {
            readAgain();
        } else if (state.targetConfigProperty().get() != null) {
            phase.set(data == null ? Phase.READING : Phase.READY);
            replan();
        } else {
            waitFor(NO_TARGET);
        }
    }

    /** Reads the new organization again and plans ("Read again"). */
    public void readAgain() {
        AwsTarget target = state.targetAwsProperty().get();
        Snapshot snapshot = state.getSnapshot();
        if (target == null || snapshot == null || planning) {
            return;
        }
        error.set(null);
        phase.set(Phase.READING);
        startPlanning("Reading the new organization…");
        readStartedNanos = System.nanoTime();
        PlanOptions options = choices.options();
        ShowRequest request = showRequest();
        PlanData previous = data;
        BackgroundTask.of("Reading the new organization", work -> {
            Plan plan;
            try (var clients = AwsClients.open(target, rates.concurrency() + 4)) {
                plan = new ImportSession(clients, new AwsCallRunner(rates)).plan(snapshot.config(), options,
                        new ExportListener() {
                            @Override
                            public void onProgress(ExportProgress progress) {
                                work.publish(progress);
                            }
                        });
            }
            return prepare(plan, snapshot, previous, request, work);
        }).onUpdate(ExportProgress.class, this::showReading)
                .onSuccess(prepared -> planned(snapshot, prepared))
                .onFailure(failure -> failed(failure, "The new organization could not be read, so there is no preview."
                        + " Check the sign-in and try again."))
                .onFinished(this::planningFinished)
                .executeWith(context().tasks());
    }

    // ---- the primary button and its confirmation ----

    /** "Import N changes": asks for the deliberate confirmation; the step advances only once it is given. */
    @Override
    public boolean onPrimary() {
        if (!isValid() || data == null) {
            return false;
        }
        SourceInfo target = data.plan().target().source();
        AccountIdentity signedIn = state.targetProperty().get();
        String accountId = target != null && target.accountId() != null ? target.accountId()
                : signedIn != null ? signedIn.accountId() : null;
        if (accountId == null) {
            error.set(UserError.of("The new organization's account is not known. Read it again (or sign in again) "
                    + "before importing."));
            return false;
        }
        String name = signedIn != null && accountId.equals(signedIn.accountId()) && signedIn.accountName() != null
                ? signedIn.accountName() : data.lookups().accountName(accountId);
        String region = target != null && target.region() != null ? target.region()
                : signedIn == null ? null : signedIn.region();
        confirmation.set(Confirmation.of(data, accountId, name, region));
        return false;
    }

    /**
     * Confirms the import with what the person typed; advances to the Import step when it is the
     * target account's ID or its last four digits.
     *
     * @return whether the import was confirmed
     */
    public boolean confirm(String typed) {
        Confirmation asked = confirmation.get();
        if (asked == null || !asked.accepts(typed) || !isValid()) {
            return false;
        }
        confirmation.set(null);
        context().navigator().advance();
        return true;
    }

    /** The confirmation was cancelled (Esc or Cancel): nothing happens. */
    public void cancelConfirmation() {
        confirmation.set(null);
    }

    // ---- rows, selection, search ----

    /** The row the person selected (null clears the detail). */
    public void select(PlanRow row) {
        selectedId = row == null ? null : row.id();
        selectedRow = row;
        detail.set(row == null || data == null ? null : ChangeDetails.of(row, data, isIncluded(row)));
    }

    /** Whether a row's checkbox is ticked: its category is included and the item will be written. */
    public boolean isIncluded(PlanRow row) {
        boolean category = choices.includedProperty(row.category()).get();
        if (row.isCategory()) {
            return category;
        }
        if (row.isUnchanged()) {
            return false;
        }
        Change<?> change = row.change();
        return category && !choices.isDeselected(change.id()) && (change.writes() || PlanData.isDeselected(change));
    }

    /**
     * Whether a row's checkbox can be changed: every category can; an item when it would be
     * written or was deselected (an item skipped for another reason shows why instead).
     */
    public boolean canToggle(PlanRow row) {
        if (row.isCategory()) {
            return true;
        }
        if (row.isUnchanged()) {
            return false; // nothing to write: there is nothing to leave out
        }
        Change<?> change = row.change();
        return choices.includedProperty(row.category()).get()
                && (change.writes() || PlanData.isDeselected(change) || choices.isDeselected(change.id()));
    }

    /**
     * Ticks or unticks a row: a category is included or left out of the import; an item is
     * selected or deselected, and the preview is planned again (what needs a deselected item is
     * then skipped, with the reason).
     */
    public void setIncluded(PlanRow row, boolean include) {
        if (!canToggle(row) || isIncluded(row) == include) {
            return;
        }
        if (row.isCategory()) {
            choices.includedProperty(row.category()).set(include);
        } else {
            choices.setDeselected(row.id(), !include);
        }
    }

    /** Whether a category's items are listed. */
    public boolean isExpanded(Category category) {
        return !collapsed.contains(category);
    }

    /** Lists or hides a category's items. */
    public void setExpanded(Category category, boolean expanded) {
        if (expanded ? collapsed.remove(category) : collapsed.add(category)) {
            refilter();
        }
    }

    /** Shows only items of one kind; Unchanged lists the items already right. */
    public void showOnly(ChangeKind kind) {
        filter.set(KindFilter.of(kind));
    }

    /** A count chip was pressed: only its kind is shown, or every change when it was already so. */
    public void toggleShowOnly(ChangeKind kind) {
        filter.set(filter.get() == KindFilter.of(kind) ? KindFilter.ALL : KindFilter.of(kind));
    }

    // ---- planning ----

    /** What the filter step needs, captured on the FX thread. */
    private record ShowRequest(String query, KindFilter filter, Set<Category> collapsed, String selectedId,
                               PlanRow selectedRow, long generation) {
    }

    /** A plan made ready off the FX thread, with the rows to show for the search at the time. */
    private record Prepared(PlanData data, ShownRows shown, long generation) {
    }

    private ShowRequest showRequest() {
        return new ShowRequest(query.get(), filter.get(), Set.copyOf(collapsed), selectedId, selectedRow,
                shownGeneration);
    }

    private static Prepared prepare(Plan plan, Snapshot snapshot, PlanData previous, ShowRequest request,
                                    TaskProgress work) {
        PlanLookups lookups = PlanLookups.reuse(previous == null ? null : previous.lookups(), snapshot.config(),
                plan.target());
        PlanData prepared = PlanData.of(plan, previous, lookups);
        ShownRows rows = ShownRows.of(prepared, request.query(), request.filter(), request.collapsed(),
                request.selectedId(), request.selectedRow(), work::isCancelled);
        return new Prepared(prepared, rows, request.generation());
    }

    private void optionsChanged() {
        state.planOptionsProperty().set(choices.options());
        replan();
    }

    /** Plans again against the target as read, in the background; one planning at a time, the latest choices win. */
    private void replan() {
        Snapshot snapshot = state.getSnapshot();
        IdentityCenterConfig target = state.targetConfigProperty().get();
        if (snapshot == null || target == null) {
            return;
        }
        if (planning) {
            planAgain = true;
            return;
        }
        error.set(null);
        startPlanning("Updating the preview…");
        PlanOptions options = choices.options();
        ShowRequest request = showRequest();
        PlanData previous = snapshot == plannedSnapshot ? data : null;
        BackgroundTask.of("Updating the preview",
                        work -> prepare(Planner.plan(snapshot.config(), target, options), snapshot, previous, request, work))
                .onSuccess(prepared -> planned(snapshot, prepared))
                .onFailure(failure -> failed(failure, "The preview could not be made."))
                .onFinished(this::planningFinished)
                .executeWith(context().tasks());
    }

    private void startPlanning(String sentence) {
        planning = true;
        busy.set(true);
        progressText.set(sentence);
    }

    private void planningFinished() {
        planning = false;
        if (planAgain) {
            planAgain = false;
            replan();
        } else {
            busy.set(false);
            progressText.set("");
        }
    }

    private void planned(Snapshot snapshot, Prepared prepared) {
        if (planAgain) {
            return; // newer choices are waiting: only their plan is worth showing
        }
        data = prepared.data();
        plannedSnapshot = snapshot;
        Plan plan = data.plan();
        state.targetConfigProperty().set(plan.target());
        state.planProperty().set(plan);
        for (ChangeKind kind : ChangeKind.values()) {
            counts.get(kind).set(data.count(kind));
        }
        writes.set(data.writes());
        primaryLabel().set(data.writes() == 0 ? "Nothing to change"
                : String.format("_Import %,d %s ›", data.writes(), data.writes() == 1 ? "change" : "changes"));
        warnings.setAll(data.warnings());
        disabledUsers.set(data.disabledUsersNote());
        byHand.setAll(data.byHand());
        boolean fresh = prepared.generation() == shownGeneration && prepared.shown() != null;
        shownGeneration++; // a search still running on the previous plan is of no use any more
        if (fresh) {
            show(prepared.shown());
        } else {
            refilter();
        }
        phase.set(Phase.READY);
    }

    private void failed(Throwable failure, String sentence) {
        error.set(UserError.of(failure, sentence));
        if (data == null) {
            phase.set(Phase.FAILED);
            shown.set(ShownRows.EMPTY);
        }
    }

    private void waitFor(String sentence) {
        phase.set(Phase.WAITING);
        error.set(UserError.of(sentence));
    }

    private void showReading(ExportProgress progress) {
        String line = ExportProgressText.line(progress, Duration.ofNanos(System.nanoTime() - readStartedNanos));
        String throttled = ExportProgressText.throttling(progress.throttled(), progress.retried());
        String said = "Reading the new organization: " + line + (throttled.isEmpty() ? "" : " " + throttled);
        progressText.set(state.isDemoMode() ? ExportProgressText.inDemo(said) : said);
    }

    /** Filters the rows in the background for the current search; only the latest request is shown. */
    private void refilter() {
        PlanData current = data;
        if (current == null) {
            return;
        }
        long generation = ++shownGeneration;
        if (filtering != null) {
            filtering.cancel();
        }
        ShowRequest request = showRequest();
        filtering = BackgroundTask.of("Searching the preview", work -> ShownRows.of(current, request.query(),
                        request.filter(), request.collapsed(), request.selectedId(), request.selectedRow(),
                        work::isCancelled))
                .onSuccess(rows -> {
                    if (rows != null && generation == shownGeneration) {
                        show(rows);
                    }
                })
                .executeWith(context().tasks());
    }

    private void show(ShownRows rows) {
        shown.set(rows);
        // The detail shows the selected item only while the search and the filter let it show.
        detail.set(rows.selected() == null ? null : ChangeDetails.of(rows.selected(), data, isIncluded(rows.selected())));
    }

    // ---- what the view binds to ----

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** True while the target is read or the preview is planned again. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What is being done, e.g. "Reading the new organization: 40 items read · 12 requests to AWS". */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** What went wrong or is missing, or null. */
    public ObjectProperty<UserError> errorProperty() {
        return error;
    }

    /** How many items of a kind the preview has, for the count chips. */
    public ReadOnlyIntegerProperty countProperty(ChangeKind kind) {
        return counts.get(kind).getReadOnlyProperty();
    }

    /** How many changes the import will write: the N of "Import N changes". */
    public ReadOnlyIntegerProperty writesProperty() {
        return writes.getReadOnlyProperty();
    }

    /** The search text. */
    public StringProperty queryProperty() {
        return query;
    }

    /** Which items are shown: every change, or those of one kind (the count chips). */
    public ObjectProperty<KindFilter> filterProperty() {
        return filter;
    }

    /** The table's rows, and which of them is the selected one. Replaced as a whole. */
    public ReadOnlyObjectProperty<ShownRows> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The selected row's detail, or null. */
    public ReadOnlyObjectProperty<ChangeDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** The plan's warnings, each "⚠  sentence". */
    public ObservableList<String> warnings() {
        return warnings;
    }

    /**
     * Which users disabled in the source the plan leaves out, or creates enabled (with what to do
     * then); empty when the snapshot has none.
     */
    public ReadOnlyStringProperty disabledUsersProperty() {
        return disabledUsers.getReadOnlyProperty();
    }

    /** What the plan skips because only the console makes it (applications), with what the console asks for. */
    public ObservableList<ByHand> byHand() {
        return byHand;
    }

    /** The choices that shape the plan: the options pane binds to them. */
    public PlanChoices choices() {
        return choices;
    }

    /** The confirmation being asked for, or null. */
    public ReadOnlyObjectProperty<Confirmation> confirmationProperty() {
        return confirmation.getReadOnlyProperty();
    }

    /** An editor of the account map for the snapshot's accounts, starting from the current map. */
    public AccountMapEditor accountMapEditor() {
        Snapshot snapshot = state.getSnapshot();
        IdentityCenterConfig config = snapshot == null ? IdentityCenterConfig.empty(null) : snapshot.config();
        return AccountMapEditor.of(config, state.targetConfigProperty().get(), choices.accountMapProperty().get());
    }

    /** The data shown (tests). */
    PlanData data() {
        return data;
    }
}
