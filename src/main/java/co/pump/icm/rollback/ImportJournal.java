package co.pump.icm.rollback;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import co.pump.icm.model.MigratorException;
import co.pump.icm.model.SourceInfo;
import co.pump.icm.snapshot.SnapshotJson;

/**
 * A journal file read back: its import runs, each with the changes it journaled, and what earlier
 * rollbacks of each run started. Tolerates what a killed run leaves (a torn last line, changes
 * started without an outcome, no {@code end} line); refuses, with a sentence naming the line,
 * anything that is not an icm journal.
 */
public final class ImportJournal {

    private final Path file;
    private final List<ImportRun> runs;
    private final boolean tornLastLine;

    private ImportJournal(Path file, List<ImportRun> runs, boolean tornLastLine) {
        this.file = file;
        this.runs = List.copyOf(runs);
        this.tornLastLine = tornLastLine;
    }

    /**
     * Reads a journal file.
     *
     * @throws MigratorException (bad input) when the file cannot be read, is not a journal, or
     *                           holds no import run
     */
    public static ImportJournal read(Path file) {
        JournalLines lines = JournalLines.read(file);
        var builders = new LinkedHashMap<String, RunBuilder>();
        var rollbackOf = new HashMap<String, String>();
        for (JournalLines.Entry entry : lines.entries()) {
            switch (entry.type()) {
                case "run" -> builders.put(entry.runId(), new RunBuilder(file, entry));
                case "change" -> {
                    RunBuilder run = builders.get(entry.runId());
                    if (run != null) {
                        run.add(ChangeLine.read(file, entry));
                    }
                }
                case "end" -> {
                    RunBuilder run = builders.get(entry.runId());
                    if (run != null) {
                        run.finished = true;
                    }
                }
                case RollbackSession.RUN_ENTRY -> rollbackOf.put(entry.runId(), entry.node().path("rollsBack").asText(""));
                case RollbackSession.CHANGE_ENTRY -> {
                    RunBuilder run = builders.get(rollbackOf.get(entry.runId()));
                    if (run != null && "started".equals(entry.node().path("status").asText())) {
                        run.undoStarted.add(entry.node().path("changeId").asText());
                    }
                }
                default -> {
                    // Entries of other kinds (a later version's) say nothing about what a run wrote.
                }
            }
        }
        if (builders.isEmpty()) {
            throw MigratorException.badInput(file + " holds no import run (no \"run\" line). Give the journal that "
                    + "the import wrote: by default <snapshot>.journal.jsonl next to the snapshot.");
        }
        var runs = builders.values().stream().map(RunBuilder::build).toList();
        return new ImportJournal(file, runs, lines.tornLastLine());
    }

    public Path file() {
        return file;
    }

    /** The import runs, in the order they started. */
    public List<ImportRun> runs() {
        return runs;
    }

    /** True when the last line was incomplete (a run killed while writing it) and was left out. */
    public boolean tornLastLine() {
        return tornLastLine;
    }

    /**
     * The run with the given ID, or the last run when {@code runId} is null.
     *
     * @throws MigratorException (bad input) when there is no such run
     */
    public ImportRun run(String runId) {
        if (runId == null) {
            return runs.get(runs.size() - 1);
        }
        return runs.stream().filter(r -> r.runId().equals(runId)).findFirst()
                .orElseThrow(() -> MigratorException.badInput(file + " has no import run " + runId + ". Its runs: "
                        + runs.stream().map(r -> r.runId() + " (started " + r.startedAt() + ")")
                        .collect(Collectors.joining(", ")) + "."));
    }

    /** Collects the lines of one run. */
    private static final class RunBuilder {
        final String runId;
        final String startedAt;
        final SourceInfo target;
        final Map<String, ChangeLine.Merged> changes = new LinkedHashMap<>();
        final Set<String> undoStarted = new LinkedHashSet<>();
        boolean finished;

        RunBuilder(Path file, JournalLines.Entry entry) {
            this.runId = entry.runId();
            this.startedAt = entry.node().path("time").asText(null);
            JsonNode target = entry.node().get("target");
            if (target == null || !target.isObject() || !target.path("instanceArn").isTextual()) {
                throw MigratorException.badInput(file + " line " + entry.line()
                        + " is damaged: the run does not say which instance it wrote to.");
            }
            try {
                this.target = SnapshotJson.mapper().treeToValue(target, SourceInfo.class);
            } catch (Exception e) {
                throw MigratorException.badInput(file + " line " + entry.line()
                        + " is damaged: the run's target cannot be read.");
            }
        }

        void add(ChangeLine line) {
            changes.computeIfAbsent(line.changeId(), id -> new ChangeLine.Merged()).add(line);
        }

        ImportRun build() {
            var list = new ArrayList<JournaledChange>();
            changes.values().forEach(m -> list.add(m.toChange()));
            return new ImportRun(runId, startedAt, target, finished, list, undoStarted);
        }
    }
}
