package co.pump.icm.ui.access;

import co.pump.icm.ui.state.TargetChange;
import java.util.Comparator;
import java.util.List;

import co.pump.icm.apply.ApplyResult;
import co.pump.icm.aws.AwsTarget;
import co.pump.icm.aws.RateSettings;
import co.pump.icm.aws.signin.PortalLocation;
import co.pump.icm.model.Face;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.SourceInfo;
import co.pump.icm.model.User;
import co.pump.icm.plan.Change;
import co.pump.icm.plan.IdentitySource;
import co.pump.icm.plan.Plan;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.ui.errors.UserError;
import co.pump.icm.ui.importing.TargetSession;
import co.pump.icm.ui.shell.StepContext;
import co.pump.icm.ui.shell.StepViewModel;
import co.pump.icm.ui.state.MigrationState;
import co.pump.icm.verify.DriftCheck;
import co.pump.icm.verify.DriftItem;
import co.pump.icm.verify.ExpectedAccess;
import co.pump.icm.verify.IdentityProviderChecklist;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The Test step ("Does single sign-on work in the new organization?"): cards that check the
 * import. <em>Compare with the snapshot</em> ({@link #drift()}) reads the new organization again
 * and plans with the import's options; <em>Portal URL</em> ({@link #portal()}) shows, copies and
 * opens the access portal's address; <em>Sign in as a user</em> ({@link #signIn()}) signs in as a
 * user of the snapshot with a device code and compares what they see with what they should. With
 * an external identity provider (identity source {@link IdentitySource#MATCH}) the step also lists
 * what to set up there ({@link #checklistProperty()}). The comparison runs by itself when the step
 * is entered after an import it has not compared yet. Always valid: testing is recommended, not
 * required. Writes {@code state.verificationProperty()}, {@code state.accessTests()} and
 * {@code state.portalUrlProperty()} for the report.
 */
public final class AccessViewModel extends StepViewModel {

    private final MigrationState state;
    private final RateSettings rates;
    private final DriftCard drift;
    private final PortalCard portal;
    private final SignInCard signIn;
    private final ReadOnlyBooleanWrapper externalIdentityProvider = new ReadOnlyBooleanWrapper(this, "externalIdentityProvider");
    private final ReadOnlyObjectWrapper<IdentityProviderChecklist> checklist = new ReadOnlyObjectWrapper<>(this, "checklist");
    private TargetChange lastCompared;

    /** The step as the app registers it: AWS's request rates, the system's clipboard and browser. */
    public AccessViewModel(StepContext context) {
        this(context, RateSettings.AWS_DEFAULTS, new SystemLinks());
    }

    /** The step with request rates and links of one's own (tests). */
    public AccessViewModel(StepContext context, RateSettings rates, LinkActions links) {
        super(context);
        this.state = context.state();
        this.rates = rates;
        this.drift = new DriftCard(context.tasks());
        this.portal = new PortalCard(context.tasks(), links);
        this.signIn = new SignInCard(context.tasks(), links);
        signIn.demoProperty().bind(state.demoModeProperty());
        drift.resultProperty().addListener((obs, was, check) -> {
            state.verificationProperty().set(check);
            refreshChecklist();
        });
        portal.urlProperty().addListener((obs, was, now) -> {
            state.portalUrlProperty().set(portal.address());
            refreshChecklist();
        });
        signIn.resultProperty().addListener((obs, was, result) -> {
            if (result != null) {
                state.accessTests().add(result);
            }
        });
        // Results read before the new organization changed describe it as it was: mark them, and
        // keep them out of the report until they are read again.
        state.targetChangeProperty().addListener((obs, was, change) -> {
            if (change == null) {
                return;
            }
            drift.outOfDate(change);
            signIn.outOfDate(change);
            state.accessTests().removeIf(test -> change.after(test.testedAt()));
            if (state.verificationProperty().get() != null && change.after(state.verificationProperty().get().checkedAt())) {
                state.verificationProperty().set(null);
            }
        });
    }

    /** The "Compare with the snapshot" card. */
    public DriftCard drift() {
        return drift;
    }

    /** The "Portal URL" card. */
    public PortalCard portal() {
        return portal;
    }

    /** The "Sign in as a user" card. */
    public SignInCard signIn() {
        return signIn;
    }

    /** True when users and groups come from a third-party identity provider (SCIM): the checklist shows. */
    public ReadOnlyBooleanProperty externalIdentityProviderProperty() {
        return externalIdentityProvider.getReadOnlyProperty();
    }

    /** What to set up in the identity provider, and who has not arrived yet; null without an external one. */
    public ReadOnlyObjectProperty<IdentityProviderChecklist> checklistProperty() {
        return checklist.getReadOnlyProperty();
    }

    /** True in demo mode: the portal's address is then not on the internet. */
    public ReadOnlyBooleanProperty demoProperty() {
        return state.demoModeProperty();
    }

    @Override
    public void onEnter() {
        externalIdentityProvider.set(options().identitySource() == IdentitySource.MATCH);
        IdentityCenterConfig target = targetConfig();
        portal.useIdentityStore(target == null ? null : target.source().identityStoreId());
        state.portalUrlProperty().set(portal.address());
        if (state.getSnapshot() != null) {
            signIn.users().setAll(state.getSnapshot().config().users().stream()
                    .filter(u -> !"DISABLED".equalsIgnoreCase(u.userStatus()))
                    .map(User::userName).sorted(Comparator.comparing(String::toLowerCase)).toList());
        }
        refreshChecklist();
        if (drift.stateProperty().get() == DriftCard.State.NOT_CHECKED
                || state.targetChangeProperty().get() != lastCompared) {
            compare();
        }
    }

    @Override
    public void onLeave() {
        drift.cancel();
        signIn.cancel();
    }

    /** Compares the new organization with the snapshot again (the card's "Compare again"). */
    public void compare() {
        if (state.getSnapshot() == null || state.targetAwsProperty().get() == null) {
            return;
        }
        lastCompared = state.targetChangeProperty().get();
        var snapshot = state.getSnapshot().config();
        var options = options();
        var target = new TargetSession(state.targetAwsProperty().get(), rates);
        drift.check(listener -> target.plan(snapshot, options, listener));
    }

    /**
     * "Sign in": starts the sign-in as the chosen user against the portal URL of the Portal card,
     * unless the user cannot sign in yet (not chosen, not provisioned by the identity provider).
     */
    public void startSignIn() {
        String user = signIn.userProperty().get();
        IdentityCenterConfig target = targetConfig();
        AwsTarget aws = state.targetAwsProperty().get();
        if (user == null || target == null || aws == null || state.getSnapshot() == null) {
            signIn.errorProperty().set(UserError.of("Choose a user of the snapshot to sign in as."));
            return;
        }
        String address = portal.address();
        if (address == null) {
            signIn.errorProperty().set(UserError.of("The access portal address above is not usable: correct it first."));
            return;
        }
        IdentityProviderChecklist pending = checklist.get();
        if (pending != null && pending.usersNotProvisioned().stream().anyMatch(u -> u.equalsIgnoreCase(user))) {
            signIn.errorProperty().set(UserError.of(user + " has not been provisioned by your identity provider "
                    + "yet, so they cannot sign in. Test again once provisioning has run."));
            return;
        }
        var expected = ExpectedAccess.of(state.getSnapshot().config(), user, options(), leftAlone());
        var location = new PortalLocation(address, target.source().region(), aws.endpoint());
        signIn.start(new SignInCard.Request(user, location, expected));
    }

    /** What the import left alone on purpose: from the last comparison, else from the confirmed plan. */
    private List<String> leftAlone() {
        DriftCheck check = drift.resultProperty().get();
        if (check != null) {
            return check.leftAlone().stream().map(DriftItem::id).toList();
        }
        Plan plan = state.planProperty().get();
        return plan == null ? List.of() : plan.changes().stream().filter(c -> !c.writes()).map(Change::id).toList();
    }

    private void refreshChecklist() {
        if (!externalIdentityProvider.get()) {
            checklist.set(null);
            return;
        }
        IdentityCenterConfig target = targetConfig();
        SourceInfo where = target == null ? null : target.source();
        String address = portal.address() != null ? portal.address() : "the new access portal";
        DriftCheck check = drift.resultProperty().get();
        checklist.set(check != null ? IdentityProviderChecklist.of(Face.WIZARD, where, address, check)
                : IdentityProviderChecklist.of(Face.WIZARD, where, address, List.of(), List.of()));
    }

    /** The options the import ran with (the plan's), else the preview's. */
    private PlanOptions options() {
        Plan plan = state.planProperty().get();
        return plan != null ? plan.options() : state.getPlanOptions();
    }

    private IdentityCenterConfig targetConfig() {
        Plan plan = state.planProperty().get();
        return plan != null ? plan.target() : state.targetConfigProperty().get();
    }
}
