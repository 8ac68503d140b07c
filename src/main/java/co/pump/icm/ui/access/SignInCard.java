package co.pump.icm.ui.access;

import co.pump.icm.ui.state.TargetChange;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;

import co.pump.icm.aws.signin.DeviceCode;
import co.pump.icm.aws.signin.PortalLocation;
import co.pump.icm.ui.errors.UserError;
import co.pump.icm.ui.importing.ProgressText;
import co.pump.icm.ui.tasks.BackgroundTask;
import co.pump.icm.ui.tasks.TaskExecutor;
import co.pump.icm.ui.tasks.TaskHandle;
import co.pump.icm.verify.AccessCheck;
import co.pump.icm.verify.AccessStatus;
import co.pump.icm.verify.AccessTest;
import co.pump.icm.verify.AccessTestResult;
import co.pump.icm.verify.ExpectedRole;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Test step's "Sign in as a user" card: the person picks a user of the snapshot and signs in to
 * the new access portal as them with a device code ({@link AccessTest}): the code shows large, the
 * browser opens the verification page, and once approved the accounts and roles the user really
 * sees are listed against what the snapshot gives them (✓ present, ✗ missing, ! unexpected).
 * In demo mode the code can be approved as the chosen user on the demo sandbox's own page with one
 * click. The portal's token stays in memory for the test only. Holds no nodes.
 */
public final class SignInCard {

    /** Where the sign-in stands. */
    public enum State { READY, STARTING, WAITING, DONE, FAILED }

    /**
     * One sign-in to make.
     *
     * @param userName the user the person signs in as (the portal does not say who signed in)
     * @param location the new access portal and its region (and the sandbox's endpoint in the demo)
     * @param expected what the snapshot gives the user
     */
    public record Request(String userName, PortalLocation location, List<ExpectedRole> expected) {
    }

    private final TaskExecutor tasks;
    private final LinkActions links;
    private final ObservableList<String> users = FXCollections.observableArrayList();
    private final ObjectProperty<String> user = new SimpleObjectProperty<>(this, "user");
    private final BooleanProperty demo = new SimpleBooleanProperty(this, "demo");
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.READY);
    private final ReadOnlyObjectWrapper<DeviceCode> code = new ReadOnlyObjectWrapper<>(this, "code");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper(this, "feedback", "");
    private final ObjectProperty<UserError> error = new SimpleObjectProperty<>(this, "error");
    private final ObservableList<AccessCheck> checks = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<AccessTestResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final AtomicReference<AccessTest> running = new AtomicReference<>();
    private TaskHandle<AccessTestResult> handle;
    private Request request;

    SignInCard(TaskExecutor tasks, LinkActions links) {
        this.tasks = tasks;
        this.links = links;
    }

    /** The snapshot's users one can sign in as, by user name. */
    public ObservableList<String> users() {
        return users;
    }

    /** The user chosen to sign in as. */
    public ObjectProperty<String> userProperty() {
        return user;
    }

    /** True in demo mode: the code can be approved on the demo's own page with one click. */
    public BooleanProperty demoProperty() {
        return demo;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The code to show while waiting for the approval, or null. */
    public ReadOnlyObjectProperty<DeviceCode> codeProperty() {
        return code.getReadOnlyProperty();
    }

    /** The result in one line, e.g. {@code ✓ sarah@… sees exactly what the snapshot gives them: 6 roles}. */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** What just happened with the browser or the demo approval, or empty. */
    public ReadOnlyStringProperty feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }

    public ObjectProperty<UserError> errorProperty() {
        return error;
    }

    /** Every expected and unexpected role of the last sign-in, by account then role. */
    public ObservableList<AccessCheck> checks() {
        return checks;
    }

    /** The last sign-in's result, or null. */
    public ReadOnlyObjectProperty<AccessTestResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** True while a sign-in runs. */
    public boolean isWorking() {
        return state.get() == State.STARTING || state.get() == State.WAITING;
    }

    /** Starts the sign-in in the background; the code arrives in {@link #codeProperty()}. */
    void start(Request signIn) {
        if (isWorking()) {
            return;
        }
        request = signIn;
        error.set(null);
        checks.clear();
        code.set(null);
        feedback.set("");
        headline.set("Asking the new access portal for a sign-in code…");
        state.set(State.STARTING);
        var test = new AccessTest(signIn.location());
        running.set(test);
        handle = BackgroundTask.of("Signing in to the new access portal as a test user",
                        work -> test.run(signIn.userName(), signIn.expected(), work::publish))
                .onUpdate(DeviceCode.class, this::showCode)
                .onSuccess(this::show)
                .onCancelled(this::stopped)
                .onFailure(failure -> {
                    if (failure instanceof CancellationException) {
                        stopped();
                        return;
                    }
                    code.set(null);
                    headline.set("");
                    error.set(UserError.of(failure, "The sign-in to the new access portal did not complete."));
                    state.set(State.FAILED);
                })
                .executeWith(tasks);
    }

    /** Stops waiting for the approval. */
    public void cancel() {
        AccessTest test = running.get();
        if (test != null && isWorking()) {
            test.cancel();
            handle.cancel();
        }
    }

    /** Opens the verification page (with the code filled in) in the browser. */
    public void openBrowser() {
        DeviceCode shown = code.get();
        if (shown == null) {
            return;
        }
        URI page = URI.create(shown.verificationUriComplete() != null ? shown.verificationUriComplete()
                : shown.verificationUri());
        BackgroundTask.of("Opening the sign-in page", work -> {
                    links.open(page);
                    return page;
                })
                .onSuccess(opened -> feedback.set("The page is open in your browser: check it shows the same code."))
                .onFailure(failure -> feedback.set("This computer could not open a browser from here. Open "
                        + shown.verificationUri() + " and type the code."))
                .executeWith(tasks);
    }

    /** Demo mode: approves the code as the chosen user on the demo sandbox's page. */
    public void approveInDemo() {
        DeviceCode shown = code.get();
        Request signIn = request;
        if (!demo.get() || shown == null || signIn == null || signIn.location().endpoint() == null) {
            return;
        }
        feedback.set("Approving as " + signIn.userName() + " on the demo's sign-in page…");
        BackgroundTask.of("Approving the demo sign-in", work -> {
                    DemoApproval.approve(signIn.location().endpoint(), shown.userCode(), signIn.userName());
                    return shown;
                })
                .onSuccess(approved -> feedback.set("✓ Approved as " + signIn.userName() + ". Reading what they see…"))
                .onFailure(failure -> error.set(UserError.of(failure, "The demo sign-in could not be approved.")))
                .executeWith(tasks);
    }

    private void showCode(DeviceCode shown) {
        code.set(shown);
        long minutes = Math.max(1, shown.expiresIn().toMinutes());
        headline.set("Waiting for you to approve the code (it expires in " + minutes + " min)…");
        state.set(State.WAITING);
    }

    private void show(AccessTestResult done) {
        code.set(null);
        feedback.set("");
        checks.setAll(done.checks());
        long missing = done.count(AccessStatus.MISSING);
        long unexpected = done.count(AccessStatus.UNEXPECTED);
        long accounts = done.checks().stream().map(AccessCheck::accountId).distinct().count();
        headline.set(done.passed()
                ? "✓ " + done.userName() + " sees exactly what the snapshot gives them: "
                + ProgressText.plural(done.checks().size(), "role", "roles") + " in "
                + ProgressText.plural(accounts, "account", "accounts") + "."
                : "✗ " + done.userName() + ": " + ProgressText.count(missing) + " missing, "
                + ProgressText.count(unexpected) + " unexpected.");
        result.set(done);
        state.set(State.DONE);
    }

    /**
     * The new organization changed after this sign-in: what the user saw then is shown as of then,
     * and the person is asked to sign in again to see it as it is.
     */
    public void outOfDate(TargetChange change) {
        AccessTestResult shown = result.get();
        if (state.get() != State.DONE || shown == null || !change.after(shown.testedAt())) {
            return;
        }
        headline.set("Out of date: as of " + TargetChange.time(shown.testedAt()) + ", before the new organization "
                + "changed at " + change.describe() + ". Sign in again to see it as it is now.");
    }

    private void stopped() {
        code.set(null);
        headline.set("Sign-in cancelled.");
        state.set(State.READY);
    }

    /** A check as a line: {@code ✓ Present · 222222222222 (larkspur-prod) · DatabaseAdmin · direct}. */
    public static String line(AccessCheck check) {
        String account = check.accountId() + (check.accountName() == null ? "" : " (" + check.accountName() + ")");
        String via = check.via().isEmpty() ? "" : " · " + String.join(", ", check.via());
        return check.status().symbol() + " " + check.status().label() + " · " + account + " · " + check.roleName() + via;
    }
}
