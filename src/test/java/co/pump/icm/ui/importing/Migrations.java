package co.pump.icm.ui.importing;

import java.nio.file.Path;
import java.time.Instant;

import co.pump.icm.aws.AwsCallRunner;
import co.pump.icm.aws.AwsClients;
import co.pump.icm.aws.AwsTarget;
import co.pump.icm.aws.ExportListener;
import co.pump.icm.aws.InstanceReader;
import co.pump.icm.aws.RateSettings;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.plan.Plan;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.snapshot.Snapshot;
import co.pump.icm.snapshot.SnapshotWriter;
import co.pump.icm.testing.SandboxFixture;
import co.pump.icm.ui.RecordingWindows;
import co.pump.icm.ui.TestFiles;
import co.pump.icm.ui.app.AppSettings;
import co.pump.icm.ui.shell.Navigator;
import co.pump.icm.ui.shell.StepContext;
import co.pump.icm.ui.shell.StepId;
import co.pump.icm.ui.state.AccountIdentity;
import co.pump.icm.ui.state.MigrationState;
import co.pump.icm.ui.tasks.TaskExecutor;

/**
 * For the last steps' tests: the state the Preview step leaves behind, made the way the wizard
 * makes it (export the sandbox's source, save the snapshot, plan against the target), and a
 * context for ViewModels without a screen.
 */
public final class Migrations {

    /** Far above AWS's rate: the sandbox without throttling keeps up, and tests stay quick. */
    public static final RateSettings FAST = RateSettings.AWS_DEFAULTS.withRate(1000);

    private Migrations() {
    }

    /** Reads a whole instance, as the Export step does. */
    public static IdentityCenterConfig export(AwsTarget target) {
        try (var clients = AwsClients.open(target, 32)) {
            return new InstanceReader(clients, new AwsCallRunner(FAST), ExportListener.NONE).read(null).config();
        }
    }

    /**
     * The state on entering the Import step: the source exported and saved as {@code acme.json} in
     * {@code directory}, both organizations signed in, and the confirmed plan.
     */
    public static MigrationState confirmed(SandboxFixture fixture, Path directory, PlanOptions options) {
        var state = new MigrationState();
        Snapshot snapshot = SnapshotWriter.write(directory.resolve("acme.json"), export(fixture.source()), Instant.now());
        state.snapshotProperty().set(snapshot);
        state.snapshotFileProperty().set(directory.resolve("acme.json"));
        state.sourceAwsProperty().set(fixture.source());
        state.sourceProperty().set(new AccountIdentity(snapshot.config().source().accountId(), "larkspur-management",
                snapshot.config().source().region(), true));
        state.targetAwsProperty().set(fixture.target());
        state.planOptionsProperty().set(options);
        Plan plan = plan(fixture, snapshot.config(), options);
        state.targetConfigProperty().set(plan.target());
        state.targetProperty().set(new AccountIdentity(plan.target().source().accountId(), "pump-identity-admin",
                plan.target().source().region(), true));
        state.planProperty().set(plan);
        return state;
    }

    /** Plans the snapshot against the fixture's target. */
    public static Plan plan(SandboxFixture fixture, IdentityCenterConfig snapshot, PlanOptions options) {
        return new TargetSession(fixture.target(), FAST).plan(snapshot, options, ExportListener.NONE);
    }

    /** A step context for ViewModel tests, whose navigator only counts. */
    public static StepContext context(MigrationState state, TaskExecutor tasks, TestFiles.QueuedFilePicker files,
                                      AppSettings settings) {
        Navigator navigator = new Navigator() {
            @Override
            public boolean advance() {
                return true;
            }

            @Override
            public boolean advanceTo(StepId step) {
                return true;
            }

            @Override
            public boolean back() {
                return true;
            }

            @Override
            public boolean backTo(co.pump.icm.ui.shell.StepId step) {
                return true;
            }
        };
        return new StepContext(state, navigator, tasks, settings, files, new RecordingWindows());
    }
}
