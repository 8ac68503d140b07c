package co.pump.icm.sandbox;

import java.util.regex.Pattern;

/**
 * The constraints of a string member in an AWS model: length, pattern, and whether it is
 * {@code sensitive} (its value is then left out of validation messages).
 *
 * @param pattern the model's pattern text, or null; the whole value must match it
 */
public record StringShape(int min, int max, String pattern, boolean sensitive) {

    public StringShape {
        if (pattern != null) {
            Pattern.compile(pattern);
        }
    }

    /** The compiled pattern, or null. */
    public Pattern compiled() {
        return pattern == null ? null : PatternCache.get(pattern);
    }

    /** A string shape without a pattern. */
    public static StringShape length(int min, int max) {
        return new StringShape(min, max, null, false);
    }

    private static final class PatternCache {
        private static final java.util.concurrent.ConcurrentHashMap<String, Pattern> CACHE =
                new java.util.concurrent.ConcurrentHashMap<>();

        static Pattern get(String pattern) {
            return CACHE.computeIfAbsent(pattern, Pattern::compile);
        }
    }
}
