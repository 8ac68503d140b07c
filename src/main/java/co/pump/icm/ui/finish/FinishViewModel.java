package co.pump.icm.ui.finish;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import co.pump.icm.report.FirstSignIn;
import co.pump.icm.report.ReportData;
import co.pump.icm.report.ReportFiles;
import co.pump.icm.report.UsersToNotify;
import co.pump.icm.ui.access.LinkActions;
import co.pump.icm.ui.access.SystemLinks;
import co.pump.icm.ui.app.FileKind;
import co.pump.icm.ui.errors.UserError;
import co.pump.icm.ui.follow.AccountFollowing;
import co.pump.icm.ui.importing.ProgressText;
import co.pump.icm.ui.shell.StepContext;
import co.pump.icm.ui.shell.StepId;
import co.pump.icm.ui.shell.StepViewModel;
import co.pump.icm.ui.state.MigrationState;
import co.pump.icm.ui.state.TargetChange;
import co.pump.icm.ui.tasks.BackgroundTask;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Finish step ("Keep the report and tell your users"): what the import did; "Save the migration
 * report" (the report engine's HTML page of the journal's last import run, with the Test step's
 * comparison and sign-ins, and the users-to-notify files beside it; sets
 * {@code state.reportFileProperty()}); "Export the users-to-notify list (CSV)"; and what happens
 * next, in the order a person does it: users set a password and MFA again, a third-party identity
 * provider gets a new application, the journal and the snapshot are kept safe.
 */
public final class FinishViewModel extends StepViewModel {

    private final MigrationState state;
    private final LinkActions links;
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private final ObservableList<String> nextSteps = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper reportable = new ReadOnlyBooleanWrapper(this, "reportable");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper reportFeedback = new ReadOnlyStringWrapper(this, "reportFeedback", "");
    private final ReadOnlyStringWrapper notifyFeedback = new ReadOnlyStringWrapper(this, "notifyFeedback", "");
    private final ObjectProperty<UserError> error = new SimpleObjectProperty<>(this, "error");
    private final ReadOnlyBooleanWrapper migrated = new ReadOnlyBooleanWrapper(this, "migrated");
    private final ReadOnlyBooleanWrapper passwordsNeeded = new ReadOnlyBooleanWrapper(this, "passwordsNeeded");
    private Instant reportSavedAt;
    private boolean showing;
    private String lastSuggested;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss", Locale.ENGLISH);

    /** The step as the app registers it: the system's browser opens the report. */
    public FinishViewModel(StepContext context) {
        this(context, new SystemLinks());
    }

    /** The step with links of one's own (tests). */
    public FinishViewModel(StepContext context, LinkActions links) {
        super(context);
        this.state = context.state();
        this.links = links;
        state.targetChangeProperty().addListener((obs, was, change) -> targetChanged(change));
    }

    /** True when an import ran, so that there is something to report. */
    public ReadOnlyBooleanProperty reportableProperty() {
        return reportable.getReadOnlyProperty();
    }

    /** True while a file is being written. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Where the report was saved, or why there is none; empty before. */
    public ReadOnlyStringProperty reportFeedbackProperty() {
        return reportFeedback.getReadOnlyProperty();
    }

    /** Where the users-to-notify list was saved; empty before. */
    public ReadOnlyStringProperty notifyFeedbackProperty() {
        return notifyFeedback.getReadOnlyProperty();
    }

    /** The saved report, or null (the migration state's). */
    public ReadOnlyObjectProperty<Path> reportFileProperty() {
        return state.reportFileProperty();
    }

    /** What went wrong writing a file, or null. */
    public ObjectProperty<UserError> errorProperty() {
        return error;
    }

    /**
     * "Save the migration report…": asks where (a new name each time, with the date and time, so
     * that an earlier report is never replaced without the system's dialog asking), then writes the
     * HTML report of the whole migration there and the users-to-notify files named after it beside it.
     */
    public void saveReport() {
        MigrationReport report = MigrationReport.of(state);
        if (report == null || busy.get()) {
            return;
        }
        String name = baseName() + "-migration-report-" + STAMP.format(LocalDateTime.now());
        if (name.equals(lastSuggested)) {
            name += "-2";
        }
        lastSuggested = name;
        var chosen = context().files().saveFile("Save the migration report", name + ".html", FileKind.REPORT);
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get();
        start();
        BackgroundTask.of("Writing the migration report", work -> ReportFiles.writeBeside(report.assemble(), file))
                .onSuccess(written -> {
                    state.reportFileProperty().set(written.report());
                    reportSavedAt = Instant.now();
                    reportFeedback.set("✓ Saved to " + written.report() + ", with " + written.notifyCsv().getFileName()
                            + " and " + written.notifyText().getFileName() + " beside it. It describes the migration "
                            + "as of " + TargetChange.time(reportSavedAt) + ".");
                })
                .onFailure(failure -> error.set(UserError.of(failure, "The report could not be written.")))
                .onFinished(() -> busy.set(false))
                .executeWith(context().tasks());
    }

    /** "Open it": the saved report in the browser. */
    public void openReport() {
        Path file = state.reportFileProperty().get();
        if (file == null) {
            return;
        }
        BackgroundTask.of("Opening the migration report", work -> {
                    links.open(file.toUri());
                    return file;
                })
                .onFailure(failure -> reportFeedback.set("This computer could not open a browser from here. The report "
                        + "is " + file + "."))
                .executeWith(context().tasks());
    }

    /**
     * "Export the users-to-notify list (CSV)…": asks where, then writes the list (user name,
     * display name, email) there and the message to send them beside it ({@code .txt}).
     */
    public void exportUsersToNotify() {
        MigrationReport report = MigrationReport.of(state);
        if (report == null || busy.get()) {
            return;
        }
        var chosen = context().files().saveFile("Export the users to notify (CSV)", ReportFiles.NOTIFY_CSV, FileKind.CSV);
        if (chosen.isEmpty()) {
            return;
        }
        Path csv = chosen.get();
        Path text = csv.resolveSibling(withoutExtension(csv.getFileName().toString()) + ".txt");
        start();
        BackgroundTask.of("Writing the users to notify", work -> {
                    ReportData data = report.assemble();
                    Files.createDirectories(csv.toAbsolutePath().getParent());
                    ReportFiles.writeNotify(data.usersToNotify(), csv, text);
                    return data.usersToNotify();
                })
                .onSuccess(notify -> notifyFeedback.set(notifyText(notify, csv, text)))
                .onFailure(failure -> error.set(UserError.of(failure, "The list of users to notify could not be written.")))
                .onFinished(() -> busy.set(false))
                .executeWith(context().tasks());
    }

    private void start() {
        busy.set(true);
        error.set(null);
    }

    static String notifyText(UsersToNotify notify, Path csv, Path text) {
        if (!notify.passwordsNeeded()) {
            return "✓ Nobody needs a new password: your users sign in through your identity provider. The message "
                    + "about the new portal address is in " + text + ".";
        }
        return "✓ " + ProgressText.plural(notify.recipients().size(), "user", "users") + " to notify, in " + csv
                + "; the message to send them is in " + text + ". " + FirstSignIn.TITLE + " first: "
                + FirstSignIn.CONSOLE_PATH + ".";
    }

    private String baseName() {
        Path snapshot = state.snapshotFileProperty().get();
        return snapshot == null || snapshot.getFileName() == null ? "identity-center"
                : withoutExtension(snapshot.getFileName().toString());
    }

    private static String withoutExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** What the import did, e.g. {@code ✓ 416 changes made in 888888888888 · 0 failed}. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** What happens next, in order, as sentences. */
    public ObservableList<String> nextSteps() {
        return nextSteps;
    }

    /** True when something this migration made is in the new organization, as its journal says. */
    public ReadOnlyBooleanProperty migratedProperty() {
        return migrated.getReadOnlyProperty();
    }

    /** True when the migration creates users in the Identity Center directory: they need a first password. */
    public ReadOnlyBooleanProperty passwordsNeededProperty() {
        return passwordsNeeded.getReadOnlyProperty();
    }

    /** Following the accounts the import left awaiting, shown here too (the migration state's). */
    public AccountFollowing following() {
        return state.following();
    }

    /** "Back to Start": the Start step, with every step as it was left. */
    public void startOver() {
        context().navigator().backTo(StepId.START);
    }

    /** "Close the wizard". */
    public void close() {
        context().windows().closeWizard();
    }

    /** Whether this session imported something that "Undo this import…" could take back. */
    public boolean canUndo() {
        return migrated.get() && state.applyResultProperty().get() != null;
    }

    /**
     * "Undo this import…": back to the Import step (through the Test step), which opens its undo
     * preview when it sees the request; nothing is written until that preview is confirmed.
     */
    public void undo() {
        if (!canUndo()) {
            return;
        }
        state.undoRequestedProperty().set(true);
        for (int i = 0; i < 3 && state.undoRequestedProperty().get(); i++) {
            if (!context().navigator().back()) {
                break;
            }
        }
    }

    @Override
    public void onLeave() {
        showing = false;
    }

    @Override
    public void onEnter() {
        showing = true;
        nextSteps.setAll(NextSteps.of(state));
        var plan = state.planProperty().get();
        passwordsNeeded.set((plan != null ? plan.options() : state.getPlanOptions()).identitySource()
                == co.pump.icm.plan.IdentitySource.CREATE);
        MigrationReport report = MigrationReport.of(state);
        if (report == null) {
            show(MigrationOutcome.NONE);
            return;
        }
        outcome.set("Reading the journal of the migration…");
        BackgroundTask.of("Reading the journal", work -> MigrationOutcome.read(report.journal(),
                        report.snapshot().config().source()))
                .onSuccess(this::show)
                .onFailure(failure -> {
                    show(MigrationOutcome.NONE);
                    error.set(UserError.of(failure, "The journal of the import could not be read."));
                })
                .executeWith(context().tasks());
    }

    private void show(MigrationOutcome read) {
        outcome.set(read.text());
        reportable.set(read.reportable());
        migrated.set(read.made() > 0);
    }

    /** A report saved before the new organization changed describes it as it was: say so. */
    private void targetChanged(TargetChange change) {
        if (change == null) {
            return;
        }
        if (showing) {
            // Following the accounts, say, made assignments while this step shows: read the journal again.
            onEnter();
        }
        Path saved = state.reportFileProperty().get();
        if (saved != null && change.after(reportSavedAt)) {
            reportFeedback.set("⚠ The report saved at " + TargetChange.time(reportSavedAt) + " (" + saved.getFileName()
                    + ") describes the migration before the new organization changed at " + change.describe()
                    + ". Save it again for the migration as it is now.");
        }
        notifyFeedback.set("");
    }

}
