package co.pump.icm.snapshot;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one file: keeps the first {@value #LIMIT}, counts them all. */
final class Problems {

    /** How many problems a refusal lists. */
    static final int LIMIT = 10;

    private final String file;
    private final List<SnapshotProblem> kept = new ArrayList<>();
    private int count;

    Problems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    /** A problem of the file as a whole, or of a top-level field that the message names. */
    void add(String message) {
        add(null, message);
    }

    /** A problem of one entity, e.g. path {@code users[3]} and key {@code alice@acme.com}. */
    void add(String path, String key, String message) {
        add(key == null ? path : path + " (" + key + ")", message);
    }

    private void add(String location, String message) {
        count++;
        if (kept.size() < LIMIT) {
            kept.add(new SnapshotProblem(file, location, message));
        }
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** Adds a problem found elsewhere (same file). */
    void add(SnapshotProblem problem) {
        add(problem.location(), problem.message());
    }

    void throwIfAny() {
        if (count > 0) {
            throw toException();
        }
    }

    SnapshotException toException() {
        return new SnapshotException(kept, count);
    }

    /** A refusal for exactly one problem, found while reading. */
    static SnapshotException single(String file, String location, String message) {
        return new SnapshotException(new SnapshotProblem(file, location, message));
    }
}
