package co.pump.icm.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import co.pump.icm.compare.ComparisonJson;
import co.pump.icm.compare.ComparisonText;
import co.pump.icm.kind.ConfigurationComparer;
import co.pump.icm.snapshot.SnapshotJson;
import co.pump.icm.snapshot.SnapshotReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code icm diff A B}: how two snapshots differ, item by item and field by field. */
@Command(name = "diff",
        mixinStandardHelpOptions = true,
        description = {
                "Compares two snapshot files by natural key (user name, group name, permission set name,",
                "assignment) and shows what is only in A, only in B, or changed, field by field.",
                "Exit codes: 0 equal, 1 different, 2 bad input."})
public final class DiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "The first snapshot file.")
    Path left;

    @Parameters(index = "1", paramLabel = "B", description = "The second snapshot file.")
    Path right;

    @Option(names = "--json", description = "Print the comparison as JSON.")
    boolean json;

    @Option(names = "--accept-edited", description = "Use snapshots that were edited after export.")
    boolean acceptEdited;

    @Override
    public Integer call() throws Exception {
        var a = SnapshotReader.readForUse(left, acceptEdited);
        var b = SnapshotReader.readForUse(right, acceptEdited);
        var comparison = ConfigurationComparer.compare(a.config(), b.config());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(SnapshotJson.prettyWriter().writeValueAsString(ComparisonJson.toJson(comparison)));
        } else {
            out.println("A: " + left);
            out.println("B: " + right);
            out.print(ComparisonText.render(comparison, "A", "B"));
        }
        out.flush();
        return comparison.hasDifferences() ? ExitCodes.DIFFERENCES : ExitCodes.OK;
    }
}
