package co.pump.icm.snapshot;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.MigratorException;

/**
 * Reads and validates a snapshot file. Every refusal is a {@link SnapshotException} (BAD_INPUT)
 * whose message names the file, the JSON path and the entity's natural key, e.g.
 * {@code acme.json: users[3] (alice@acme.com): userName must not contain whitespace}. A problem
 * that stops the reading (bad JSON, a wrong type, an unknown property, a newer format) is
 * reported alone; otherwise up to {@value Problems#LIMIT} problems are collected in file order.
 */
public final class SnapshotReader {

    private SnapshotReader() {
    }

    /**
     * Reads a snapshot, whether or not it was edited after export: {@link Snapshot#digestState()}
     * tells. For inspection; commands that act on a snapshot use {@link #readForUse}.
     *
     * @throws SnapshotException if the file cannot be read or is not a valid snapshot
     */
    public static Snapshot read(Path file) {
        var problems = new Problems(nameOf(file));
        SnapshotParser.ParsedFile parsed = SnapshotParser.parse(file, problems);
        // Sorting and hashing do not depend on validation: on a second core they cost no wall time.
        CompletableFuture<Digested> digested = CompletableFuture.supplyAsync(() -> Digested.of(parsed));
        try {
            SnapshotValidator.validate(parsed.config(), problems);
            problems.throwIfAny();
        } catch (RuntimeException e) {
            digested.cancel(false);
            throw e;
        }
        Digested result = join(digested);
        DigestState state = result.digest().equals(parsed.digest()) ? DigestState.VALID : DigestState.EDITED;
        return new Snapshot(parsed.formatVersion(), parsed.exportedAt(), parsed.tool(), parsed.digest(),
                result.canonical(), state);
    }

    /** The configuration in canonical order and the digest of its content. */
    private record Digested(IdentityCenterConfig canonical, String digest) {
        static Digested of(SnapshotParser.ParsedFile parsed) {
            IdentityCenterConfig canonical = Canonical.of(parsed.config());
            return new Digested(canonical, SnapshotDigest.of(parsed.formatVersion(), canonical));
        }
    }

    private static Digested join(CompletableFuture<Digested> digested) {
        try {
            return digested.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * Reads a snapshot for a command that will act on it, refusing one that was edited after
     * export unless {@code acceptEdited} (the {@code --accept-edited} option).
     *
     * @throws SnapshotException  if the file cannot be read or is not a valid snapshot
     * @throws MigratorException  (BAD_INPUT) if it was edited and that is not accepted
     */
    public static Snapshot readForUse(Path file, boolean acceptEdited) {
        Snapshot snapshot = read(file);
        if (snapshot.edited() && !acceptEdited) {
            throw MigratorException.badInput(editedMessage(file, snapshot) + " Use --accept-edited to use it anyway.");
        }
        return snapshot;
    }

    /** The sentence that says a snapshot was edited, e.g. for a warning line. */
    public static String editedMessage(Path file, Snapshot snapshot) {
        String name = nameOf(file);
        return snapshot.digest() == null
                ? name + " has no digest, so it cannot be checked that it is unchanged since export."
                : name + " was edited after it was exported (its digest no longer matches).";
    }

    /** The file's name as messages show it. */
    static String nameOf(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
