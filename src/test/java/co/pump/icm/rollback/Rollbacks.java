package co.pump.icm.rollback;

import java.nio.file.Path;
import java.time.Instant;

import co.pump.icm.apply.ApplyListener;
import co.pump.icm.apply.ApplyResult;
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
import co.pump.icm.snapshot.SnapshotWriter;

/** Export, import and roll back against a sandbox target, through the engine, for tests. */
final class Rollbacks {

    static final RateSettings FAST = RateSettings.AWS_DEFAULTS.withRate(1000);
    static final Instant EXPORTED_AT = Instant.parse("2025-01-01T00:00:00Z");

    private Rollbacks() {
    }

    static IdentityCenterConfig export(AwsTarget target) {
        try (var clients = AwsClients.open(target, 32)) {
            return new InstanceReader(clients, new AwsCallRunner(FAST), ExportListener.NONE).read(null).config();
        }
    }

    /** The target exported to a snapshot file at a fixed time, so that two exports of the same state are the same bytes. */
    static Path snapshotOf(AwsTarget target, Path file) {
        SnapshotWriter.write(file, export(target), EXPORTED_AT);
        return file;
    }

    static ApplyResult importInto(AwsTarget target, IdentityCenterConfig snapshot, PlanOptions options, Path journal) {
        try (var clients = AwsClients.open(target, 32)) {
            var session = new ImportSession(clients, new AwsCallRunner(FAST));
            Plan plan = session.plan(snapshot, options, ExportListener.NONE);
            return session.apply(plan, journal, ApplyListener.NONE, null);
        }
    }

    static RollbackPlan plan(AwsTarget target, Path journal, String runId) {
        try (var clients = AwsClients.open(target, 32)) {
            return new RollbackSession(clients, new AwsCallRunner(FAST)).plan(ImportJournal.read(journal), runId,
                    ExportListener.NONE);
        }
    }

    static ApplyResult apply(AwsTarget target, RollbackPlan plan) {
        try (var clients = AwsClients.open(target, 32)) {
            return new RollbackSession(clients, new AwsCallRunner(FAST)).apply(plan, ApplyListener.NONE, null);
        }
    }

    static RollbackVerification verify(AwsTarget target, RollbackPlan plan) {
        try (var clients = AwsClients.open(target, 32)) {
            return new RollbackSession(clients, new AwsCallRunner(FAST)).verify(plan, ExportListener.NONE);
        }
    }
}
