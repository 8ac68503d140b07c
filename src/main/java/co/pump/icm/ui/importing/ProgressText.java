package co.pump.icm.ui.importing;

import java.util.Locale;

/**
 * The import's progress in calm, plain words: {@code 1,240 of 5,300 · about 4 min left},
 * {@code about 19 requests a second}, {@code AWS asked us to slow down 12 times; that is normal and
 * handled}. Pure; the English of the whole wizard.
 */
public final class ProgressText {

    private ProgressText() {
    }

    /** A count with thousands separators, e.g. {@code 5,300}. */
    public static String count(long n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }

    /** {@code 1 change}, {@code 416 changes}. */
    public static String plural(long n, String one, String many) {
        return count(n) + " " + (n == 1 ? one : many);
    }

    /** {@code 1,240 of 5,300 · about 4 min left}. */
    public static String overall(int done, int total, long secondsLeft) {
        if (done >= total) {
            return count(done) + " of " + count(total);
        }
        return count(done) + " of " + count(total) + " · " + timeLeft(secondsLeft);
    }

    /**
     * How long is left, rounded the way a person says it: {@code less than a minute left},
     * {@code about 4 min left}, {@code about 2 h 10 min left}; {@code working out the time left}
     * while unknown (negative).
     */
    public static String timeLeft(long seconds) {
        if (seconds < 0) {
            return "working out the time left";
        }
        if (seconds < 60) {
            return "less than a minute left";
        }
        long minutes = Math.max(1, Math.round(seconds / 60.0));
        if (minutes < 90) {
            return "about " + minutes + " min left";
        }
        return "about " + minutes / 60 + " h " + minutes % 60 + " min left";
    }

    /** {@code about 19 requests a second}, or empty before the rate is known. */
    public static String rate(double perSecond) {
        if (perSecond <= 0) {
            return "";
        }
        long rounded = Math.round(perSecond);
        return rounded < 1 ? "less than 1 request a second" : "about " + plural(rounded, "request", "requests") + " a second";
    }

    /** The throttling note, or empty when AWS has not asked to slow down. */
    public static String throttled(long times) {
        if (times <= 0) {
            return "";
        }
        return "AWS asked us to slow down " + (times == 1 ? "once" : count(times) + " times")
                + "; that is normal and handled.";
    }
}
