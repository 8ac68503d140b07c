package co.pump.icm.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import co.pump.icm.apply.ImportSession;
import co.pump.icm.aws.AwsCallRunner;
import co.pump.icm.aws.AwsClients;
import co.pump.icm.follow.FollowHistory;
import co.pump.icm.model.Face;
import co.pump.icm.model.MigratorException;
import co.pump.icm.report.JournalHistory;
import co.pump.icm.report.JournalReader;
import co.pump.icm.report.JournalRun;
import co.pump.icm.report.ReportAssembler;
import co.pump.icm.report.ReportData;
import co.pump.icm.report.ReportFiles;
import co.pump.icm.report.RunSummary;
import co.pump.icm.snapshot.Snapshot;
import co.pump.icm.snapshot.SnapshotReader;
import co.pump.icm.verify.AccessTestJson;
import co.pump.icm.verify.AccessTestResult;
import co.pump.icm.verify.DriftCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code icm report}: the migration report (HTML) of the whole migration the journal holds (every
 * import run of the snapshot into the instance its last run wrote to, cumulative, each run listed,
 * less what an undo took back: the same report as the wizard's), or of one run with {@code --run};
 * and the list of users to notify with the message to send them. With {@code --verify} it re-reads
 * the target first.
 */
@Command(name = "report",
        mixinStandardHelpOptions = true,
        description = {
                "Writes the migration report as one HTML file, and users-to-notify.csv and users-to-notify.txt",
                "(whom to ask to set a password and MFA again, and the message to send them). The report covers the",
                "whole migration: every import run of the snapshot in the journal (a cancelled run and the rest, a",
                "retry), each listed, less what an undo took back; --run reports one run alone.",
                "With --verify and the AWS options of the target, re-reads the target to include the drift check.",
                "Exit codes: 0 written, 2 bad input, 3 AWS access problem."})
public final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--journal", required = true, paramLabel = "FILE", description = "The journal icm apply wrote.")
    Path journal;

    @Option(names = "--snapshot", required = true, paramLabel = "FILE", description = "The snapshot that run imported.")
    Path snapshot;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the report (HTML).")
    Path out;

    @Option(names = "--run", paramLabel = "ID",
            description = "Report this run alone (default: every run of the migration, as the wizard does).")
    String runId;

    @Option(names = "--notify-out", paramLabel = "DIR",
            description = "Where to write users-to-notify.csv and .txt (default: next to the report).")
    Path notifyOut;

    @Option(names = {"--portal-url", "--start-url"}, paramLabel = "URL",
            description = "The new access portal URL, if it has a custom subdomain (default: "
                    + "https://<identity store ID>.awsapps.com/start).")
    String portalUrl;

    @Option(names = "--accept-edited", description = "Use a snapshot that was edited after export.")
    boolean acceptEdited;

    @Option(names = "--access-test", paramLabel = "FILE",
            description = "Include an access test saved by icm test-access --out. Repeatable.")
    List<Path> accessTests = new ArrayList<>();

    @Option(names = "--verify", description = "Re-read the target (with the AWS options below) and include the drift check.")
    boolean verify;

    @Mixin
    AwsOptions aws;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!verify && (aws.profile != null || aws.region != null || aws.endpointUrl != null)) {
            throw MigratorException.badInput("--profile, --region and --endpoint-url are only used with --verify; add "
                    + "--verify to re-read the target.");
        }
        JournalHistory history = JournalReader.history(journal);
        // The run asked for, or the last one: the migration is the one it belongs to.
        JournalRun run = JournalReader.run(history, journal, runId);
        Snapshot snap = SnapshotReader.readForUse(snapshot, acceptEdited);
        String name = snapshot.getFileName() == null ? snapshot.toString() : snapshot.getFileName().toString();
        ReportAssembler.requireSameSource(run, snap.config().source(), name);
        List<AccessTestResult> tests = accessTests.stream().map(AccessTestJson::read).toList();
        List<JournalRun> migration = history.migration(snap.config().source());
        DriftCheck check = verify ? verify(runId != null ? "run " + run.runId() : describe(migration), run, snap, err)
                : null;
        var assembler = (runId != null ? ReportAssembler.of(run, snap, Face.COMMAND_LINE)
                : ReportAssembler.ofMigration(history, snap, name, Face.COMMAND_LINE))
                .snapshotName(name).verification(check).portalUrl(portalUrl)
                // The accounts following waited for, up to this run (the migration's last one by default).
                .followedAccounts(FollowHistory.read(journal).timelines(run.runId()));
        tests.forEach(assembler::accessTest);
        ReportData data = assembler.assemble();
        Path folder = notifyOut != null ? notifyOut : parentOf(out);
        ReportFiles.Written written = ReportFiles.write(data, out, folder);
        printSummary(stdout, data, written);
        return ExitCodes.OK;
    }

    private static String describe(List<JournalRun> migration) {
        return migration.size() == 1 ? "run " + migration.get(0).runId()
                : String.format("the migration's %d runs", migration.size());
    }

    /** Checks the target against the snapshot, under the options of the run (the latest run of a migration). */
    private DriftCheck verify(String what, JournalRun run, Snapshot snap, PrintWriter err) {
        var settings = aws.rateSettings();
        try (var clients = AwsClients.open(aws.target(), settings.concurrency() + 16)) {
            err.println("Reading the target to verify " + what + "…");
            var session = new ImportSession(clients, new AwsCallRunner(settings));
            return DriftCheck.run(session, snap.config(), run.options(),
                    new ExportProgressPrinter(err, System.console() != null));
        }
    }

    private static void printSummary(PrintWriter out, ReportData data, ReportFiles.Written written) {
        int notDone = data.notDone().size();
        String skipped = data.leftAlone() == null ? "skipped items not recorded" : data.leftAlone().size() + " skipped";
        String verified = data.verification() == null ? "not verified"
                : data.verification().noDrift() ? "verified: no drift"
                : "verified: " + data.verification().drift().size()
                + (data.verification().drift().size() == 1 ? " item drifted" : " items drifted");
        String runs = data.runs().size() == 1 ? "" : String.format(" (%d runs)", data.runs().size());
        out.printf("Report written to %s: %,d change%s made%s, %,d not done, %s; %s.%n", written.report(),
                data.applied().size(), data.applied().size() == 1 ? "" : "s", runs, notDone, skipped, verified);
        if (data.runs().size() > 1) {
            for (RunSummary summary : data.runs()) {
                out.printf("  Run %s, started %s: %s.%n", summary.runId(), summary.startedText(), summary.text());
            }
        }
        var notify = data.usersToNotify();
        if (notify.passwordsNeeded()) {
            out.printf("Users to notify: %,d (%s, %s).%n", notify.recipients().size(), written.notifyCsv(),
                    written.notifyText());
        } else {
            out.printf("Users sign in through your identity provider: nobody needs a new password (%s).%n",
                    written.notifyText());
        }
        out.flush();
    }

    private static Path parentOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent != null ? parent : Path.of(".");
    }
}
