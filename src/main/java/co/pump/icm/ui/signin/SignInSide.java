package co.pump.icm.ui.signin;

import co.pump.icm.aws.AwsTarget;
import co.pump.icm.aws.signin.Check;
import co.pump.icm.aws.signin.Identity;
import co.pump.icm.aws.signin.MigrationRoles;
import co.pump.icm.sandbox.data.SeededWorld;
import co.pump.icm.sandbox.state.SandboxCredential;
import co.pump.icm.ui.shell.StepId;
import co.pump.icm.ui.state.AccountIdentity;
import co.pump.icm.ui.state.MigrationState;
import javafx.beans.property.ObjectProperty;

/**
 * Which of the two sign-ins a step is: the current management account (exported from) or the new
 * delegated administrator (imported into). Everything that differs between the two steps is here:
 * the words, the state they write, the role check and the demo's keys.
 */
public enum SignInSide {
    /** The current organization's management account: "Sign in: current". */
    SOURCE(StepId.SIGN_IN_SOURCE, "…in your current management account, the organization you move from.",
            "export from"),
    /** The new organization's delegated administrator account: "Sign in: new admin". */
    TARGET(StepId.SIGN_IN_TARGET, "…in the new delegated administrator account that Pump gave you.",
            "import into");

    /** The headline of both steps. */
    public static final String HEADLINE = "Who are you signed in as?";

    private final StepId step;
    private final String where;
    private final String verb;

    SignInSide(StepId step, String where, String verb) {
        this.step = step;
        this.where = where;
        this.verb = verb;
    }

    /** The step of the wizard this side is. */
    public StepId step() {
        return step;
    }

    /** The line under the headline that says which account is meant. */
    public String where() {
        return where;
    }

    /** What the account is for, e.g. {@code export from}. */
    public String verb() {
        return verb;
    }

    /** The header's identity this side sets: FROM or TO. */
    public ObjectProperty<AccountIdentity> identity(MigrationState state) {
        return this == SOURCE ? state.sourceProperty() : state.targetProperty();
    }

    /** The AWS target this side sets, which Export (source) or Preview and Import (target) use. */
    public ObjectProperty<AwsTarget> aws(MigrationState state) {
        return this == SOURCE ? state.sourceAwsProperty() : state.targetAwsProperty();
    }

    /** The who-am-I result this side sets. */
    public ObjectProperty<Identity> whoAmI(MigrationState state) {
        return this == SOURCE ? state.sourceIdentityProperty() : state.targetIdentityProperty();
    }

    /**
     * The checklist line about the account's part in the migration: the source must hold the
     * instance; the target must administer one in another organization than the source's.
     *
     * @param source the source's who-am-I result, or null when not signed in there (target only)
     */
    public Check roleCheck(Identity identity, Identity source) {
        if (this == SOURCE) {
            return MigrationRoles.source(identity);
        }
        return MigrationRoles.target(identity, source != null ? source : notSignedIn());
    }

    /** The demo's access keys for this side. */
    SandboxCredential demoKeys(SeededWorld world) {
        return this == SOURCE ? world.source() : world.target();
    }

    /** The region of this side's instance in the demo. */
    String demoRegion(SeededWorld world) {
        return this == SOURCE ? world.sourceRegion() : world.targetRegion();
    }

    /** The AWS access portal URL of this side's instance in the demo. */
    String demoStartUrl(SeededWorld world) {
        return "https://" + (this == SOURCE ? world.sourceIdentityStoreId() : world.targetIdentityStoreId())
                + ".awsapps.com/start";
    }

    private static Identity notSignedIn() {
        return new Identity(null, null, null, null, null, null, null, java.util.List.of());
    }
}
