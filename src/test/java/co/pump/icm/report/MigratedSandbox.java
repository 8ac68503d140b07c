package co.pump.icm.report;

import java.nio.file.Path;
import java.time.Instant;

import co.pump.icm.apply.ApplyListener;
import co.pump.icm.apply.ImportSession;
import co.pump.icm.aws.AwsCallRunner;
import co.pump.icm.aws.AwsClients;
import co.pump.icm.aws.AwsTarget;
import co.pump.icm.aws.ExportListener;
import co.pump.icm.aws.InstanceReader;
import co.pump.icm.aws.RateSettings;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.plan.Plan;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.sandbox.data.SandboxScenario;
import co.pump.icm.snapshot.Snapshot;
import co.pump.icm.snapshot.SnapshotWriter;
import co.pump.icm.testing.SandboxFixture;
import co.pump.icm.verify.DriftCheck;

/**
 * A sandbox whose source was exported to a snapshot file and imported into the target, with the
 * journal of that run: the starting point of report and access tests.
 */
public final class MigratedSandbox implements AutoCloseable {

    static final RateSettings FAST = RateSettings.AWS_DEFAULTS.withRate(1000);

    private final SandboxFixture fixture;
    private final Snapshot snapshot;
    private final Path snapshotFile;
    private final Path journal;

    private MigratedSandbox(SandboxFixture fixture, Snapshot snapshot, Path snapshotFile, Path journal) {
        this.fixture = fixture;
        this.snapshot = snapshot;
        this.snapshotFile = snapshotFile;
        this.journal = journal;
    }

    /** Starts the scenario, exports its source into {@code dir}, and imports it with the given options. */
    public static MigratedSandbox start(SandboxScenario scenario, Path dir, PlanOptions options) {
        var fixture = SandboxFixture.start(scenario, 7, o -> o);
        try {
            IdentityCenterConfig exported = export(fixture.source());
            Path snapshotFile = dir.resolve("larkspur.json");
            Snapshot snapshot = SnapshotWriter.write(snapshotFile, exported, Instant.parse("2026-11-27T10:15:30Z"));
            Path journal = dir.resolve("larkspur.journal.jsonl");
            try (var clients = AwsClients.open(fixture.target(), 32)) {
                var session = new ImportSession(clients, new AwsCallRunner(FAST));
                Plan plan = session.plan(snapshot.config(), options, ExportListener.NONE);
                session.apply(plan, journal, ApplyListener.NONE, null);
            }
            return new MigratedSandbox(fixture, snapshot, snapshotFile, journal);
        } catch (RuntimeException e) {
            fixture.close();
            throw e;
        }
    }

    static IdentityCenterConfig export(AwsTarget target) {
        try (var clients = AwsClients.open(target, 32)) {
            return new InstanceReader(clients, new AwsCallRunner(FAST), ExportListener.NONE).read(null).config();
        }
    }

    /** The target as it is now, read through the API (records carry their target IDs). */
    public IdentityCenterConfig exportTarget() {
        return export(fixture.target());
    }

    /** Re-reads the target and checks it against the snapshot under the run's options. */
    public DriftCheck verify(PlanOptions options) {
        try (var clients = AwsClients.open(fixture.target(), 32)) {
            return DriftCheck.run(new ImportSession(clients, new AwsCallRunner(FAST)), snapshot.config(), options,
                    ExportListener.NONE);
        }
    }

    public SandboxFixture fixture() {
        return fixture;
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    public Path snapshotFile() {
        return snapshotFile;
    }

    public Path journal() {
        return journal;
    }

    @Override
    public void close() {
        fixture.close();
    }
}
