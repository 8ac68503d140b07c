package co.pump.icm.ui.finish;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import co.pump.icm.apply.ApplyResult;
import co.pump.icm.apply.Outcome;
import co.pump.icm.plan.IdentitySource;
import co.pump.icm.plan.Plan;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.report.ReportData;
import co.pump.icm.report.ReportFiles;
import co.pump.icm.report.UsersToNotify;
import co.pump.icm.ui.access.LinkActions;
import co.pump.icm.ui.access.SystemLinks;
import co.pump.icm.ui.errors.UserError;
import co.pump.icm.ui.importing.JournalLocation;
import co.pump.icm.ui.importing.ProgressText;
import co.pump.icm.ui.shell.StepContext;
import co.pump.icm.ui.shell.StepViewModel;
import co.pump.icm.ui.state.MigrationState;
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

    /** The step as the app registers it: the system's browser opens the report. */
    public FinishViewModel(StepContext context) {
        this(context, new SystemLinks());
    }

    /** The step with links of one's own (tests). */
    public FinishViewModel(StepContext context, LinkActions links) {
        super(context);
        this.state = context.state();
        this.links = links;
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
     * "Save the migration report…": asks where, then writes the HTML report there and the
     * users-to-notify files ({@value ReportFiles#NOTIFY_CSV}, {@value ReportFiles#NOTIFY_TEXT}) beside it.
     */
    public void saveReport() {
        MigrationReport report = MigrationReport.of(state);
        if (report == null || busy.get()) {
            return;
        }
        var chosen = context().files().saveFile("Save the migration report", baseName() + "-migration-report.html");
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get();
        Path folder = file.toAbsolutePath().getParent();
        start();
        BackgroundTask.of("Writing the migration report", work -> ReportFiles.write(report.assemble(), file, folder))
                .onSuccess(written -> {
                    state.reportFileProperty().set(written.report());
                    reportFeedback.set("✓ Saved to " + written.report() + ", with " + written.notifyCsv().getFileName()
                            + " and " + written.notifyText().getFileName() + " beside it.");
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
        var chosen = context().files().saveFile("Export the users to notify (CSV)", ReportFiles.NOTIFY_CSV);
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
                + "; the message to send them is in " + text + ".";
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

    /** Whether an import ran that "Undo this import…" could take back. */
    public boolean canUndo() {
        return state.applyResultProperty().get() != null;
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
    public void onEnter() {
        outcome.set(outcomeText(state.planProperty().get(), state.applyResultProperty().get()));
        reportable.set(MigrationReport.of(state) != null);
        nextSteps.setAll(nextSteps(state));
    }

    /** The import's outcome in one line. */
    static String outcomeText(Plan plan, ApplyResult result) {
        if (result == null) {
            return "The import has not run: nothing was written to the new organization.";
        }
        long made = result.count(Outcome.SUCCEEDED);
        String where = plan == null ? "" : " in " + plan.target().source().accountId();
        String text = ProgressText.plural(made, "change", "changes") + " made" + where + " · "
                + ProgressText.count(result.count(Outcome.FAILED)) + " failed";
        long notAttempted = result.count(Outcome.NOT_ATTEMPTED);
        if (notAttempted > 0) {
            text += " · " + ProgressText.count(notAttempted) + " not done";
        }
        return (result.succeeded() ? "✓ " : "⚠ ") + text
                + (result.succeeded() ? "" : ". Going back to Import and choosing Retry finishes what is left.");
    }

    /** What a person does after the import, in order. */
    static List<String> nextSteps(MigrationState state) {
        Plan plan = state.planProperty().get();
        PlanOptions options = plan != null ? plan.options() : state.getPlanOptions();
        String portal = state.portalUrlProperty().get() != null ? state.portalUrlProperty().get()
                : plan == null || plan.target().source().identityStoreId() == null ? "the new access portal"
                : "https://" + plan.target().source().identityStoreId() + ".awsapps.com/start";
        var steps = new ArrayList<String>();
        if (options.identitySource() == IdentitySource.MATCH) {
            steps.add("Your users sign in through your identity provider, so nobody resets a password. Tell them the "
                    + "new access portal address: " + portal + ".");
            steps.add("In your identity provider, finish the new application for the new organization (SAML sign-in "
                    + "and SCIM provisioning); the Test step lists each step. When the users and groups have arrived, "
                    + "import again to make the assignments that waited for them.");
        } else {
            steps.add("Your users set a password and register MFA again: AWS cannot move passwords or MFA devices. "
                    + "Send them the new access portal address: " + portal + ". They choose \"Forgot password\" "
                    + "there, or an administrator sends them a reset email from the IAM Identity Center console.");
            steps.add("If you use a third-party identity provider (Okta, Microsoft Entra ID, Google Workspace…), create "
                    + "a new application in it for the new organization (SAML and SCIM) and keep the old one until "
                    + "everyone has moved.");
        }
        Path snapshot = state.snapshotFileProperty().get();
        if (snapshot != null && state.applyResultProperty().get() != null) {
            steps.add("Every write of the import is recorded in " + JournalLocation.of(snapshot)
                    + ". Keep it with the report: it says what was changed, when, and what it was before.");
        }
        if (snapshot != null) {
            steps.add("The snapshot " + snapshot.toAbsolutePath() + " holds names and email addresses: keep it "
                    + "where only you can read it, and delete it when you no longer need it.");
        }
        steps.add("Once everyone signs in through the new portal, remove the old organization's access: disable the "
                + "old access portal users, or the old identity provider application.");
        return steps;
    }
}
