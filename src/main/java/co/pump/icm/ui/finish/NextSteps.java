package co.pump.icm.ui.finish;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import co.pump.icm.apply.ApplyResult;
import co.pump.icm.apply.Outcome;
import co.pump.icm.plan.DisabledUsers;
import co.pump.icm.plan.IdentitySource;
import co.pump.icm.plan.Plan;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.report.FirstSignIn;
import co.pump.icm.ui.importing.JournalLocation;
import co.pump.icm.ui.state.MigrationState;

/** The Finish step's "What happens next", in the order a person does it. */
final class NextSteps {

    private NextSteps() {
    }

    /** What a person does after the import, in order. */
    static List<String> of(MigrationState state) {
        Plan plan = state.planProperty().get();
        PlanOptions options = plan != null ? plan.options() : state.getPlanOptions();
        String portal = state.portalUrlProperty().get() != null ? state.portalUrlProperty().get()
                : plan == null || plan.target().source().identityStoreId() == null ? "the new access portal"
                : "https://" + plan.target().source().identityStoreId() + ".awsapps.com/start";
        var steps = new ArrayList<String>();
        List<String> disable = disabledUsersCreated(state, plan);
        if (!disable.isEmpty()) {
            // People who left can sign in until they are disabled: this comes before anything else.
            steps.add(DisabledUsers.disableThem(disable));
        }
        if (options.identitySource() == IdentitySource.MATCH) {
            steps.add("Your users sign in through your identity provider, so nobody resets a password. Tell them the "
                    + "new access portal address: " + portal + ".");
            steps.add("In your identity provider, finish the new application for the new organization (SAML sign-in "
                    + "and SCIM provisioning); the Test step lists each step. When the users and groups have arrived, "
                    + "import again to make the assignments that waited for them.");
        } else {
            steps.add(FirstSignIn.TITLE + ". " + FirstSignIn.DETAIL);
            steps.add("Your users set a password and register MFA again: AWS cannot move passwords or MFA devices. "
                    + "Send them the new access portal address: " + portal + ". With the setting above, AWS emails each "
                    + "of them a one-time password the first time they sign in.");
            steps.add("If you use a third-party identity provider (Okta, Microsoft Entra ID, Google Workspace…), create "
                    + "a new application in it for the new organization (SAML and SCIM) and keep the old one until "
                    + "everyone has moved.");
        }
        List<String> leftOut = plan == null ? List.of() : DisabledUsers.leftOut(plan);
        if (!leftOut.isEmpty()) {
            steps.add(DisabledUsers.leftOutNote(leftOut));
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

    /** The users disabled in the source that this session's import created (enabled). */
    private static List<String> disabledUsersCreated(MigrationState state, Plan plan) {
        ApplyResult result = state.applyResultProperty().get();
        if (plan == null || result == null) {
            return List.of();
        }
        var succeeded = new HashSet<String>();
        result.items().stream().filter(i -> i.outcome() == Outcome.SUCCEEDED).forEach(i -> succeeded.add(i.changeId()));
        return DisabledUsers.created(plan, succeeded::contains);
    }
}
