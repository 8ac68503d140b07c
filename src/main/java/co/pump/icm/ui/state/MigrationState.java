package co.pump.icm.ui.state;

import java.nio.file.Path;

import co.pump.icm.apply.ApplyResult;
import co.pump.icm.aws.AwsTarget;
import co.pump.icm.aws.ExportResult;
import co.pump.icm.aws.signin.Identity;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.plan.Plan;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.snapshot.Snapshot;
import co.pump.icm.verify.AccessTestResult;
import co.pump.icm.verify.DriftCheck;
import co.pump.icm.ui.follow.AccountFollowing;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Everything the wizard knows about one migration, carried from step to step: one object, typed,
 * observable. Steps read what earlier steps wrote and write what later steps need; the header,
 * the ribbon and the footer bind to it. Only the FX thread touches it (background work hands its
 * results over in {@code onSuccess}).
 *
 * <p>Written by, in order: Start ({@link #demoModeProperty() demo mode}, {@link #demoSandboxProperty()
 * demo sandbox}); Sign in: current ({@link #sourceProperty() source}, {@link #sourceAwsProperty()
 * source AWS target}, {@link #sourceIdentityProperty() source identity}); Export ({@link #snapshotProperty() snapshot}, {@link #snapshotFileProperty()
 * snapshot file}, {@link #exportResultProperty() export result}); Sign in: new admin
 * ({@link #targetProperty() target}, {@link #targetAwsProperty() target AWS target},
 * {@link #targetIdentityProperty() target identity}); Preview
 * ({@link #targetConfigProperty() target configuration}, {@link #planOptionsProperty() plan
 * options}, {@link #planProperty() plan}); Import ({@link #writesStartedProperty() writes started},
 * {@link #applyResultProperty() apply result}); Test ({@link #verificationProperty() verification},
 * {@link #accessTests() access tests}, {@link #portalUrlProperty() portal URL}); Finish
 * ({@link #reportFileProperty() report file}).
 */
public final class MigrationState {

    private final BooleanProperty demoMode = new SimpleBooleanProperty(this, "demoMode");
    private final ObjectProperty<DemoSandbox> demoSandbox = new SimpleObjectProperty<>(this, "demoSandbox");
    private final ObjectProperty<AccountIdentity> source = new SimpleObjectProperty<>(this, "source");
    private final ObjectProperty<AwsTarget> sourceAws = new SimpleObjectProperty<>(this, "sourceAws");
    private final ObjectProperty<Identity> sourceIdentity = new SimpleObjectProperty<>(this, "sourceIdentity");
    private final ObjectProperty<Snapshot> snapshot = new SimpleObjectProperty<>(this, "snapshot");
    private final ObjectProperty<Path> snapshotFile = new SimpleObjectProperty<>(this, "snapshotFile");
    private final ObjectProperty<ExportResult> exportResult = new SimpleObjectProperty<>(this, "exportResult");
    private final ObjectProperty<AccountIdentity> target = new SimpleObjectProperty<>(this, "target");
    private final ObjectProperty<AwsTarget> targetAws = new SimpleObjectProperty<>(this, "targetAws");
    private final ObjectProperty<Identity> targetIdentity = new SimpleObjectProperty<>(this, "targetIdentity");
    private final ObjectProperty<IdentityCenterConfig> targetConfig = new SimpleObjectProperty<>(this, "targetConfig");
    private final ObjectProperty<PlanOptions> planOptions =
            new SimpleObjectProperty<>(this, "planOptions", PlanOptions.defaults());
    private final ObjectProperty<Plan> plan = new SimpleObjectProperty<>(this, "plan");
    private final BooleanProperty writesStarted = new SimpleBooleanProperty(this, "writesStarted");
    private final ObjectProperty<ApplyResult> applyResult = new SimpleObjectProperty<>(this, "applyResult");
    private final ObjectProperty<DriftCheck> verification = new SimpleObjectProperty<>(this, "verification");
    private final ObservableList<AccessTestResult> accessTests = FXCollections.observableArrayList();
    private final StringProperty portalUrl = new SimpleStringProperty(this, "portalUrl");
    private final ObjectProperty<Path> reportFile = new SimpleObjectProperty<>(this, "reportFile");
    private final BooleanProperty undoRequested = new SimpleBooleanProperty(this, "undoRequested");
    private final ObjectProperty<TargetChange> targetChange = new SimpleObjectProperty<>(this, "targetChange");
    private final AccountFollowing following = new AccountFollowing();

    /** True when the wizard runs against the built-in demo company; the ribbon shows. */
    public BooleanProperty demoModeProperty() {
        return demoMode;
    }

    public boolean isDemoMode() {
        return demoMode.get();
    }

    /** The running demo emulator while in demo mode, else null. Stopped when the app exits. */
    public ObjectProperty<DemoSandbox> demoSandboxProperty() {
        return demoSandbox;
    }

    public DemoSandbox getDemoSandbox() {
        return demoSandbox.get();
    }

    /** The current management account once signed in and checked; the header's FROM. */
    public ObjectProperty<AccountIdentity> sourceProperty() {
        return source;
    }

    /** How to reach the current management account (profile, region, endpoint or in-memory credentials). */
    public ObjectProperty<AwsTarget> sourceAwsProperty() {
        return sourceAws;
    }

    /**
     * The who-am-I result of the current management account's sign-in: its organization, the
     * IAM Identity Center instance it holds (ARN, identity store, region) and the checklist. Set
     * together with {@link #sourceProperty()}; the new-admin step compares it with its own.
     */
    public ObjectProperty<Identity> sourceIdentityProperty() {
        return sourceIdentity;
    }

    /** The configuration to migrate: exported in this run or loaded from a file. */
    public ObjectProperty<Snapshot> snapshotProperty() {
        return snapshot;
    }

    public Snapshot getSnapshot() {
        return snapshot.get();
    }

    /** Where the snapshot is saved, or the file it was loaded from. */
    public ObjectProperty<Path> snapshotFileProperty() {
        return snapshotFile;
    }

    /** The export's warnings and statistics, when the snapshot was exported in this run. */
    public ObjectProperty<ExportResult> exportResultProperty() {
        return exportResult;
    }

    /** The new delegated administrator account once signed in and checked; the header's TO. */
    public ObjectProperty<AccountIdentity> targetProperty() {
        return target;
    }

    /** How to reach the new delegated administrator account. */
    public ObjectProperty<AwsTarget> targetAwsProperty() {
        return targetAws;
    }

    /**
     * The who-am-I result of the new delegated administrator's sign-in: its organization and the
     * instance it administers (e.g. {@code instance().defaultPortalUrl()} for the Test step).
     * Set together with {@link #targetProperty()}.
     */
    public ObjectProperty<Identity> targetIdentityProperty() {
        return targetIdentity;
    }

    /** The target instance as read for the preview. */
    public ObjectProperty<IdentityCenterConfig> targetConfigProperty() {
        return targetConfig;
    }

    /** The choices of the preview: identity source, account map, updates, deselected items. */
    public ObjectProperty<PlanOptions> planOptionsProperty() {
        return planOptions;
    }

    public PlanOptions getPlanOptions() {
        return planOptions.get();
    }

    /** What the import will do, as last previewed. */
    public ObjectProperty<Plan> planProperty() {
        return plan;
    }

    /**
     * True from the moment the import sends its first write to AWS. Until then the footer says
     * "Nothing has been written yet."
     */
    public BooleanProperty writesStartedProperty() {
        return writesStarted;
    }

    public boolean isWritesStarted() {
        return writesStarted.get();
    }

    /** What the import did (the last run, when it was run again). */
    public ObjectProperty<ApplyResult> applyResultProperty() {
        return applyResult;
    }

    /** The last comparison of the new organization with the snapshot (Test step), for the report; or null. */
    public ObjectProperty<DriftCheck> verificationProperty() {
        return verification;
    }

    /** The sign-ins as a test user made on the Test step, oldest first, for the report. */
    public ObservableList<AccessTestResult> accessTests() {
        return accessTests;
    }

    /**
     * The new access portal's URL as the Test step shows it (a custom subdomain the user typed is
     * kept), or null for the instance's default {@code https://<identityStoreId>.awsapps.com/start}.
     */
    public StringProperty portalUrlProperty() {
        return portalUrl;
    }

    /**
     * The wizard's latest change to the new organization (an import run that wrote, an undo), or
     * null before any. Steps that show what they read from the new organization listen to it:
     * what they read before it is out of date.
     */
    public ObjectProperty<TargetChange> targetChangeProperty() {
        return targetChange;
    }

    /**
     * Set by the Finish step's "Undo this import…": the Import step, shown again, opens its undo
     * preview and clears it.
     */
    public BooleanProperty undoRequestedProperty() {
        return undoRequested;
    }

    /** The migration report, once saved. */
    public ObjectProperty<Path> reportFileProperty() {
        return reportFile;
    }

    /**
     * Following the accounts the last import left awaiting: offered by the Import step, shown there
     * and on the Finish step, running in the background in between.
     */
    public AccountFollowing following() {
        return following;
    }
}
