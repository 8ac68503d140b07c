package co.pump.icm.ui.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;

import co.pump.icm.snapshot.Snapshot;
import co.pump.icm.snapshot.SnapshotException;
import co.pump.icm.snapshot.SnapshotProblem;
import co.pump.icm.ui.errors.UserError;

/** What the Export step says about snapshot files: the one in use, one that cannot be used; and their names. */
final class SnapshotFileText {

    private SnapshotFileText() {
    }

    /** "Using /path/larkspur.json from account 111111111111, exported 2026-11-27 10:00:00 UTC." */
    static String describe(Path file, Snapshot snapshot) {
        var c = snapshot.config();
        String from = c.source() == null ? "" : " from account " + c.source().accountId();
        String when = snapshot.exportedAt() == null ? "" : ", exported " + snapshot.exportedAt().toString()
                .replace('T', ' ').replace("Z", " UTC");
        return "Using " + file.toAbsolutePath() + from + when + ".";
    }

    /** The error for a file that could not be used: its validation message, or what else went wrong. */
    static UserError invalid(Path file, Throwable failure) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (failure instanceof SnapshotException invalid) {
            var problems = new ArrayList<String>();
            for (SnapshotProblem problem : invalid.problems()) {
                problems.add(problem.toString());
            }
            return new UserError("This file cannot be used as a snapshot: " + sentence(invalid.getMessage())
                    + " Choose another file, or export again.", String.join("\n", problems));
        }
        return UserError.of(failure, name + " could not be read. Choose another file, or export again.");
    }

    /** The text with a full stop at its end. */
    private static String sentence(String text) {
        return text.endsWith(".") ? text : text + ".";
    }

    /** The file, with {@code .json} added to its name when the save dialog left it out. */
    static Path withJsonExtension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".json") ? file : file.resolveSibling(name + ".json");
    }
}
