package co.pump.icm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;

import co.pump.icm.apply.ApplyResult;
import co.pump.icm.apply.ItemResult;
import co.pump.icm.apply.Journal;
import co.pump.icm.model.MigratorException;
import co.pump.icm.apply.Outcome;
import co.pump.icm.plan.DisabledUsers;
import co.pump.icm.plan.Plan;
import co.pump.icm.plan.PlanText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code icm apply}: plans against the live target, shows the plan, asks for confirmation, then
 * imports. Safe to run again: what is already right is left alone.
 */
@Command(name = "apply",
        mixinStandardHelpOptions = true,
        description = {
                "Reads the target, shows what importing the snapshot will do, asks you to confirm by typing the target",
                "account ID (or --yes), then makes the changes. Running it again finishes what is left and changes",
                "nothing that is already right. Every write is recorded in a journal.",
                "Exit codes: 0 done, 2 bad input or not confirmed, 3 AWS access problem, 4 some items failed."})
public final class ApplyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    AwsOptions aws;

    @Mixin
    ImportOptions options;

    @Option(names = "--yes", description = "Do not ask for confirmation.")
    boolean yes;

    @Option(names = "--journal", paramLabel = "FILE",
            description = "Where to record every write (default: next to the snapshot, <snapshot>.journal.jsonl).")
    Path journal;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (var planning = new TargetPlanning(aws, options, err)) {
            Plan plan = planning.plan();
            out.print(PlanText.render(plan));
            out.flush();
            if (plan.isEmpty()) {
                return ExitCodes.OK;
            }
            String account = plan.target().source().accountId();
            if (!yes && !confirmed(account, plan.writes().size(), err)) {
                throw MigratorException.badInput("Not confirmed: nothing was written.");
            }
            Path journalFile = journal != null ? journal : Journal.besideSnapshot(options.snapshot);
            err.println("Importing; every write is recorded in " + journalFile.toAbsolutePath() + ".");
            ApplyResult result = applyWithCtrlC(planning, plan, journalFile, err);
            printSummary(out, result);
            printDisabledUsers(out, plan, result);
            return result.succeeded() ? ExitCodes.OK : ExitCodes.APPLY_FAILURES;
        }
    }

    private ApplyResult applyWithCtrlC(TargetPlanning planning, Plan plan, Path journalFile, PrintWriter err) {
        try (var stop = new StopOnCtrlC(err)) {
            return planning.session().apply(plan, journalFile, new ApplyProgressPrinter(err, System.console() != null),
                    stop::watch);
        }
    }

    private boolean confirmed(String account, int writes, PrintWriter err) throws IOException {
        return Confirmation.byAccountId(((Main) spec.root().userObject()).in(), err, account,
                String.format("make these %,d changes", writes), "--yes to import");
    }

    /** Users disabled in the source that were created must be disabled at once: said last, to be read. */
    private static void printDisabledUsers(PrintWriter out, Plan plan, ApplyResult result) {
        var succeeded = new HashSet<String>();
        result.items().stream().filter(i -> i.outcome() == Outcome.SUCCEEDED)
                .forEach(i -> succeeded.add(i.changeId()));
        List<String> created = DisabledUsers.created(plan, succeeded::contains);
        if (!created.isEmpty()) {
            out.println("⚠ " + DisabledUsers.disableThem(created));
        }
        List<String> leftOut = DisabledUsers.leftOut(plan);
        if (!leftOut.isEmpty()) {
            out.println(DisabledUsers.leftOutNote(leftOut));
        }
        out.flush();
    }

    private void printSummary(PrintWriter out, ApplyResult result) {
        long made = result.count(co.pump.icm.apply.Outcome.SUCCEEDED);
        var failures = result.failures();
        out.printf("%,d change%s made · %,d failed or not attempted · %,d AWS requests in %.1f s%s.%n", made,
                made == 1 ? "" : "s", failures.size(), result.stats().total().calls(),
                result.elapsed().toMillis() / 1000.0, result.cancelled() ? " · cancelled" : "");
        if (!failures.isEmpty()) {
            out.println("Not done:");
            for (ItemResult f : failures) {
                out.println("  ✗ " + f.label() + " — " + f.reason());
            }
            out.println("Run the same command again to retry: what is already done is left alone.");
        }
        out.flush();
    }
}
