package co.pump.icm.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.concurrent.Callable;

import co.pump.icm.plan.Change;
import co.pump.icm.plan.ChangeKind;
import co.pump.icm.plan.Plan;
import co.pump.icm.plan.PlanJson;
import co.pump.icm.snapshot.SnapshotJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code icm verify}: re-reads the target and reports drift from the snapshot under the same
 * options as the import: anything the import would still have to create, update or delete.
 * Skipped items are reported, not counted as drift.
 */
@Command(name = "verify",
        mixinStandardHelpOptions = true,
        description = {
                "Re-reads the target and checks it holds everything the import intended (under the same options).",
                "Skipped items are listed but are not drift. Only reads.",
                "Exit codes: 0 no drift, 1 drift found, 2 bad input, 3 AWS access problem."})
public final class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    AwsOptions aws;

    @Mixin
    ImportOptions options;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (var planning = new TargetPlanning(aws, options, spec.commandLine().getErr())) {
            Plan plan = planning.plan();
            var drift = plan.writes();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                var report = new LinkedHashMap<String, Object>();
                report.put("drift", drift.stream().map(PlanJson::change).toList());
                report.put("skipped", plan.changes().stream()
                        .filter(c -> c.kind() == ChangeKind.SKIP || c.kind() == ChangeKind.CONFLICT)
                        .map(PlanJson::change).toList());
                report.put("counts", PlanJson.of(plan).get("counts"));
                out.println(SnapshotJson.prettyWriter().writeValueAsString(report));
            } else {
                printText(out, plan);
            }
            out.flush();
            return drift.isEmpty() ? ExitCodes.OK : ExitCodes.DIFFERENCES;
        }
    }

    private static void printText(PrintWriter out, Plan plan) {
        int checked = 0;
        for (var category : plan.counts().values()) {
            checked += category.values().stream().mapToInt(Integer::intValue).sum();
        }
        var drift = plan.writes();
        if (drift.isEmpty()) {
            out.printf("✓ No drift: the target holds everything the import intended (%,d items checked).%n", checked);
        } else {
            out.printf("✗ Drift: %,d item%s differ%s from what the import intended:%n", drift.size(),
                    drift.size() == 1 ? "" : "s", drift.size() == 1 ? "s" : "");
            for (Change<?> change : drift) {
                out.println("  " + change.category().label() + ": " + change.label() + " — "
                        + switch (change.kind()) {
                            case CREATE -> "missing in the target";
                            case UPDATE -> "differs: " + String.join("; ", ((Change.Update<?>) change).fields().stream()
                                    .map(f -> f.path()).toList());
                            case DELETE -> "in the target but not in the snapshot";
                            default -> change.kind().label();
                        });
            }
        }
        long skipped = plan.changes().stream().filter(c -> !c.writes()).count();
        if (skipped > 0) {
            out.printf("%,d item%s skipped by the import (not drift):%n", skipped, skipped == 1 ? " was" : "s were");
            for (Change<?> change : plan.changes()) {
                if (change instanceof Change.Skip<?> skip) {
                    out.println("  · " + skip.label() + " — " + skip.reason());
                } else if (change instanceof Change.Conflict<?> conflict) {
                    out.println("  ! " + conflict.label() + " — " + conflict.reason());
                }
            }
        }
    }
}
