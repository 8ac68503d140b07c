package co.pump.icm.ui.state;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * The wizard changed the new organization: an import run wrote something, or an undo took
 * something back. Every result read from the new organization before {@link #at()} describes it
 * as it was, no longer as it is: steps recompute theirs, or say when they were true.
 *
 * @param at   when the change ended
 * @param what what happened, in a few words, e.g. {@code the import was undone}
 */
public record TargetChange(Instant at, String what) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    public TargetChange {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(what, "what");
    }

    /** A change that ends now. */
    public static TargetChange now(String what) {
        return new TargetChange(Instant.now(), what);
    }

    /** The local time of day of an instant, e.g. {@code 10:42}, as results say when they were true. */
    public static String time(Instant instant) {
        return TIME.format(instant.atZone(ZoneId.systemDefault()));
    }

    /** True when a result read at {@code readAt} is older than this change. */
    public boolean after(Instant readAt) {
        return readAt == null || at.isAfter(readAt);
    }

    /** {@code 10:43 (the import was undone)}. */
    public String describe() {
        return time(at) + " (" + what + ")";
    }
}
