package co.pump.icm.apply;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import co.pump.icm.model.MigratorException;

/**
 * The record of an import: one JSON object per line, appended as the run goes, flushed line by
 * line so that a run stopped at any moment (even killed) leaves every write it started on
 * record. Each run starts with a {@code run} line and ends with an {@code end} line; each change
 * has a {@code started} line before its first write, with the item as it was before the change
 * ({@code before}, updates and deletes) and as the change leaves it ({@code after}, creates and
 * updates), and a line with its outcome, the IDs it created and, for updates and deletes, the
 * item as it was before. That is what an undo needs ({@code co.pump.icm.rollback}), which adds
 * its own {@code rollback-run}, {@code rollback-change} and {@code rollback-end} lines.
 *
 * <p>It holds names and e-mail addresses, never a secret; the file is owner-only.
 */
public final class Journal implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper()
            .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL)
            .disable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final BufferedWriter out;
    private final String runId;

    private Journal(Path file, BufferedWriter out, String runId) {
        this.file = file;
        this.out = out;
        this.runId = runId;
    }

    /** Opens (or creates) a journal file for appending a new run. */
    public static Journal open(Path file, String runId) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (!Files.exists(file)) {
                Files.createFile(file);
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // Not a POSIX file system (Windows): the user's profile folder protects it.
                }
            }
            var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            return new Journal(file, out, runId);
        } catch (IOException e) {
            throw MigratorException.badInput("Cannot write the journal " + file + ": " + e.getMessage());
        }
    }

    /**
     * Where an import of a snapshot file records its writes by default: next to the snapshot, with
     * {@code .json} replaced by {@code .journal.jsonl} ({@code acme.json} → {@code acme.journal.jsonl}).
     * The command line and the wizard both keep it there, so a person finds it beside the file.
     */
    public static Path besideSnapshot(Path snapshot) {
        String name = snapshot.getFileName().toString();
        String base = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        return snapshot.toAbsolutePath().getParent().resolve(base + ".journal.jsonl");
    }

    /** A journal that keeps nothing, for callers that record elsewhere. */
    public static Journal none() {
        return new Journal(null, null, "none");
    }

    public String runId() {
        return runId;
    }

    public Path file() {
        return file;
    }

    /** Writes one entry of the given type with the given fields (null fields are left out). */
    public synchronized void write(String type, Map<String, ?> fields) {
        if (out == null) {
            return;
        }
        var entry = new LinkedHashMap<String, Object>();
        entry.put("type", type);
        entry.put("runId", runId);
        entry.put("time", Instant.now().toString());
        fields.forEach((k, v) -> {
            if (v != null) {
                entry.put(k, v);
            }
        });
        try {
            out.write(JSON.writeValueAsString(entry));
            out.newLine();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the journal " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        if (out == null) {
            return;
        }
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the journal " + file + ": " + e.getMessage(), e);
        }
    }
}
