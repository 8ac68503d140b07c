package co.pump.icm.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;

import co.pump.icm.model.SourceInfo;
import co.pump.icm.snapshot.Snapshot;
import co.pump.icm.snapshot.SnapshotException;
import co.pump.icm.snapshot.SnapshotJson;
import co.pump.icm.snapshot.SnapshotProblem;
import co.pump.icm.snapshot.SnapshotReader;
import co.pump.icm.snapshot.SnapshotSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code icm inspect FILE}: whether a snapshot is valid and unchanged since export, where it
 * comes from, what it holds, and facts worth a look before migrating. An edited snapshot is
 * reported with a warning, not refused: inspecting it is how one finds out.
 */
@Command(name = "inspect",
        mixinStandardHelpOptions = true,
        description = {
                "Shows whether a snapshot file is valid and unchanged since export, where it was exported from,",
                "what it holds, and facts worth a look before migrating.",
                "Exit codes: 0 valid (even if edited: a warning says so), 2 not a valid snapshot."})
public final class InspectCommand implements Callable<Integer> {

    /** How many names a fact lists in text output before "and N more". */
    private static final int NAMES_SHOWN = 10;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The snapshot file.")
    Path file;

    @Option(names = "--json", description = "Print the facts as a JSON object.")
    boolean json;

    @Option(names = "--accept-edited",
            description = "Accepted for symmetry with the other commands; inspect never refuses an edited file.")
    boolean acceptEdited;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        Snapshot snapshot;
        try {
            snapshot = SnapshotReader.read(file);
        } catch (SnapshotException e) {
            printProblems(out, e);
            throw e;
        }
        var summary = SnapshotSummary.of(snapshot.config());
        if (json) {
            out.println(SnapshotJson.prettyWriter().writeValueAsString(report(snapshot, summary)));
        } else {
            printText(out, snapshot, summary);
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** All the problems found on stdout (the one-line reason goes to stderr as for every command). */
    private void printProblems(PrintWriter out, SnapshotException e) throws JsonProcessingException {
        List<String> problems = e.problems().stream().map(SnapshotProblem::toString).toList();
        if (json) {
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("file", file.toString());
            report.put("valid", false);
            report.put("problemCount", e.problemCount());
            report.put("problems", problems);
            out.println(SnapshotJson.prettyWriter().writeValueAsString(report));
        } else if (e.problemCount() > 1) {
            out.println(file + " is not a valid snapshot; " + e.problemCount() + " problems"
                    + (e.problemCount() > problems.size() ? ", the first " + problems.size() : "") + ":");
            problems.forEach(p -> out.println("  " + p));
        }
        out.flush();
    }

    private Map<String, Object> report(Snapshot snapshot, SnapshotSummary summary) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("file", file.toString());
        report.put("valid", true);
        report.put("digestState", snapshot.digestState().name());
        report.put("digest", snapshot.digest());
        report.put("formatVersion", snapshot.formatVersion());
        report.put("exportedAt", snapshot.exportedAt() == null ? null : snapshot.exportedAt().toString());
        report.put("tool", snapshot.tool());
        report.put("source", snapshot.config().source());
        report.put("counts", summary.countsByKey());
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("usersInNoGroup", summary.usersInNoGroup());
        facts.put("emptyGroups", summary.emptyGroups());
        facts.put("managementAccountId", summary.managementAccountId());
        facts.put("permissionSetsAssignedToManagementAccount", summary.permissionSetsAssignedToManagementAccount());
        facts.put("unassignedPermissionSets", summary.unassignedPermissionSets());
        report.put("facts", facts);
        List<String> warnings = new ArrayList<>();
        if (snapshot.edited()) {
            warnings.add(SnapshotReader.editedMessage(file, snapshot));
        }
        report.put("warnings", warnings);
        return report;
    }

    private void printText(PrintWriter out, Snapshot snapshot, SnapshotSummary summary) {
        if (snapshot.edited()) {
            out.println("WARNING: " + SnapshotReader.editedMessage(file, snapshot));
        }
        out.println("Snapshot");
        row(out, "File", file.toString());
        row(out, "Validity", "valid");
        row(out, "Digest state", snapshot.edited() ? "EDITED (changed after export)" : "VALID (unchanged since export)");
        row(out, "Digest", snapshot.digest() == null ? "none" : snapshot.digest());
        row(out, "Format version", String.valueOf(snapshot.formatVersion()));
        row(out, "Exported at", String.valueOf(snapshot.exportedAt()));
        row(out, "Tool", snapshot.tool() == null ? "unknown" : snapshot.tool());

        SourceInfo source = snapshot.config().source();
        out.println();
        out.println("Source");
        row(out, "Account", source.accountId());
        row(out, "Organization", source.organizationId());
        row(out, "Management account", source.managementAccountId());
        row(out, "Region", source.region());
        row(out, "Instance", source.instanceArn());
        row(out, "Instance name", source.instanceName());
        row(out, "Identity store", source.identityStoreId());
        row(out, "Exported by", source.callerArn());

        out.println();
        out.println("Contents");
        summary.counts().forEach(c -> count(out, c.label(), c.count()));

        out.println();
        out.println("Facts");
        fact(out, "Users in no group", summary.usersInNoGroup());
        fact(out, "Empty groups", summary.emptyGroups());
        if (summary.managementAccountId() == null) {
            out.println("  Permission sets assigned to the management account: unknown (the management account is not recorded)");
        } else {
            fact(out, "Permission sets assigned to the management account (" + summary.managementAccountId() + ")",
                    summary.permissionSetsAssignedToManagementAccount());
        }
        fact(out, "Permission sets assigned to nothing", summary.unassignedPermissionSets());
    }

    private static void row(PrintWriter out, String label, String value) {
        if (value != null) {
            out.printf("  %-20s %s%n", label, value);
        }
    }

    private static void count(PrintWriter out, String label, int value) {
        out.printf("  %-20s %,9d%n", label, value);
    }

    private static void fact(PrintWriter out, String label, List<String> names) {
        if (names.isEmpty()) {
            out.println("  " + label + ": none");
            return;
        }
        String shown = String.join(", ", names.subList(0, Math.min(NAMES_SHOWN, names.size())));
        String more = names.size() > NAMES_SHOWN ? ", and " + (names.size() - NAMES_SHOWN) + " more" : "";
        out.println("  " + label + ": " + names.size() + " (" + shown + more + ")");
    }
}
