package co.pump.icm.compare;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/** Compares permission set session durations the way AWS applies them. */
public final class SessionDurations {

    /** What AWS uses when a permission set has no session duration. */
    static final String AWS_DEFAULT = "PT1H";

    private SessionDurations() {
    }

    /**
     * Whether two ISO-8601 durations mean the same session length: {@code null} is AWS's default
     * {@code PT1H}, and {@code PT60M} equals {@code PT1H}. Text that is not a duration is compared
     * as text.
     */
    public static boolean equivalent(String left, String right) {
        if (Objects.equals(left, right)) {
            return true;
        }
        String l = left == null ? AWS_DEFAULT : left;
        String r = right == null ? AWS_DEFAULT : right;
        Duration ld = parse(l);
        Duration rd = parse(r);
        if (ld == null || rd == null) {
            return l.equals(r);
        }
        return ld.equals(rd);
    }

    private static Duration parse(String text) {
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
