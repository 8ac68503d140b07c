package co.pump.icm.report;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import co.pump.icm.compare.Category;
import co.pump.icm.model.MigratorException;
import co.pump.icm.model.SourceInfo;
import co.pump.icm.plan.ChangeKind;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.plan.PlanWarning;
import co.pump.icm.snapshot.PrivateFiles;

/**
 * Reads the journal {@code icm apply} writes: one JSON object per line, several runs per file.
 * A run killed part-way has no {@code end} line, and possibly a last line cut short: both are
 * expected and read as "the run did not finish". Any other line that is not a journal entry is
 * refused, naming the line.
 */
public final class JournalReader {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private JournalReader() {
    }

    /**
     * Every run of the journal, oldest first.
     *
     * @throws MigratorException (BAD_INPUT) if the file cannot be read or is not a journal
     */
    public static List<JournalRun> read(Path file) {
        return history(file).runs();
    }

    /**
     * Every import run of the journal and every undo of one, oldest first: what a migration did
     * and what of it was taken back.
     *
     * @throws MigratorException (BAD_INPUT) if the file cannot be read or is not a journal
     */
    public static JournalHistory history(Path file) {
        List<String> lines = lines(file);
        int last = lines.size() - 1;
        while (last >= 0 && lines.get(last).isBlank()) {
            last--;
        }
        var runs = new LinkedHashMap<String, RunLines>();
        var undos = new LinkedHashMap<String, UndoLines>();
        for (int i = 0; i <= last; i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = parse(line);
            if (node == null && i == last && !runs.isEmpty()) {
                break; // the run was killed while writing its last line
            }
            String type = node == null ? null : node.path("type").asText(null);
            String runId = node == null ? null : node.path("runId").asText(null);
            if (type == null || runId == null) {
                throw MigratorException.badInput(name(file) + " is not an import journal: line " + (i + 1)
                        + " is not a journal entry.");
            }
            try {
                switch (type) {
                    case "run" -> runs.put(runId, new RunLines(node));
                    case "change" -> {
                        RunLines run = runs.get(runId);
                        if (run != null) {
                            run.change(node);
                        }
                    }
                    case "end" -> {
                        RunLines run = runs.get(runId);
                        if (run != null) {
                            run.end = end(node);
                        }
                    }
                    case "rollback-run" -> undos.put(runId, new UndoLines(node));
                    case "rollback-change" -> {
                        UndoLines undo = undos.get(runId);
                        if (undo != null && "SUCCEEDED".equals(node.path("status").asText())) {
                            undo.undone.add(node.path("changeId").asText());
                        }
                    }
                    case "rollback-end" -> {
                        UndoLines undo = undos.get(runId);
                        if (undo != null) {
                            undo.finished = true;
                        }
                    }
                    default -> {
                        // A kind of entry a newer version writes: not needed for the report.
                    }
                }
            } catch (IllegalArgumentException | DateTimeException e) {
                throw MigratorException.badInput(name(file) + " line " + (i + 1) + " is a journal entry this version "
                        + "of the migrator cannot read.");
            }
        }
        return new JournalHistory(runs.values().stream().map(RunLines::toRun).toList(),
                undos.values().stream().map(UndoLines::toUndo).toList());
    }

    /**
     * One run of the journal: the one with the given ID, or the last one when {@code runId} is null.
     *
     * @throws MigratorException (BAD_INPUT) if the file cannot be read, holds no run, or has no
     *                           run with that ID
     */
    public static JournalRun run(Path file, String runId) {
        return run(history(file), file, runId);
    }

    /**
     * One run of a journal already read: the one with the given ID, or the last one when
     * {@code runId} is null.
     *
     * @param file the journal's file, for messages
     * @throws MigratorException (BAD_INPUT) if the journal holds no run, or no run with that ID
     */
    public static JournalRun run(JournalHistory history, Path file, String runId) {
        List<JournalRun> runs = history.runs();
        if (runs.isEmpty()) {
            throw MigratorException.badInput(name(file) + " holds no import run: nothing was imported with it yet.");
        }
        if (runId == null) {
            return runs.get(runs.size() - 1);
        }
        return runs.stream().filter(r -> r.runId().equals(runId.trim())).findFirst()
                .orElseThrow(() -> MigratorException.badInput(name(file) + " has no run " + runId.trim()
                        + "; its runs are " + String.join(", ", runs.stream()
                        .map(r -> r.runId() + " (" + r.startedAt() + ")").toList()) + "."));
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw MigratorException.badInput("The journal " + file + " does not exist.");
        } catch (CharacterCodingException e) {
            throw MigratorException.badInput(name(file) + " is not an import journal: it is not UTF-8 text.");
        } catch (IOException e) {
            throw MigratorException.badInput("Cannot read the journal " + file + ": " + PrivateFiles.reason(e));
        }
    }

    private static JsonNode parse(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /** The lines of one undo of a run, gathered as they come. */
    private static final class UndoLines {
        private final JsonNode run;
        private final java.util.Set<String> undone = new java.util.LinkedHashSet<>();
        private boolean finished;

        UndoLines(JsonNode run) {
            this.run = run;
        }

        JournalHistory.Undo toUndo() {
            return new JournalHistory.Undo(run.path("runId").asText(), run.path("rollsBack").asText(""),
                    RunLines.instant(run.path("time")), undone, finished);
        }
    }

    /** The lines of one run, gathered as they come. */
    private static final class RunLines {
        private final JsonNode run;
        private final Map<String, ReportItem> items = new LinkedHashMap<>();
        private JournalRun.End end;

        RunLines(JsonNode run) {
            this.run = run;
        }

        void change(JsonNode node) {
            String id = node.path("changeId").asText();
            String status = node.path("status").asText();
            ItemStatus outcome = switch (status) {
                case "SUCCEEDED" -> ItemStatus.DONE;
                case "FAILED" -> ItemStatus.FAILED;
                case "NOT_ATTEMPTED" -> ItemStatus.NOT_ATTEMPTED;
                default -> ItemStatus.UNFINISHED;
            };
            if (outcome == ItemStatus.UNFINISHED && items.containsKey(id)) {
                return;
            }
            var item = new ReportItem(Category.valueOf(node.path("category").asText()),
                    ChangeKind.valueOf(node.path("kind").asText()), id, node.path("label").asText(id), outcome,
                    node.path("reason").asText(null));
            items.remove(id); // keep the order in which changes ended
            items.put(id, item);
        }

        JournalRun toRun() {
            try {
                return new JournalRun(run.path("runId").asText(), instant(run.path("time")),
                        JSON.treeToValue(run.path("target"), SourceInfo.class),
                        JSON.treeToValue(run.path("snapshotSource"), SourceInfo.class),
                        run.hasNonNull("options") ? JSON.treeToValue(run.get("options"), PlanOptions.class)
                                : PlanOptions.defaults(),
                        run.hasNonNull("planned") ? JSON.convertValue(run.get("planned"),
                                new TypeReference<Map<Category, Map<ChangeKind, Integer>>>() { }) : Map.of(),
                        new ArrayList<>(items.values()), leftAlone(run.get("leftAlone")),
                        run.has("warnings") ? JSON.convertValue(run.get("warnings"), new TypeReference<List<PlanWarning>>() { })
                                : null,
                        end);
            } catch (JsonProcessingException | IllegalArgumentException | DateTimeException e) {
                throw MigratorException.badInput("The journal's run " + run.path("runId").asText()
                        + " has a start line this version of the migrator cannot read.");
            }
        }

        private static List<ReportItem> leftAlone(JsonNode list) {
            if (list == null || !list.isArray()) {
                return null;
            }
            var result = new ArrayList<ReportItem>();
            for (JsonNode node : list) {
                ChangeKind kind = ChangeKind.valueOf(node.path("kind").asText());
                result.add(new ReportItem(Category.valueOf(node.path("category").asText()), kind,
                        node.path("id").asText(), node.path("label").asText(), kind == ChangeKind.CONFLICT
                        ? ItemStatus.CONFLICT : ItemStatus.SKIPPED, node.path("reason").asText(null)));
            }
            return result;
        }

        private static Instant instant(JsonNode node) {
            return node.isTextual() ? Instant.parse(node.asText()) : null;
        }
    }

    private static JournalRun.End end(JsonNode node) {
        return new JournalRun.End(RunLines.instant(node.path("time")), node.path("succeeded").asLong(),
                node.path("failed").asLong(), node.path("notAttempted").asLong(), node.path("cancelled").asBoolean(),
                node.path("calls").asLong(), node.path("elapsedMillis").asLong());
    }
}
