package co.pump.icm.ui.signin;

import java.net.URI;
import java.util.concurrent.CancellationException;
import java.util.logging.Logger;

import co.pump.icm.aws.signin.DeviceCode;
import co.pump.icm.aws.signin.DeviceLogin;
import co.pump.icm.aws.signin.PortalAccount;
import co.pump.icm.aws.signin.PortalLocation;
import co.pump.icm.aws.signin.PortalRole;
import co.pump.icm.aws.signin.PortalSession;
import co.pump.icm.aws.signin.ProfileResolution;
import co.pump.icm.ui.errors.UserError;
import co.pump.icm.ui.tasks.BackgroundTask;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "IAM Identity Center sign-in" tab: the AWS access portal URL and its region, then a code to
 * approve in the browser (with "Open browser", a waiting spinner and Cancel), then an account and
 * a role from the access portal. The signed-in {@link PortalSession} is kept open while its
 * credentials may be used, and closed by {@link #forget()}.
 */
public final class DeviceSignInForm {

    /** Where the sign-in is. */
    public enum Phase {
        /** Nothing started (or the last attempt ended): the URL and region can be edited. */
        IDLE,
        /** Asking IAM Identity Center for a code. */
        STARTING,
        /** The code is shown; waiting for the user to approve it in the browser. */
        WAITING,
        /** Signed in: choose an account and a role. */
        SIGNED_IN
    }

    private static final Logger LOG = Logger.getLogger(DeviceSignInForm.class.getName());

    private final SignInViewModel step;
    private final StringProperty startUrl = new SimpleStringProperty(this, "startUrl", "");
    private final StringProperty region = new SimpleStringProperty(this, "region", "");
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.IDLE);
    private final ReadOnlyObjectWrapper<DeviceCode> code = new ReadOnlyObjectWrapper<>(this, "code");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper signedInAt = new ReadOnlyStringWrapper(this, "signedInAt", "");
    private final PortalChoice choice;
    private DeviceLogin login;
    private PortalSession session;
    private Candidate.LoginFirst pendingProfile;

    DeviceSignInForm(SignInViewModel step) {
        this.step = step;
        this.choice = new PortalChoice(step);
    }

    /** The AWS access portal URL, e.g. {@code https://d-1234567890.awsapps.com/start}. */
    public StringProperty startUrlProperty() {
        return startUrl;
    }

    /** The region of the IAM Identity Center instance behind the portal. */
    public StringProperty regionProperty() {
        return region;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** The code to approve while {@link Phase#WAITING}, else null. */
    public ReadOnlyObjectProperty<DeviceCode> codeProperty() {
        return code.getReadOnlyProperty();
    }

    /** A sentence for the tab: why a profile needs this sign-in, that it was cancelled, where to go by hand. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The start URL of the signed-in session, or empty. */
    public ReadOnlyStringProperty signedInAtProperty() {
        return signedInAt.getReadOnlyProperty();
    }

    /** The account and role to take, once signed in. */
    public PortalChoice choice() {
        return choice;
    }

    /** Starts the sign-in: asks for a code, shows it, and waits for its approval in the background. */
    public void start() {
        if (phase.get() == Phase.STARTING || phase.get() == Phase.WAITING) {
            return;
        }
        PortalLocation location;
        try {
            location = location();
        } catch (RuntimeException e) {
            step.showError(UserError.of(e, "The IAM Identity Center sign-in could not start."));
            return;
        }
        step.showError(null);
        notice.set(pendingProfile == null ? "" : notice.get());
        DeviceLogin starting = step.services().deviceLogins().apply(location);
        login = starting;
        phase.set(Phase.STARTING);
        BackgroundTask.of("Signing in with IAM Identity Center", progress -> starting.signIn(progress::publish))
                .onUpdate(DeviceCode.class, shown -> {
                    if (login == starting) {
                        code.set(shown);
                        phase.set(Phase.WAITING);
                    }
                })
                .onSuccess(signedIn -> signedIn(starting, signedIn))
                .onFailure(error -> ended(starting, error))
                .executeWith(step.tasks());
    }

    /**
     * Back to the start URL to sign in anew (e.g. as another user). The current session stays open
     * while the accepted sign-in uses it, until a new one replaces it.
     */
    public void signInAgain() {
        if (phase.get() == Phase.SIGNED_IN) {
            phase.set(Phase.IDLE);
        }
    }

    /** Ends the wait for approval; the tab goes back to the start URL. */
    public void cancel() {
        if (login != null) {
            login.cancel();
        }
    }

    /** Opens the verification page (with the code filled in) in the browser; best effort. */
    public void openBrowser() {
        DeviceCode shown = code.get();
        if (shown == null) {
            return;
        }
        String page = shown.verificationUriComplete() != null ? shown.verificationUriComplete() : shown.verificationUri();
        BackgroundTask.of("Opening the browser", progress -> {
                    step.services().browser().open(URI.create(page));
                    return page;
                })
                .onFailure(error -> notice.set("The browser could not be opened from here. Open " + page
                        + " in your browser and approve the code " + shown.userCode() + "."))
                .executeWith(step.tasks());
    }

    /** Checks the chosen role of the chosen account. */
    public void useRole() {
        PortalSession using = session;
        PortalRole chosen = choice.roleProperty().get();
        if (using == null || chosen == null) {
            step.showError(UserError.of("Choose an account and a role first."));
            return;
        }
        PortalAccount inAccount = choice.accountProperty().get();
        String name = inAccount != null && inAccount.accountId().equals(chosen.accountId()) ? inAccount.accountName() : null;
        step.check("Taking the role " + chosen.roleName() + " in account " + chosen.accountId(), progress ->
                new Candidate.Ready(SignInMethod.IDENTITY_CENTER, "the role " + chosen.roleName() + " in account "
                        + chosen.accountId() + " (IAM Identity Center)",
                        using.credentials(chosen.accountId(), chosen.roleName()).target(using.location().region()),
                        using, name));
    }

    /** The signed-in session, or null. */
    PortalSession session() {
        return session;
    }

    /** A profile needs this sign-in: its start URL and region go in, and its account and role are used after. */
    void signInFor(Candidate.LoginFirst profile) {
        ProfileResolution.LoginNeeded needed = profile.needed();
        pendingProfile = profile;
        startUrl.set(needed.portal().startUrl());
        region.set(needed.portal().region());
        notice.set(needed.message());
    }

    /** Fills the start URL and region (the demo), unless the user is already signing in. */
    void fill(String url, String regionName) {
        if (phase.get() == Phase.IDLE) {
            startUrl.set(url);
            region.set(regionName);
        }
    }

    /** Cancels a sign-in in progress, closes the session (its credentials can no longer be renewed) and clears the lists. */
    void forget() {
        cancel();
        login = null;
        closeSession();
        pendingProfile = null;
        code.set(null);
        phase.set(Phase.IDLE);
    }

    private PortalLocation location() {
        if (pendingProfile != null) {
            PortalLocation theirs = pendingProfile.needed().portal();
            if (theirs.startUrl().equals(startUrl.get().trim()) && theirs.region().equals(region.get().trim())) {
                return theirs;
            }
            pendingProfile = null;
        }
        return new PortalLocation(startUrl.get(), region.get(), step.endpoint());
    }

    private void signedIn(DeviceLogin from, PortalSession signedIn) {
        if (login != from || from.isCancelled()) {
            signedIn.close();
            return;
        }
        login = null;
        closeSession();
        session = signedIn;
        signedInAt.set(signedIn.location().startUrl());
        code.set(null);
        notice.set("");
        phase.set(Phase.SIGNED_IN);
        LOG.info(() -> "Signed in with IAM Identity Center: " + signedIn);
        choice.show(signedIn);
        Candidate.LoginFirst profile = pendingProfile;
        if (profile != null) {
            pendingProfile = null;
            String label = "the profile '" + profile.needed().profile().name() + "' (signed in with IAM Identity Center)";
            String regionName = profile.region() != null ? profile.region() : signedIn.location().region();
            step.check("Taking the role of the profile " + profile.needed().profile().name(), progress ->
                    new Candidate.Ready(SignInMethod.IDENTITY_CENTER, label,
                            profile.needed().roleCredentials(signedIn).target(regionName), signedIn, null));
        }
    }

    private void ended(DeviceLogin from, Throwable error) {
        if (login != from) {
            return;
        }
        login = null;
        code.set(null);
        phase.set(Phase.IDLE);
        if (error instanceof CancellationException) {
            notice.set("The sign-in was cancelled. Start it again when you are ready.");
        } else {
            step.showError(UserError.of(error, "The IAM Identity Center sign-in did not complete."));
        }
    }

    private void closeSession() {
        PortalSession closing = session;
        session = null;
        signedInAt.set("");
        choice.clear();
        if (closing != null && !step.isInUse(closing)) {
            closing.close();
        }
    }
}
