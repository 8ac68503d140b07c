package co.pump.icm.ui.signin;

import java.net.URI;
import java.util.logging.Logger;

import co.pump.icm.sandbox.data.SeededWorld;
import co.pump.icm.sandbox.state.SandboxCredential;
import co.pump.icm.ui.errors.UserError;
import co.pump.icm.ui.shell.StepContext;
import co.pump.icm.ui.shell.StepViewModel;
import co.pump.icm.ui.state.DemoSandbox;
import co.pump.icm.ui.state.MigrationState;
import co.pump.icm.ui.tasks.BackgroundTask;
import co.pump.icm.ui.tasks.TaskExecutor;
import co.pump.icm.ui.tasks.Work;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * One of the two sign-in steps ("Sign in: current", "Sign in: new admin"): three ways to sign in
 * (an AWS profile, the in-app IAM Identity Center sign-in, access keys), then the who-am-I
 * checklist. Next is enabled once the account is signed in, holds (or administers) an IAM
 * Identity Center instance and, on the new-admin step, is in another organization than the
 * current one.
 *
 * <p>Writes, for its {@link SignInSide}, while the sign-in is accepted (else null): the header's
 * {@code AccountIdentity}, the {@code AwsTarget} later steps use (in the region of the instance
 * found) and who-am-I's {@code Identity}.
 *
 * <p>In demo mode the access keys of the demo company are filled in (masked), with the demo
 * sandbox as the endpoint, and checked as soon as the step shows.
 */
public final class SignInViewModel extends StepViewModel {

    /** The footer's sentence while the checks run. */
    public static final String CHECKING = "Checking who you are signed in as…";

    private static final Logger LOG = Logger.getLogger(SignInViewModel.class.getName());

    private final SignInSide side;
    private final SignInServices services;
    private final MigrationState state;
    private final ObjectProperty<SignInMethod> method = new SimpleObjectProperty<>(this, "method", SignInMethod.PROFILE);
    private final StringProperty endpointUrl = new SimpleStringProperty(this, "endpointUrl", "");
    private final ProfileSignInForm profile = new ProfileSignInForm(this);
    private final DeviceSignInForm device = new DeviceSignInForm(this);
    private final AccessKeysForm keys = new AccessKeysForm();
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking");
    private final SignInChecklist results = new SignInChecklist();
    private final ObjectProperty<UserError> error = new SimpleObjectProperty<>(this, "error");
    /** The sign-in the state holds; its holder is released when another one replaces it. */
    private Candidate.Ready accepted;
    private DemoSandbox filledFrom;
    /** Counts checks; a result that arrives after the step was reset (the demo left) is dropped. */
    private long generation;

    public SignInViewModel(StepContext context, SignInSide side, SignInServices services) {
        super(context);
        this.side = side;
        this.services = services;
        this.state = context.state();
        valid().bind(Bindings.createBooleanBinding(() -> !checking.get() && results.outcome() != null
                && results.outcome().ready(), checking, results.outcomeProperty()));
        status().bind(checking.map(busy -> busy ? CHECKING : null));
        method.addListener((obs, was, now) -> {
            // An error of another way to sign in says nothing about this one.
            error.set(null);
            if (now == SignInMethod.PROFILE) {
                profile.loadOnce();
            }
        });
        profile.selectedProperty().addListener((obs, was, now) -> {
            if (was != null && now != was) {
                error.set(null);
            }
        });
        state.demoSandboxProperty().addListener((obs, was, now) -> {
            if (filledFrom != null && now != filledFrom) {
                leaveDemo();
            }
        });
    }

    /** The "Sign in: current" step, with this computer's AWS files and browser. */
    public static SignInViewModel source(StepContext context) {
        return new SignInViewModel(context, SignInSide.SOURCE, SignInServices.defaults());
    }

    /** The "Sign in: new admin" step, with this computer's AWS files and browser. */
    public static SignInViewModel target(StepContext context) {
        return new SignInViewModel(context, SignInSide.TARGET, SignInServices.defaults());
    }

    public SignInSide side() {
        return side;
    }

    /** The tab chosen. */
    public ObjectProperty<SignInMethod> methodProperty() {
        return method;
    }

    /** "Advanced: endpoint URL": empty for AWS itself; the sandbox's address in demo mode. */
    public StringProperty endpointUrlProperty() {
        return endpointUrl;
    }

    public ProfileSignInForm profile() {
        return profile;
    }

    public DeviceSignInForm device() {
        return device;
    }

    public AccessKeysForm keys() {
        return keys;
    }

    /** True while who-am-I runs. */
    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    /** The verdict and the checklist of the last check. */
    public SignInChecklist results() {
        return results;
    }

    /** The checklist's lines (the same as {@code results().lines()}). */
    public ObservableList<ChecklistLine> checklist() {
        return results.lines();
    }

    /** The verdict (the same as {@code results().verdictProperty()}). */
    public ReadOnlyStringProperty verdictProperty() {
        return results.verdictProperty();
    }

    /** What went wrong last that is not a line of the checklist (bad input, a sign-in that failed), or null. */
    public ObjectProperty<UserError> errorProperty() {
        return error;
    }

    @Override
    public void onEnter() {
        DemoSandbox demo = state.getDemoSandbox();
        if (state.isDemoMode() && demo != null && filledFrom != demo) {
            fillDemo(demo);
            checkAccessKeys();
        } else if (!state.isDemoMode()) {
            profile.loadOnce();
        }
        if (side == SignInSide.TARGET && results.outcome() != null && !checking.get()) {
            // The current organization's sign-in may have changed since: judge this one again.
            show(results.outcome().against(state.sourceIdentityProperty().get()), false);
        }
    }

    @Override
    public void onClose() {
        // The portal tab keeps a session the state uses; it is then released once, here, with the sign-in.
        device.forget();
        if (accepted != null && accepted.holder() != null) {
            release(accepted.holder());
        }
        accepted = null;
        if (Platform.isFxApplicationThread()) {
            keys.clearSecrets();
        }
    }

    /** Checks the typed access keys. */
    public void checkAccessKeys() {
        Candidate.Ready candidate;
        try {
            candidate = keys.candidate(endpoint());
        } catch (RuntimeException e) {
            showError(UserError.of(e, "The access keys could not be used."));
            return;
        }
        check("Checking the access keys", progress -> candidate);
    }

    /** The endpoint URL field as a URI, or null for AWS itself; throws a bad-input sentence. */
    URI endpoint() {
        return Regions.endpoint(endpointUrl.get());
    }

    SignInServices services() {
        return services;
    }

    TaskExecutor tasks() {
        return context().tasks();
    }

    void showError(UserError value) {
        error.set(value);
    }

    /** True when the state's sign-in uses this (an IAM Identity Center session must then stay open). */
    boolean isInUse(AutoCloseable holder) {
        return accepted != null && accepted.holder() == holder;
    }

    /**
     * Checks credentials from one of the tabs, in the background: {@code prepare} makes them (it may
     * call AWS, e.g. to resolve a profile), then who-am-I runs and the account's name is looked up.
     */
    void check(String title, Work<Candidate> prepare) {
        if (checking.get()) {
            return;
        }
        error.set(null);
        results.clear();
        // A new check replaces the accepted sign-in, whatever its result.
        publish(null);
        dropAccepted();
        checking.set(true);
        long current = ++generation;
        var work = new SignInCheck(side, services, state.sourceIdentityProperty().get());
        BackgroundTask.of(title, progress -> work.run(prepare, progress))
                .onSuccess(checked -> {
                    if (current != generation) {
                        checked.discard();
                    } else if (checked.outcome() != null) {
                        LOG.info(() -> side + " sign-in checked: " + checked.outcome().candidate().label()
                                + (checked.outcome().ready() ? " is ready" : " is not ready"));
                        show(checked.outcome(), true);
                    } else {
                        device.signInFor(checked.loginFirst());
                        method.set(SignInMethod.IDENTITY_CENTER);
                    }
                })
                .onFailure(failure -> {
                    if (current == generation) {
                        showError(UserError.of(failure, "The sign-in could not be checked."));
                    }
                })
                .onFinished(() -> {
                    if (current == generation) {
                        checking.set(false);
                    }
                })
                .executeWith(context().tasks());
    }

    /**
     * Shows a checked sign-in and, when ready, puts it in the state.
     *
     * @param fresh true for a new check (a failed one replaces the accepted sign-in), false when
     *              the same sign-in is judged again (it stays held, to be accepted again later)
     */
    private void show(SignInOutcome checked, boolean fresh) {
        results.show(checked);
        if (checked.ready()) {
            accept(checked.candidate());
            publish(checked);
            return;
        }
        publish(null);
        if (fresh) {
            // Keys AWS refused, or that cannot be used here, are not kept in memory.
            SignInCheck.clearTyped(checked.candidate());
        }
    }

    /** No sign-in is accepted any more; what the old one held is released (unless the portal tab still uses it). */
    private void dropAccepted() {
        Candidate.Ready old = accepted;
        accepted = null;
        if (old != null && old.holder() != null && old.holder() != device.session()) {
            release(old.holder());
        }
    }

    /** The state holds this sign-in now: the secrets and the sign-in of the other tabs are let go. */
    private void accept(Candidate.Ready next) {
        accepted = next;
        if (next.method() != SignInMethod.ACCESS_KEYS) {
            keys.clearSecrets();
        }
        if (next.method() != SignInMethod.IDENTITY_CENTER) {
            device.forget();
        }
    }

    private void publish(SignInOutcome checked) {
        side.identity(state).set(checked == null ? null : checked.accountIdentity());
        side.aws(state).set(checked == null ? null : checked.target());
        side.whoAmI(state).set(checked == null ? null : checked.identity());
    }

    private void fillDemo(DemoSandbox demo) {
        filledFrom = demo;
        SeededWorld world = demo.world();
        SandboxCredential demoKeys = side.demoKeys(world);
        keys.fill(demoKeys.accessKeyId(), demoKeys.secretAccessKey(), demoKeys.sessionToken(), side.demoRegion(world));
        endpointUrl.set(demo.endpoint().toString());
        device.fill(side.demoStartUrl(world), side.demoRegion(world));
        method.set(SignInMethod.ACCESS_KEYS);
    }

    /** The demo was left ("Migrate my organization"): nothing of it stays on this step. */
    private void leaveDemo() {
        filledFrom = null;
        generation++;
        checking.set(false);
        onClose();
        keys.fill("", "", "", "");
        endpointUrl.set("");
        device.fill("", "");
        results.clear();
        error.set(null);
        publish(null);
        method.set(SignInMethod.PROFILE);
    }

    private static void release(AutoCloseable holder) {
        try {
            holder.close();
        } catch (Exception e) {
            LOG.warning(() -> "Releasing a sign-in failed: " + e.getClass().getSimpleName());
        }
    }
}
