package co.pump.icm.ui.export;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

import co.pump.icm.aws.AwsCallRunner;
import co.pump.icm.aws.AwsClients;
import co.pump.icm.aws.AwsTarget;
import co.pump.icm.aws.ExportListener;
import co.pump.icm.aws.ExportProgress;
import co.pump.icm.aws.ExportResult;
import co.pump.icm.aws.InstanceReader;
import co.pump.icm.aws.RateSettings;
import co.pump.icm.snapshot.Snapshot;
import co.pump.icm.snapshot.SnapshotReader;
import co.pump.icm.snapshot.SnapshotWriter;
import co.pump.icm.ui.app.FileKind;
import co.pump.icm.ui.errors.UserError;
import co.pump.icm.ui.shell.StepContext;
import co.pump.icm.ui.shell.StepViewModel;
import co.pump.icm.ui.state.MigrationState;
import co.pump.icm.ui.tasks.BackgroundTask;
import co.pump.icm.ui.tasks.TaskHandle;
import co.pump.icm.ui.tasks.TaskProgress;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Export step: reads the current management account's IAM Identity Center instance in the
 * background ({@link InstanceReader}, with {@link MigrationState#sourceAwsProperty()}), shows
 * per-category progress, requests and throttling in plain words, and at the end asks where to
 * save the snapshot. Instead, an existing snapshot file can be used ("Use an existing snapshot…");
 * one edited after export needs an explicit "use it anyway". Valid once a snapshot is in the state.
 *
 * <p>Writes {@link MigrationState#snapshotProperty()}, {@link MigrationState#snapshotFileProperty()}
 * and {@link MigrationState#exportResultProperty()} (null when a file was used). Holds no nodes.
 */
public final class ExportViewModel extends StepViewModel {

    private static final Logger LOG = Logger.getLogger(ExportViewModel.class.getName());

    /** Where the step is. */
    public enum Phase {
        /** No source account is signed in: only an existing snapshot can be used. */
        NO_SOURCE,
        /** Ready to export (before the first export, or after a cancel or a failure). */
        READY,
        /** Reading the instance. */
        EXPORTING,
        /** Everything was read; the snapshot is not saved yet (the save dialog was cancelled or failed). */
        UNSAVED,
        /** Writing the snapshot file. */
        SAVING,
        /** The exported snapshot is saved and in use. */
        SAVED,
        /** Reading an existing snapshot file. */
        LOADING,
        /** An existing snapshot file was read (in use unless it was edited and not accepted). */
        LOADED
    }

    /** What the step says when no source account is signed in. */
    public static final String NO_SOURCE_TEXT = "Sign in to your current management account first (‹ Back), "
            + "or use an existing snapshot.";
    /** What the step says after Cancel. */
    public static final String CANCELLED_TEXT = "The export was cancelled. Nothing was saved.";
    /** What the step says after Back stopped its export. */
    public static final String LEFT_TEXT = "The export stopped when you left this step; nothing was saved. It starts "
            + "again now.";
    /** The title of the save dialog. */
    public static final String SAVE_TITLE = "Save the snapshot";
    /** The title of the open dialog of "Use an existing snapshot…". */
    public static final String OPEN_TITLE = "Use an existing snapshot";

    private final MigrationState state;
    private final FolderOpener folders;
    private final Clock clock;
    private final RateSettings rates;
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.READY);
    private final ExportProgressModel progress = new ExportProgressModel();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper savedText = new ReadOnlyStringWrapper(this, "savedText", "");
    private final ReadOnlyBooleanWrapper canExport = new ReadOnlyBooleanWrapper(this, "canExport");
    private final ReadOnlyBooleanWrapper folderAvailable = new ReadOnlyBooleanWrapper(this, "folderAvailable");
    /** The step is made when it is first shown. */
    private boolean shown = true;
    private boolean leftWhileExporting;
    private boolean askWhenShown;
    private final ReadOnlyStringWrapper existingText = new ReadOnlyStringWrapper(this, "existingText", "");
    private final ReadOnlyStringWrapper editedWarning = new ReadOnlyStringWrapper(this, "editedWarning", "");
    private final BooleanProperty acceptEdited = new SimpleBooleanProperty(this, "acceptEdited");
    private final ObjectProperty<UserError> error = new SimpleObjectProperty<>(this, "error");
    private final AtomicReference<InstanceReader> reader = new AtomicReference<>();
    private TaskHandle<ExportResult> export;
    private ExportResult unsaved;
    private Snapshot loaded;
    private Path loadedFile;
    private Boolean folderChecked;

    /** The step as the wizard makes it: AWS's own rates, the system's file manager, today's date. */
    public ExportViewModel(StepContext context) {
        this(context, new DesktopFolderOpener(), Clock.systemDefaultZone(), RateSettings.AWS_DEFAULTS);
    }

    /**
     * The step with its own file manager, clock and request rates (tests).
     *
     * @param rates how fast to call AWS; the wizard uses {@link RateSettings#AWS_DEFAULTS}
     */
    public ExportViewModel(StepContext context, FolderOpener folders, Clock clock, RateSettings rates) {
        super(context);
        this.state = context.state();
        this.folders = folders;
        this.clock = clock;
        this.rates = rates;
        valid().bind(state.snapshotProperty().isNotNull()
                .and(phase.isNotEqualTo(Phase.EXPORTING))
                .and(phase.isNotEqualTo(Phase.SAVING))
                .and(phase.isNotEqualTo(Phase.LOADING)));
        acceptEdited.addListener((obs, was, now) -> useLoaded());
        canExport.bind(state.sourceAwsProperty().isNotNull());
    }

    /** Starts the export the first time the step is shown with a signed-in source and no snapshot yet. */
    @Override
    public void onEnter() {
        shown = true;
        if (busy()) {
            return;
        }
        if (phase.get() == Phase.UNSAVED && unsaved != null && askWhenShown) {
            // Read while away: ask where to save now that the person is here to answer.
            askWhenShown = false;
            save();
            return;
        }
        if (leftWhileExporting && state.sourceAwsProperty().get() != null && state.getSnapshot() == null) {
            leftWhileExporting = false;
            start();
            savedText.set(LEFT_TEXT);
            return;
        }
        if (state.sourceAwsProperty().get() == null) {
            if (state.getSnapshot() == null) {
                phase.set(Phase.NO_SOURCE);
                progress.say(NO_SOURCE_TEXT);
            }
            return;
        }
        if (phase.get() == Phase.NO_SOURCE) {
            phase.set(Phase.READY);
            progress.say("");
        }
        if (state.getSnapshot() == null && phase.get() == Phase.READY && export == null) {
            start();
        }
    }

    /**
     * Leaving the step stops its export, on purpose: a save dialog must never pop up over another
     * step. Coming back starts it again.
     */
    @Override
    public void onLeave() {
        shown = false;
        if (phase.get() == Phase.EXPORTING) {
            leftWhileExporting = true;
            cancel();
        }
    }

    /** Reads the source instance in the background (again, when it was read before). */
    public void start() {
        AwsTarget source = state.sourceAwsProperty().get();
        if (busy() || source == null) {
            return;
        }
        error.set(null);
        clearResult();
        phase.set(Phase.EXPORTING);
        progress.demo(state.isDemoMode());
        progress.started();
        export = BackgroundTask.of("Exporting the current setup", work -> read(source, work))
                .onUpdate(ExportProgress.class, this::showProgress)
                .onSuccess(this::exported)
                .onFailure(failure -> {
                    if (failure instanceof CancellationException) {
                        cancelled();
                        return;
                    }
                    phase.set(Phase.READY);
                    progress.idle("");
                    error.set(UserError.of(failure, "The export stopped before everything was read; nothing was saved."
                            + " Check the connection and try again."));
                })
                .onCancelled(this::cancelled)
                .onFinished(() -> reader.set(null))
                .executeWith(context().tasks());
    }

    /** Stops the export; nothing is saved. */
    public void cancel() {
        if (phase.get() != Phase.EXPORTING || export == null) {
            return;
        }
        // The task first, so that the reader's CancellationException reads as a cancel, not a failure.
        export.cancel();
        InstanceReader running = reader.get();
        if (running != null) {
            running.cancel();
        }
    }

    private void cancelled() {
        phase.set(Phase.READY);
        progress.idle(CANCELLED_TEXT);
        if (leftWhileExporting && shown) {
            // Came back before the stop had finished: start again, as coming back promises.
            leftWhileExporting = false;
            start();
            savedText.set(LEFT_TEXT);
        }
    }

    /** Asks again where to save the exported snapshot (after the save dialog was cancelled, or for another copy). */
    public void save() {
        ExportResult result = unsaved != null ? unsaved : state.exportResultProperty().get();
        if (result == null || busy()) {
            return;
        }
        String name = SnapshotFileName.suggested(result.config(), LocalDate.now(clock));
        context().files().saveFile(SAVE_TITLE, name, FileKind.SNAPSHOT).map(SnapshotFileText::withJsonExtension)
                .ifPresentOrElse(file -> write(result, file), () -> {
                    if (phase.get() == Phase.UNSAVED) {
                        savedText.set("Not saved yet: save the snapshot to go on.");
                    }
                });
    }

    /** "Show in folder": opens the folder of the saved file, when the desktop can. */
    public void showInFolder() {
        Path file = state.snapshotFileProperty().get();
        if (file == null || !folderAvailable.get()) {
            return;
        }
        BackgroundTask.of("Showing the snapshot in its folder", work -> {
            folders.show(file);
            return file;
        }).onFailure(failure -> {
            LOG.log(Level.INFO, "Could not show the folder", failure);
            error.set(UserError.of("The folder could not be opened. The snapshot is in " + file.getParent() + "."));
        }).executeWith(context().tasks());
    }

    /** "Use an existing snapshot…": asks for a file and reads it. */
    public void useExisting() {
        if (busy()) {
            return;
        }
        context().files().openSnapshot(OPEN_TITLE).ifPresent(this::load);
    }

    /** Reads a snapshot file in the background and uses it if it is valid (and, if edited, once accepted). */
    public void load(Path file) {
        if (busy()) {
            return;
        }
        error.set(null);
        Phase before = phase.get();
        phase.set(Phase.LOADING);
        BackgroundTask.of("Reading " + file.getFileName(), work -> SnapshotReader.read(file))
                .onSuccess(snapshot -> loaded(file, snapshot))
                .onFailure(failure -> {
                    // What was in use before stays in use.
                    phase.set(before);
                    error.set(SnapshotFileText.invalid(file, failure));
                })
                .executeWith(context().tasks());
    }

    private ExportResult read(AwsTarget source, TaskProgress work) {
        try (var clients = AwsClients.open(source, rates.concurrency() + 4)) {
            var instanceReader = new InstanceReader(clients, new AwsCallRunner(rates), new ExportListener() {
                @Override
                public void onProgress(ExportProgress update) {
                    work.publish(update);
                }
            });
            reader.set(instanceReader);
            if (work.isCancelled()) {
                instanceReader.cancel();
            }
            return instanceReader.read(null);
        }
    }

    private void showProgress(ExportProgress update) {
        if (phase.get() != Phase.EXPORTING) {
            return;
        }
        progress.update(update);
    }

    private void exported(ExportResult result) {
        unsaved = result;
        progress.finished(result);
        String said = "✓ " + ExportProgressText.summary(result);
        summary.set(state.isDemoMode() ? ExportProgressText.inDemo(said) : said);
        warnings.setAll(ExportNotes.lines(result.warnings()));
        result.warnings().forEach(w -> LOG.info(() -> "Export warning: " + w));
        phase.set(Phase.UNSAVED);
        if (shown) {
            save();
        } else {
            askWhenShown = true;
        }
    }

    private void write(ExportResult result, Path file) {
        phase.set(Phase.SAVING);
        error.set(null);
        Instant now = clock.instant();
        BackgroundTask.of("Saving the snapshot", work -> SnapshotWriter.write(file, result.config(), now))
                .onSuccess(snapshot -> {
                    unsaved = null;
                    loaded = null;
                    loadedFile = null;
                    existingText.set("");
                    editedWarning.set("");
                    state.exportResultProperty().set(result);
                    state.snapshotFileProperty().set(file);
                    state.snapshotProperty().set(snapshot);
                    context().settings().rememberSnapshot(file);
                    savedText.set("Saved to " + file.toAbsolutePath() + " (personal data: keep it safe)");
                    phase.set(Phase.SAVED);
                    checkFolders();
                })
                .onFailure(failure -> {
                    phase.set(state.exportResultProperty().get() == result ? Phase.SAVED : Phase.UNSAVED);
                    error.set(UserError.of(failure, "The snapshot could not be saved to " + file
                            + ". Choose another folder."));
                })
                .executeWith(context().tasks());
    }

    private void loaded(Path file, Snapshot snapshot) {
        clearResult();
        loaded = snapshot;
        loadedFile = file;
        context().settings().rememberSnapshot(file);
        progress.loaded(snapshot.config());
        existingText.set(SnapshotFileText.describe(file, snapshot));
        editedWarning.set(snapshot.edited() ? "⚠  " + SnapshotReader.editedMessage(file, snapshot)
                + " Check what changed before you import it." : "");
        phase.set(Phase.LOADED);
        if (acceptEdited.get()) {
            acceptEdited.set(false);
        } else {
            useLoaded();
        }
    }

    /** Puts the loaded snapshot in the state, unless it was edited and that is not accepted. */
    private void useLoaded() {
        if (loaded == null) {
            return;
        }
        boolean usable = !loaded.edited() || acceptEdited.get();
        state.exportResultProperty().set(null);
        state.snapshotFileProperty().set(usable ? loadedFile : null);
        state.snapshotProperty().set(usable ? loaded : null);
    }

    private void clearResult() {
        unsaved = null;
        loaded = null;
        loadedFile = null;
        summary.set("");
        warnings.clear();
        savedText.set("");
        existingText.set("");
        editedWarning.set("");
        state.snapshotProperty().set(null);
        state.snapshotFileProperty().set(null);
        state.exportResultProperty().set(null);
    }

    private void checkFolders() {
        if (folderChecked != null) {
            folderAvailable.set(folderChecked);
            return;
        }
        BackgroundTask.of("Checking for a file manager", work -> folders.available())
                .onSuccess(available -> {
                    folderChecked = available;
                    folderAvailable.set(available);
                })
                .executeWith(context().tasks());
    }

    private boolean busy() {
        Phase now = phase.get();
        return now == Phase.EXPORTING || now == Phase.SAVING || now == Phase.LOADING;
    }

    // ---- what the view binds to ----

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** The progress box: categories, bar, line, throttling. */
    public ExportProgressModel progress() {
        return progress;
    }

    /** The sentence at the end of an export: what was read, how long it took. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The export's warnings, each with ⚠. */
    public ObservableList<String> warnings() {
        return warnings;
    }

    /** "Saved to … (personal data: keep it safe)", or what is missing. */
    public ReadOnlyStringProperty savedTextProperty() {
        return savedText.getReadOnlyProperty();
    }

    /** True when a source account is signed in, so that an export can be started. */
    public ReadOnlyBooleanProperty canExportProperty() {
        return canExport.getReadOnlyProperty();
    }

    /** True when "Show in folder" can work on this desktop. */
    public ReadOnlyBooleanProperty folderAvailableProperty() {
        return folderAvailable.getReadOnlyProperty();
    }

    /** Which existing file is used, or empty. */
    public ReadOnlyStringProperty existingTextProperty() {
        return existingText.getReadOnlyProperty();
    }

    /** Why the existing file needs care (edited after export), or empty. */
    public ReadOnlyStringProperty editedWarningProperty() {
        return editedWarning.getReadOnlyProperty();
    }

    /** "Use it anyway": an edited snapshot is used only while this is true. */
    public BooleanProperty acceptEditedProperty() {
        return acceptEdited;
    }

    /** What went wrong last, or null. */
    public ObjectProperty<UserError> errorProperty() {
        return error;
    }

}
