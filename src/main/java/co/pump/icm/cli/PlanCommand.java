package co.pump.icm.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import co.pump.icm.model.MigratorException;
import co.pump.icm.plan.PlanJson;
import co.pump.icm.plan.PlanText;
import co.pump.icm.snapshot.PrivateFiles;
import co.pump.icm.snapshot.SnapshotJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code icm plan}: what an import would change in the target. Only reads. */
@Command(name = "plan",
        mixinStandardHelpOptions = true,
        description = {
                "Reads the target instance and shows what importing the snapshot would do: what is created, updated",
                "(field by field), left alone, skipped (and why) or in conflict. Nothing is written to AWS.",
                "Exit codes: 0 planned, 2 bad input, 3 AWS access or credential problem."})
public final class PlanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    AwsOptions aws;

    @Mixin
    ImportOptions options;

    @Option(names = "--json", description = "Print the plan as JSON.")
    boolean json;

    @Option(names = "--out", paramLabel = "FILE", description = "Also save the plan as JSON to FILE.")
    Path out;

    @Override
    public Integer call() throws Exception {
        try (var planning = new TargetPlanning(aws, options, spec.commandLine().getErr())) {
            var plan = planning.plan();
            var stdout = spec.commandLine().getOut();
            String planJson = SnapshotJson.prettyWriter().writeValueAsString(PlanJson.of(plan));
            stdout.print(json ? planJson + "\n" : PlanText.render(plan));
            if (out != null) {
                try {
                    PrivateFiles.writeAtomically(out, o -> o.write((planJson + "\n").getBytes(StandardCharsets.UTF_8)));
                } catch (IOException e) {
                    throw MigratorException.badInput("Could not save the plan to " + out + ": " + PrivateFiles.reason(e));
                }
                if (!json) {
                    stdout.println("Plan saved to " + out.toAbsolutePath() + ".");
                }
            }
            stdout.flush();
            return ExitCodes.OK;
        }
    }
}
