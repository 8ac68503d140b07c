package co.pump.icm.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.pump.icm.model.MigratorException;

/** Durations typed on the command line: a whole number and a unit, {@code 20ms}, {@code 1s}, {@code 2m}, {@code 1h}. */
final class DurationOption {
    private static final Pattern FORMAT = Pattern.compile("(\\d{1,9})(ms|s|m|h)");

    private DurationOption() {
    }

    /**
     * @param option the option's name, for the message
     * @throws MigratorException (bad input) when the text is not such a duration
     */
    static Duration parse(String option, String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw MigratorException.badInput(option + " must be a duration such as 20ms, 1s or 2m; got '" + text + "'.");
        }
        long amount = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
    }
}
