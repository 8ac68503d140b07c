package co.pump.icm.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import co.pump.icm.aws.AwsCallRunner;
import co.pump.icm.aws.AwsClients;
import co.pump.icm.aws.ExportResult;
import co.pump.icm.aws.InstanceReader;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.MigratorException;
import co.pump.icm.snapshot.SnapshotJson;
import co.pump.icm.snapshot.SnapshotSummary;
import co.pump.icm.snapshot.SnapshotWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code icm export}: reads a whole IAM Identity Center instance and saves it as a snapshot.
 * Only reads; the snapshot is written only when everything was read.
 */
@Command(name = "export",
        mixinStandardHelpOptions = true,
        description = {
                "Reads the users, groups, memberships, permission sets and account assignments of the IAM Identity",
                "Center instance the signed-in account administers, and saves them as a snapshot file.",
                "It only reads: nothing in AWS is changed. Nothing is written unless everything was read.",
                "Exit codes: 0 saved, 2 bad input, 3 AWS access or credential problem."})
public final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    AwsOptions aws;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to save the snapshot.")
    Path out;

    @Option(names = "--instance-arn", paramLabel = "ARN",
            description = "The instance to read, when the account administers more than one.")
    String instanceArn;

    @Option(names = "--json", description = "Print the summary as JSON on standard output.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw MigratorException.badInput("The folder " + parent + " does not exist.");
        }
        if (Files.isDirectory(out)) {
            throw MigratorException.badInput(out + " is a folder; give a file name, e.g. " + out.resolve("snapshot.json"));
        }
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        var settings = aws.rateSettings();
        ExportResult result;
        try (var clients = AwsClients.open(SignedInTarget.of(aws), settings.concurrency() + 4)) {
            var printer = new ExportProgressPrinter(err, System.console() != null);
            var reader = new InstanceReader(clients, new AwsCallRunner(settings), printer);
            result = reader.read(instanceArn);
        }
        var snapshot = SnapshotWriter.write(out, result.config(), Instant.now());
        if (json) {
            stdout.println(SnapshotJson.prettyWriter().writeValueAsString(summary(result, snapshot.digest())));
        } else {
            printSummary(stdout, result);
        }
        stdout.flush();
        return ExitCodes.OK;
    }

    private void printSummary(PrintWriter stdout, ExportResult result) {
        IdentityCenterConfig c = result.config();
        stdout.printf("Exported %,d users, %,d groups, %,d memberships, %,d permission sets, %,d assignments "
                        + "(%,d accounts, %,d applications) in %.1f s.%n",
                c.users().size(), c.groups().size(), c.memberships().size(), c.permissionSets().size(),
                c.assignments().size(), c.accounts().size(), c.applications().size(),
                result.elapsed().toMillis() / 1000.0);
        var total = result.stats().total();
        stdout.printf("AWS requests: %,d (throttled %,d, retried %,d).%n", total.calls(), total.throttled(),
                total.retried());
        result.stats().byOperation().forEach((op, counts) -> stdout.printf("  %-52s %,8d%n", op, counts.calls()));
        if (!result.warnings().isEmpty()) {
            stdout.printf("%d warning(s): see above.%n", result.warnings().size());
        }
        stdout.println("Saved to " + out.toAbsolutePath() + " (it holds personal data: keep it safe).");
    }

    private Map<String, Object> summary(ExportResult result, String digest) {
        var map = new LinkedHashMap<String, Object>();
        map.put("file", out.toAbsolutePath().toString());
        map.put("digest", digest);
        map.put("source", result.config().source());
        map.put("counts", SnapshotSummary.of(result.config()).countsByKey());
        map.put("warnings", result.warnings());
        map.put("elapsedMillis", result.elapsed().toMillis());
        var calls = new LinkedHashMap<String, Object>();
        result.stats().byOperation().forEach((op, counts) -> calls.put(op, counts));
        map.put("calls", calls);
        return map;
    }
}
