package co.pump.icm.sandbox.ssoadmin;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the descriptive members of CreatePermissionSet and UpdatePermissionSet: Description,
 * SessionDuration and RelayState, with the session duration held to the documented range of one to
 * twelve hours (IAM Identity Center user guide, "Set session duration": default one hour, maximum
 * 12 hours). The model's pattern alone accepts any ISO-8601 duration.
 */
final class PermissionSetFields {

    private static final Pattern DURATION = Shapes.DURATION.compiled();
    private static final long MIN_SECONDS = 3600;
    private static final long MAX_SECONDS = 12 * 3600;

    final String description;
    final String sessionDuration;
    final String relayState;

    private PermissionSetFields(String description, String sessionDuration, String relayState) {
        this.description = description;
        this.sessionDuration = sessionDuration;
        this.relayState = relayState;
    }

    static PermissionSetFields read(Input in) {
        String description = in.optional("Description", Shapes.DESCRIPTION);
        String duration = in.optional("SessionDuration", Shapes.DURATION);
        if (duration != null && DURATION.matcher(duration).matches() && !withinRange(duration)) {
            // AWS's wording for this case is not documented; the sandbox keeps the validation format.
            in.invalid("SessionDuration", duration, "Member must be a duration from PT1H to PT12H");
        }
        String relayState = in.optional("RelayState", Shapes.RELAY_STATE);
        return new PermissionSetFields(description, duration, relayState);
    }

    boolean any() {
        return description != null || sessionDuration != null || relayState != null;
    }

    /** True when the duration lies within PT1H..PT12H; years and months never do. */
    static boolean withinRange(String duration) {
        Matcher m = DURATION.matcher(duration);
        if (!m.matches() || !m.group(1).isEmpty() || m.group(2) != null || m.group(3) != null) {
            return false;
        }
        try {
            double seconds = secondsOf(m);
            return seconds >= MIN_SECONDS && seconds <= MAX_SECONDS;
        } catch (NumberFormatException e) {
            return false; // more digits than a long holds: far beyond twelve hours
        }
    }

    private static double secondsOf(Matcher m) {
        double seconds = 0;
        if (m.group(4) != null) {
            seconds += Long.parseLong(m.group(4)) * ("W".equals(m.group(5)) ? 7 : 1) * 86400.0;
        }
        if (m.group(6) != null) {
            seconds += Long.parseLong(m.group(6)) * 3600.0;
        }
        if (m.group(7) != null) {
            seconds += Long.parseLong(m.group(7)) * 60.0;
        }
        if (m.group(8) != null) {
            seconds += Double.parseDouble(m.group(8));
        }
        return seconds;
    }
}
