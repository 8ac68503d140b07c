package co.pump.icm.ui.finish;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import co.pump.icm.apply.ApplyResult;
import co.pump.icm.apply.Journal;
import co.pump.icm.apply.Outcome;
import co.pump.icm.plan.IdentitySource;
import co.pump.icm.plan.Plan;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.ui.importing.ProgressText;
import co.pump.icm.ui.shell.StepContext;
import co.pump.icm.ui.shell.StepViewModel;
import co.pump.icm.ui.state.MigrationState;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Finish step ("Keep the report and tell your users"): what the import did, and what happens
 * next, in the order a person does it: users set a password and MFA again, a third-party identity
 * provider gets a new application, the journal and the snapshot are kept safe.
 */
public final class FinishViewModel extends StepViewModel {

    private final MigrationState state;
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private final ObservableList<String> nextSteps = FXCollections.observableArrayList();

    public FinishViewModel(StepContext context) {
        super(context);
        this.state = context.state();
    }

    /** What the import did, e.g. {@code ✓ 416 changes made in 888888888888 · 0 failed}. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** What happens next, in order, as sentences. */
    public ObservableList<String> nextSteps() {
        return nextSteps;
    }

    @Override
    public void onEnter() {
        outcome.set(outcomeText(state.planProperty().get(), state.applyResultProperty().get()));
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
        String portal = plan == null || plan.target().source().identityStoreId() == null ? "the new access portal"
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
            steps.add("Every write of the import is recorded in " + Journal.besideSnapshot(snapshot)
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
