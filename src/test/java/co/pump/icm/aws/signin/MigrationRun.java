package co.pump.icm.aws.signin;

import java.nio.file.Path;

import co.pump.icm.apply.Applier;
import co.pump.icm.apply.ApplyListener;
import co.pump.icm.apply.ApplyResult;
import co.pump.icm.apply.Journal;
import co.pump.icm.aws.AwsCallRunner;
import co.pump.icm.aws.AwsClients;
import co.pump.icm.aws.AwsTarget;
import co.pump.icm.aws.ExportListener;
import co.pump.icm.aws.InstanceReader;
import co.pump.icm.aws.InstanceWriter;
import co.pump.icm.aws.RateSettings;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.plan.Plan;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.plan.Planner;

/** A whole migration with the engine's own classes: export, read the target, plan, import. */
final class MigrationRun {

    private static final RateSettings FAST = RateSettings.AWS_DEFAULTS.withRate(500);

    private MigrationRun() {
    }

    static IdentityCenterConfig export(AwsTarget source) {
        try (var clients = AwsClients.open(source, FAST.concurrency() + 4)) {
            return new InstanceReader(clients, new AwsCallRunner(FAST), ExportListener.NONE).read(null).config();
        }
    }

    /** Reads the target, plans the snapshot onto it and applies the plan; the journal goes to {@code journal}. */
    static ApplyResult importInto(AwsTarget target, IdentityCenterConfig snapshot, Path journal) {
        IdentityCenterConfig current = export(target);
        Plan plan = Planner.plan(snapshot, current, PlanOptions.defaults());
        try (var clients = AwsClients.open(target, FAST.concurrency() + 14);
             var records = Journal.open(journal, "test-run")) {
            var runner = new AwsCallRunner(FAST);
            var writer = new InstanceWriter(clients, runner, current.source().instanceArn(),
                    current.source().identityStoreId());
            return new Applier(writer, runner, records, ApplyListener.NONE).apply(plan);
        }
    }
}
