package co.pump.icm.ui.access;

import java.util.List;

import co.pump.icm.apply.ApplyResult;
import co.pump.icm.aws.RateSettings;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.plan.IdentitySource;
import co.pump.icm.plan.Plan;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.ui.importing.TargetSession;
import co.pump.icm.ui.shell.StepContext;
import co.pump.icm.ui.shell.StepViewModel;
import co.pump.icm.ui.state.MigrationState;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The Test step ("Does single sign-on work in the new organization?"): cards that check the
 * import. <em>Compare with the snapshot</em> ({@link #drift()}) reads the new organization again
 * and plans with the import's options; <em>Portal URL</em> ({@link #portal()}) shows, copies and
 * opens the access portal's address. With an external identity provider (identity source
 * {@link IdentitySource#MATCH}) the step also lists what to set up there ({@link #identityProviderSteps()}).
 * The comparison runs by itself when the step is entered after an import it has not compared yet.
 * Always valid: testing is recommended, not required.
 */
public final class AccessViewModel extends StepViewModel {

    /** What to set up in a third-party identity provider, in order. */
    public static final List<String> IDENTITY_PROVIDER_STEPS = List.of(
            "In the IAM Identity Center console of the new organization, change the identity source to "
                    + "External identity provider (Settings → Identity source).",
            "In your identity provider (Okta, Microsoft Entra ID, Google Workspace, …), create a new AWS IAM "
                    + "Identity Center application for the new instance; keep the old one until everyone has moved.",
            "Exchange the SAML metadata between the two: the service provider metadata from IAM Identity Center "
                    + "into the new application, the application's metadata into IAM Identity Center.",
            "Turn on automatic provisioning (SCIM) in IAM Identity Center, and give the SCIM endpoint and access "
                    + "token to the new application. The token is a secret: paste it, never send it.",
            "Assign the same users and groups to the new application and let it push them.",
            "When they have arrived, import again: the memberships and assignments that waited for them are made.");

    private final MigrationState state;
    private final RateSettings rates;
    private final DriftCard drift;
    private final PortalCard portal;
    private final ReadOnlyBooleanWrapper externalIdentityProvider = new ReadOnlyBooleanWrapper(this, "externalIdentityProvider");
    private ApplyResult lastCompared;

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
    }

    /** The "Compare with the snapshot" card. */
    public DriftCard drift() {
        return drift;
    }

    /** The "Portal URL" card. */
    public PortalCard portal() {
        return portal;
    }

    /** True when users and groups come from a third-party identity provider (SCIM): the checklist shows. */
    public ReadOnlyBooleanProperty externalIdentityProviderProperty() {
        return externalIdentityProvider.getReadOnlyProperty();
    }

    /** True in demo mode: the portal's address is then not on the internet. */
    public ReadOnlyBooleanProperty demoProperty() {
        return state.demoModeProperty();
    }

    /** What to set up in the identity provider, in order. */
    public List<String> identityProviderSteps() {
        return IDENTITY_PROVIDER_STEPS;
    }

    @Override
    public void onEnter() {
        externalIdentityProvider.set(options().identitySource() == IdentitySource.MATCH);
        IdentityCenterConfig target = targetConfig();
        portal.useIdentityStore(target == null ? null : target.source().identityStoreId());
        ApplyResult result = state.applyResultProperty().get();
        if (drift.stateProperty().get() == DriftCard.State.NOT_CHECKED || result != lastCompared) {
            compare();
        }
    }

    @Override
    public void onLeave() {
        drift.cancel();
    }

    /** Compares the new organization with the snapshot again (the card's "Compare again"). */
    public void compare() {
        if (state.getSnapshot() == null || state.targetAwsProperty().get() == null) {
            return;
        }
        lastCompared = state.applyResultProperty().get();
        var snapshot = state.getSnapshot().config();
        var options = options();
        var target = new TargetSession(state.targetAwsProperty().get(), rates);
        drift.check(listener -> target.plan(snapshot, options, listener));
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
