package co.pump.icm.snapshot;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.core.JsonGenerator;

import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.MigratorException;

/**
 * Writes a snapshot file: the configuration in {@link Canonical} order with its
 * {@link SnapshotDigest digest}, pretty-printed with a 2-space indent and a trailing newline,
 * atomically and owner-only (see {@link PrivateFiles}). The export time is kept to the second.
 */
public final class SnapshotWriter {

    private static final SnapshotWriter DEFAULT = new SnapshotWriter(ToolVersion.TOOL, UnaryOperator.identity());

    private final String tool;
    private final UnaryOperator<OutputStream> streamFilter;

    /** For tests: a tool name of one's own and a filter on the file's stream (to make a write fail). */
    SnapshotWriter(String tool, UnaryOperator<OutputStream> streamFilter) {
        this.tool = tool;
        this.streamFilter = streamFilter;
    }

    /**
     * Writes {@code config} to {@code file}, replacing any file there only once the new one is
     * complete.
     *
     * @return the snapshot as written, with its configuration in canonical order
     * @throws MigratorException (BAD_INPUT) if the file cannot be written; an existing file is
     *                           then left as it was
     */
    public static Snapshot write(Path file, IdentityCenterConfig config, Instant exportedAt) {
        return DEFAULT.writeFile(file, config, exportedAt);
    }

    Snapshot writeFile(Path file, IdentityCenterConfig config, Instant exportedAt) {
        Objects.requireNonNull(config, "config");
        Instant time = exportedAt.truncatedTo(ChronoUnit.SECONDS);
        IdentityCenterConfig canonical = Canonical.of(config);
        String digest = SnapshotDigest.of(Snapshot.FORMAT_VERSION, canonical);
        var document = SnapshotDocument.of(Snapshot.FORMAT_VERSION, time.toString(), tool, digest, canonical);
        try {
            PrivateFiles.writeAtomically(file, out -> writeDocument(streamFilter.apply(out), document));
        } catch (IOException e) {
            throw MigratorException.badInput("Could not write " + file + ": " + PrivateFiles.reason(e));
        }
        return new Snapshot(Snapshot.FORMAT_VERSION, time, tool, digest, canonical, DigestState.VALID);
    }

    private static void writeDocument(OutputStream out, java.util.Map<String, Object> document) throws IOException {
        var writer = SnapshotJson.prettyWriter();
        try (JsonGenerator generator = writer.createGenerator(out)) {
            writer.writeValue(generator, document);
            generator.writeRaw('\n');
        }
        out.flush();
    }
}
