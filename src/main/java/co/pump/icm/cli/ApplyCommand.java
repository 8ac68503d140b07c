package co.pump.icm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import co.pump.icm.apply.ApplyResult;
import co.pump.icm.apply.ItemResult;
import co.pump.icm.apply.Journal;
import co.pump.icm.apply.Outcome;
import co.pump.icm.follow.AccountFollower;
import co.pump.icm.follow.AwaitedAccounts;
import co.pump.icm.follow.FollowEnd;
import co.pump.icm.follow.FollowResult;
import co.pump.icm.follow.FollowSettings;
import co.pump.icm.model.MigratorException;
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
                "With --follow-accounts it then waits for the accounts not in the new organization yet and gives each the",
                "assignments the plan shows for it as it arrives (Ctrl-C stops; running it again picks up where it stopped).",
                "Exit codes: 0 done, 2 bad input or not confirmed, 3 AWS access problem, 4 some items failed or accounts",
                "are still awaited."})
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

    @Mixin
    FollowOptions following;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean follow = following.requested();
        try (var planning = new TargetPlanning(aws, options, err)) {
            Plan plan = planning.plan();
            out.print(PlanText.render(plan));
            AwaitedAccounts awaited = follow ? AwaitedAccounts.of(plan) : null;
            if (awaited != null) {
                out.print(FollowText.preview(awaited, following.every()));
            }
            out.flush();
            if (plan.isEmpty() && (awaited == null || awaited.isEmpty())) {
                return ExitCodes.OK;
            }
            String account = plan.target().source().accountId();
            if (!yes && !confirmed(account, what(plan, awaited), err)) {
                throw MigratorException.badInput("Not confirmed: nothing was written.");
            }
            Path journalFile = journal != null ? journal : Journal.besideSnapshot(options.snapshot);
            err.println("Importing; every write is recorded in " + journalFile.toAbsolutePath() + ".");
            String runId = UUID.randomUUID().toString();
            try (var stop = new StopOnCtrlC(err)) {
                ApplyResult result = planning.session().apply(plan, journalFile, runId,
                        new ApplyProgressPrinter(err, System.console() != null), stop::watch);
                printSummary(out, result);
                printDisabledUsers(out, plan, result);
                if (!follow || result.cancelled()) {
                    return result.succeeded() ? ExitCodes.OK : ExitCodes.APPLY_FAILURES;
                }
                FollowSettings settings = following.startingNow();
                var follower = new AccountFollower(planning.session(), plan, journalFile, runId, settings,
                        new FollowPrinter(out, err, System.console() != null));
                stop.watch(follower);
                if (!awaited.isEmpty()) {
                    err.println("Following the accounts until " + FollowText.time(settings.until())
                            + "; Ctrl-C stops, and running the same command again picks up where it stopped.");
                }
                FollowResult followed = follower.follow();
                out.print(FollowText.summary(followed));
                out.flush();
                if (followed.end() == FollowEnd.STOPPED_BY_AWS) {
                    return ExitCodes.AWS_ACCESS;
                }
                return result.succeeded() && followed.complete() ? ExitCodes.OK : ExitCodes.APPLY_FAILURES;
            }
        }
    }

    /** What confirming does: the changes now, and the awaited assignments when following. */
    private static String what(Plan plan, AwaitedAccounts awaited) {
        int writes = plan.writes().size();
        String now = String.format("make these %,d changes", writes);
        if (awaited == null || awaited.isEmpty()) {
            return now;
        }
        String later = String.format("the %,d awaited assignments as their accounts arrive", awaited.assignmentCount());
        return writes == 0 ? "make " + later : now + " now and " + later;
    }

    private boolean confirmed(String account, String what, PrintWriter err) throws IOException {
        return Confirmation.byAccountId(((Main) spec.root().userObject()).in(), err, account, what, "--yes to import");
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
