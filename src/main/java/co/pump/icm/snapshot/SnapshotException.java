package co.pump.icm.snapshot;

import java.util.List;

import co.pump.icm.model.MigratorException;

/**
 * A snapshot file that cannot be used (BAD_INPUT). The message is one line: the first problem
 * in file order, and how many more there are. {@link #problems()} holds the first
 * {@value Problems#LIMIT} for a caller that can show a list.
 */
public final class SnapshotException extends MigratorException {

    private final List<SnapshotProblem> problems;
    private final int problemCount;

    SnapshotException(List<SnapshotProblem> problems, int problemCount) {
        super(Kind.BAD_INPUT, message(problems, problemCount));
        this.problems = List.copyOf(problems);
        this.problemCount = problemCount;
    }

    SnapshotException(SnapshotProblem problem) {
        this(List.of(problem), 1);
    }

    /** The first problems found, in file order (at most {@value Problems#LIMIT}). */
    public List<SnapshotProblem> problems() {
        return problems;
    }

    /** How many problems were found in all. */
    public int problemCount() {
        return problemCount;
    }

    private static String message(List<SnapshotProblem> problems, int count) {
        String first = problems.get(0).toString();
        int more = count - 1;
        return switch (more) {
            case 0 -> first;
            case 1 -> first + " (and 1 more problem)";
            default -> first + " (and " + more + " more problems)";
        };
    }
}
