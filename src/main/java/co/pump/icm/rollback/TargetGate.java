package co.pump.icm.rollback;

import java.nio.file.Path;

import co.pump.icm.aws.AssignmentRequestsWait;
import co.pump.icm.aws.AwsCallRunner;
import co.pump.icm.aws.AwsClients;
import co.pump.icm.aws.ExportListener;
import co.pump.icm.aws.ExportProgress;
import co.pump.icm.aws.InstanceLookup;
import co.pump.icm.model.MigratorException;
import co.pump.icm.model.SourceInfo;

/**
 * Lets a read of the target go ahead only when it can be trusted for a rollback: once AWS has
 * said who is signed in, the instance must be the one the run wrote to (otherwise the read stops
 * before reading anything), and no account assignment request may still be in progress, since a
 * run or rollback that was killed can leave some that AWS finishes after the read (an assignment
 * would then appear or disappear behind the plan's back). Everything else is passed on.
 */
final class TargetGate implements ExportListener {

    private final AwsClients clients;
    private final AwsCallRunner runner;
    private final Path journalFile;
    private final ImportRun run;
    private final ExportListener listener;

    TargetGate(AwsClients clients, AwsCallRunner runner, Path journalFile, ImportRun run, ExportListener listener) {
        this.clients = clients;
        this.runner = runner;
        this.journalFile = journalFile;
        this.run = run;
        this.listener = listener;
    }

    @Override
    public void onSignedIn(String accountId, String callerArn, String instanceArn, String identityStoreId,
                           String region) {
        SourceInfo journaled = run.target();
        if (!instanceArn.equals(journaled.instanceArn())) {
            throw MigratorException.badInput("The journal " + journalFile + " records an import into account "
                    + journaled.accountId() + " (instance " + journaled.instanceArn() + " in " + journaled.region()
                    + "), but you are signed in to account " + accountId + " (instance " + instanceArn + " in "
                    + region + "). Sign in to the account and region the import went to.");
        }
        listener.onSignedIn(accountId, callerArn, instanceArn, identityStoreId, region);
        AssignmentRequestsWait.untilNoneInProgress(new InstanceLookup(clients, runner, instanceArn, identityStoreId),
                listener, "the rollback");
    }

    @Override
    public void onProgress(ExportProgress progress) {
        listener.onProgress(progress);
    }

    @Override
    public void onWarning(String warning) {
        listener.onWarning(warning);
    }

}
