package co.pump.icm.ui.signin;

import java.util.Objects;

import co.pump.icm.aws.signin.Check;
import co.pump.icm.aws.signin.CheckStatus;

/**
 * One line of the sign-in checklist as the screen shows it: a mark and a word (never colour
 * alone), what was checked, and what was found — for a problem, also why and what to do.
 *
 * @param status  how the check came out
 * @param title   what was checked, e.g. {@code IAM Identity Center}
 * @param message what was found, as a sentence
 */
public record ChecklistLine(CheckStatus status, String title, String message) {

    public ChecklistLine {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(message, "message");
    }

    /** The line of an engine check. */
    public static ChecklistLine of(Check check) {
        return new ChecklistLine(check.status(), check.title(), check.message());
    }

    /** ✓, ⚠, ✗ or –. */
    public String mark() {
        return switch (status) {
            case OK -> "✓";
            case WARNING -> "⚠";
            case PROBLEM -> "✗";
            case SKIPPED -> "–";
        };
    }

    /** The mark in a word: OK, Warning, Problem or Not checked. */
    public String word() {
        return switch (status) {
            case OK -> "OK";
            case WARNING -> "Warning";
            case PROBLEM -> "Problem";
            case SKIPPED -> "Not checked";
        };
    }

    /** The style class of the line: {@code check-ok}, {@code check-warning}, {@code check-problem}, {@code check-skipped}. */
    public String styleClass() {
        return "check-" + status.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The whole line in words, e.g. {@code ✓ OK · Credentials: Signed in to account 111111111111 as …}. */
    public String text() {
        return mark() + " " + word() + " · " + title + ": " + message;
    }
}
