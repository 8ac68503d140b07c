package co.pump.icm.rollback;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import co.pump.icm.model.MigratorException;
import co.pump.icm.snapshot.SnapshotJson;

/**
 * The entries of a journal file, one JSON object per line. A last line that is not JSON is what a
 * run killed while writing leaves behind: it is dropped and noted. Anything else that is not a
 * journal entry means the file is not a journal, and is refused with its line number.
 */
final class JournalLines {

    /** One entry and the line it is on (1-based). */
    record Entry(int line, String type, String runId, JsonNode node) {
    }

    private final List<Entry> entries;
    private final boolean tornLastLine;

    private JournalLines(List<Entry> entries, boolean tornLastLine) {
        this.entries = entries;
        this.tornLastLine = tornLastLine;
    }

    static JournalLines read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw MigratorException.badInput("The journal " + file + " does not exist.");
        } catch (IOException e) {
            throw MigratorException.badInput("Cannot read the journal " + file + ": " + e.getMessage());
        }
        int last = lines.size();
        while (last > 0 && lines.get(last - 1).isBlank()) {
            last--;
        }
        var entries = new ArrayList<Entry>();
        boolean torn = false;
        for (int i = 0; i < last; i++) {
            String text = lines.get(i);
            if (text.isBlank()) {
                continue;
            }
            JsonNode node = parse(text);
            if (node == null) {
                // A run killed mid-write leaves half a line at the end; only there is it expected.
                if (i == last - 1 && !entries.isEmpty()) {
                    torn = true;
                    continue;
                }
                throw MigratorException.badInput(file + " is not an import journal: line " + (i + 1) + " is not JSON.");
            }
            if (!node.isObject() || !node.path("type").isTextual() || !node.path("runId").isTextual()) {
                throw MigratorException.badInput(file + " is not an import journal: line " + (i + 1)
                        + " is not a journal entry (it has no \"type\" or \"runId\").");
            }
            entries.add(new Entry(i + 1, node.get("type").asText(), node.get("runId").asText(), node));
        }
        return new JournalLines(entries, torn);
    }

    List<Entry> entries() {
        return entries;
    }

    boolean tornLastLine() {
        return tornLastLine;
    }

    private static JsonNode parse(String text) {
        try {
            return SnapshotJson.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
