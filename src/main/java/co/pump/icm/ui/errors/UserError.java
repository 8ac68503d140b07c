package co.pump.icm.ui.errors;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import co.pump.icm.model.MigratorException;

/**
 * An error as the person at the screen sees it: a sentence that says what happened and what to
 * do, and a technical part shown only behind "Details". Never a stack trace: that goes to the
 * log file.
 *
 * @param sentence what happened and what to do, e.g. "The sandbox could not start. Close other
 *                 copies of the app and try again."
 * @param details  the technical part (exception types and messages, problem lists), or empty
 */
public record UserError(String sentence, String details) {

    public UserError {
        Objects.requireNonNull(sentence, "sentence");
        details = details == null ? "" : details;
    }

    /** An error with no technical part. */
    public static UserError of(String sentence) {
        return new UserError(sentence, "");
    }

    /**
     * The error to show for a failure. A {@link MigratorException} already speaks to the user, so
     * its message is the sentence; anything else gets {@code whatFailed} as the sentence and its
     * technical description as the details.
     *
     * @param whatFailed a sentence for unexpected failures, e.g. "The demo could not start."
     */
    public static UserError of(Throwable error, String whatFailed) {
        if (error instanceof MigratorException migrator && migrator.getMessage() != null) {
            return new UserError(migrator.getMessage(), causes(migrator.getCause()));
        }
        return new UserError(whatFailed + " The log file has the technical details for support.", causes(error));
    }

    /** Whether there is a technical part to show. */
    public boolean hasDetails() {
        return !details.isBlank();
    }

    /** Each exception in the chain on one line: its type's simple name and its message. */
    static String causes(Throwable error) {
        List<String> lines = new ArrayList<>();
        Throwable current = error;
        while (current != null && lines.size() < 8) {
            String message = current.getMessage();
            lines.add(current.getClass().getSimpleName() + (message == null ? "" : ": " + message));
            current = current.getCause() == current ? null : current.getCause();
        }
        return String.join("\n", lines);
    }
}
