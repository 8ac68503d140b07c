package co.pump.icm.apply;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.UUID;

import co.pump.icm.aws.AssignmentRequestsWait;
import co.pump.icm.aws.AwsCallRunner;
import co.pump.icm.aws.AwsClients;
import co.pump.icm.aws.ExportListener;
import co.pump.icm.aws.ExportResult;
import co.pump.icm.aws.InstanceLookup;
import co.pump.icm.aws.InstanceReader;
import co.pump.icm.aws.InstanceWriter;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.plan.Plan;
import co.pump.icm.plan.PlanJson;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.plan.PlanWarning;
import co.pump.icm.plan.Planner;
import co.pump.icm.snapshot.Canonical;

/**
 * One signed-in target and what an import does with it: read the target and plan (nothing
 * written), apply a plan, verify. The command line and the wizard both go through here.
 */
public final class ImportSession {

    private final AwsClients clients;
    private final AwsCallRunner runner;

    public ImportSession(AwsClients clients, AwsCallRunner runner) {
        this.clients = clients;
        this.runner = runner;
    }

    /**
     * Reads the target, checks it may receive the snapshot, and plans. Only reads.
     *
     * @throws co.pump.icm.model.MigratorException when the target cannot be read or must not receive it
     */
    public Plan plan(IdentityCenterConfig snapshot, PlanOptions options, ExportListener listener) {
        ExportResult read = new InstanceReader(clients, runner, settledFirst(listener)).read(null);
        IdentityCenterConfig target = Canonical.of(read.config());
        Preflight.check(snapshot, target);
        // What the reading found (an assignment AWS holds twice, say) is said with the plan.
        return Planner.plan(snapshot, target, options).withWarningsFirst(PlanWarning.ofNewOrganization(read.warnings()));
    }

    /**
     * Applies a plan, journaling every write to {@code journalFile}.
     *
     * @param cancel receives the applier so that the caller can cancel it (may be null)
     */
    public ApplyResult apply(Plan plan, Path journalFile, ApplyListener listener,
                             java.util.function.Consumer<Applier> cancel) {
        return apply(plan, journalFile, UUID.randomUUID().toString(), listener, cancel);
    }

    /**
     * Applies a plan as the run with the given ID, so that what continues the run afterwards
     * (following the accounts, {@code co.pump.icm.follow}) can journal into the same run.
     */
    public ApplyResult apply(Plan plan, Path journalFile, String runId, ApplyListener listener,
                             java.util.function.Consumer<Applier> cancel) {
        var target = plan.target().source();
        var writer = new InstanceWriter(clients, runner, target.instanceArn(), target.identityStoreId());
        try (var journal = Journal.open(journalFile, runId)) {
            var run = new LinkedHashMap<String, Object>();
            run.put("target", target);
            run.put("snapshotSource", plan.snapshot().source());
            run.put("options", plan.options());
            run.put("planned", plan.counts());
            // What the run leaves alone and what to check, so that its report needs no second plan.
            run.put("leftAlone", plan.changes().stream().filter(c -> !c.writes()).map(PlanJson::change).toList());
            run.put("warnings", plan.warnings());
            journal.write("run", run);
            var applier = new Applier(writer, runner, journal, listener);
            if (cancel != null) {
                cancel.accept(applier);
            }
            ApplyResult result = applier.apply(plan);
            journal.write("end", result.summary());
            return result;
        }
    }

    /**
     * The listener, made to wait, once the target instance is known, until no assignment request is
     * in progress there: a stopped run may have left one that would finish behind the plan's back.
     */
    private ExportListener settledFirst(ExportListener listener) {
        return new ExportListener() {
            @Override
            public void onSignedIn(String accountId, String callerArn, String instanceArn, String identityStoreId,
                                   String region) {
                listener.onSignedIn(accountId, callerArn, instanceArn, identityStoreId, region);
                AssignmentRequestsWait.untilNoneInProgress(new InstanceLookup(clients, runner, instanceArn,
                        identityStoreId), listener, "the import");
            }

            @Override
            public void onProgress(co.pump.icm.aws.ExportProgress progress) {
                listener.onProgress(progress);
            }

            @Override
            public void onWarning(String warning) {
                listener.onWarning(warning);
            }
        };
    }

    public AwsCallRunner runner() {
        return runner;
    }

    /** The signed-in clients, for work that continues a run on the same target. */
    public AwsClients clients() {
        return clients;
    }
}
