package co.pump.icm.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import co.pump.icm.apply.ApplyResult;
import co.pump.icm.aws.AwsCallRunner;
import co.pump.icm.aws.AwsClients;
import co.pump.icm.model.MigratorException;
import co.pump.icm.rollback.ImportJournal;
import co.pump.icm.rollback.RollbackJson;
import co.pump.icm.rollback.RollbackPlan;
import co.pump.icm.rollback.RollbackSession;
import co.pump.icm.rollback.RollbackText;
import co.pump.icm.rollback.RollbackVerification;
import co.pump.icm.snapshot.SnapshotJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code icm rollback}: undoes one import run recorded in a journal. Shows what it will undo and
 * what it leaves alone (and why), asks for confirmation, undoes, then checks that every item is
 * back as it was before the run. Safe to run again.
 */
@Command(name = "rollback",
        mixinStandardHelpOptions = true,
        description = {
                "Undoes one import run recorded in a journal: deletes what it created, restores what it updated and",
                "re-creates what it deleted, leaving alone (with the reason) anything changed since the run. Shows the",
                "plan, asks you to confirm by typing the target account ID (or --yes), undoes, then re-reads the",
                "target and checks every item is back. Running it again finishes what is left and writes nothing else.",
                "Exit codes: 0 back as before the run, 1 some items are not (left alone), 2 bad input or not",
                "confirmed, 3 AWS access problem, 4 some steps failed."})
public final class RollbackCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    AwsOptions aws;

    @Option(names = "--journal", paramLabel = "FILE", required = true,
            description = "The journal icm apply wrote (by default <snapshot>.journal.jsonl next to the snapshot).")
    Path journal;

    @Option(names = "--run", paramLabel = "ID", description = "The import run to undo (default: the last one in the journal).")
    String runId;

    @Option(names = "--yes", description = "Do not ask for confirmation.")
    boolean yes;

    @Option(names = "--json", description = "Print the plan, the result and the verification as one JSON document.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ImportJournal runs = ImportJournal.read(journal);
        runs.run(runId); // an unknown run is refused before AWS is contacted
        var settings = aws.rateSettings();
        try (var clients = AwsClients.open(aws.target(), settings.concurrency() + 16)) {
            var session = new RollbackSession(clients, new AwsCallRunner(settings));
            err.println("Reading the target to compare it with the journal " + journal + "…");
            var progress = new ExportProgressPrinter(err, System.console() != null);
            RollbackPlan plan = session.plan(runs, runId, progress);
            if (!json) {
                out.print(RollbackText.render(plan));
                out.flush();
            }
            if (plan.isEmpty()) {
                // Nothing to write: the target was just read, so the plan is the verification.
                return finish(out, plan, null, new RollbackVerification(plan.checked(), plan.plan().changes()));
            }
            String account = plan.target().accountId();
            if (!yes && !Confirmation.byAccountId(((Main) spec.root().userObject()).in(), err, account,
                    String.format("undo these %,d changes", plan.writes().size()), "--yes to roll back")) {
                printJson(out, plan, null, null);
                throw MigratorException.badInput("Not confirmed: nothing was written.");
            }
            err.println("Rolling back; every write is recorded in " + journal.toAbsolutePath() + ".");
            ApplyResult result;
            try (var stop = new StopOnCtrlC(err)) {
                result = session.apply(plan, new ApplyProgressPrinter(err, System.console() != null), stop::watch);
            }
            if (!json) {
                out.print(RollbackText.result(result));
            }
            err.println("Reading the target again to check every item is back…");
            RollbackVerification verification = session.verify(plan, progress);
            return finish(out, plan, result, verification);
        }
    }

    /** Prints the verification (or the whole JSON document) and picks the exit code. */
    private int finish(PrintWriter out, RollbackPlan plan, ApplyResult result, RollbackVerification verification) {
        if (json) {
            printJson(out, plan, result, verification);
        } else {
            out.print(RollbackText.verification(verification));
            out.flush();
        }
        if (result != null && !result.succeeded()) {
            return ExitCodes.APPLY_FAILURES;
        }
        return verification.back() ? ExitCodes.OK : ExitCodes.DIFFERENCES;
    }

    private void printJson(PrintWriter out, RollbackPlan plan, ApplyResult result, RollbackVerification verification) {
        if (!json) {
            return;
        }
        try {
            out.println(SnapshotJson.prettyWriter().writeValueAsString(RollbackJson.of(plan, result, verification)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("A rollback cannot be written as JSON", e);
        }
        out.flush();
    }
}
