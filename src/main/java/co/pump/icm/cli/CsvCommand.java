package co.pump.icm.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import co.pump.icm.snapshot.Snapshot;
import co.pump.icm.snapshot.SnapshotCsv;
import co.pump.icm.snapshot.SnapshotReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code icm csv FILE --out DIR}: a snapshot as spreadsheets, one CSV file per category. */
@Command(name = "csv",
        mixinStandardHelpOptions = true,
        description = {
                "Writes a snapshot as spreadsheets: users.csv, groups.csv, memberships.csv, permission-sets.csv",
                "and assignments.csv (UTF-8 with a byte order mark, RFC 4180, one row per item, several values",
                "in a cell joined with '; '). They hold personal data: they are readable by you only.",
                "Exit codes: 0 written, 2 bad snapshot, edited snapshot (see --accept-edited) or folder not writable."})
public final class CsvCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The snapshot file.")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "The folder to write the CSV files to; created if needed. Files of the same names are replaced.")
    Path out;

    @Option(names = "--accept-edited", description = "Use the snapshot even if it was edited after export.")
    boolean acceptEdited;

    @Override
    public Integer call() {
        Snapshot snapshot = SnapshotReader.readForUse(file, acceptEdited);
        if (snapshot.edited()) {
            spec.commandLine().getErr().println("icm: warning: " + SnapshotReader.editedMessage(file, snapshot)
                    + " Using it because of --accept-edited.");
        }
        List<SnapshotCsv.CsvFile> files = SnapshotCsv.write(snapshot.config(), out);
        PrintWriter printer = spec.commandLine().getOut();
        printer.println("Wrote " + files.size() + " files to " + out + " (personal data: keep them safe):");
        for (SnapshotCsv.CsvFile csv : files) {
            // The counts' right edge stays in one column whatever the file name's length.
            String name = csv.path().getFileName().toString();
            String rows = String.format("%,d", csv.rows());
            printer.printf("  %s %" + Math.max(rows.length(), 31 - name.length()) + "s %s%n", name, rows, csv.items());
        }
        printer.flush();
        return ExitCodes.OK;
    }
}
