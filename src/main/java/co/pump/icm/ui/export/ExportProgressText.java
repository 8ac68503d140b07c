package co.pump.icm.ui.export;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import co.pump.icm.aws.CallStats;
import co.pump.icm.aws.ExportProgress;
import co.pump.icm.aws.ExportResult;
import co.pump.icm.compare.Category;
import co.pump.icm.kind.Kind;
import co.pump.icm.kind.Kinds;
import co.pump.icm.model.IdentityCenterConfig;

/**
 * The export's progress in plain words for a shared screen: per-category counts, one overall
 * fraction, requests made, and throttling said calmly. Pure functions, no nodes.
 */
public final class ExportProgressText {

    /**
     * What an export reads, in the order the screen lists it: every kind an import carries. The
     * first {@value #COUNTED_LIVE} are counted as they are read; the rest (the access control
     * attributes, applications and token issuers, read at the end) are counted once all is read.
     */
    public static final List<Category> READ =
            Arrays.stream(Category.values()).filter(category -> !category.forTheRecord()).toList();
    /** How many of {@link #READ} have a count while the export goes on. */
    static final int COUNTED_LIVE = 5;
    /** The names of the categories, in the order the screen lists them. */
    public static final List<String> CATEGORIES = READ.stream().map(Category::label).toList();

    private ExportProgressText() {
    }

    /** Nothing read yet: every category at zero. */
    public static List<CategoryCount> none() {
        return CATEGORIES.stream().map(name -> new CategoryCount(name, "—", CategoryCount.State.IDLE)).toList();
    }

    /** The category lines for a progress report: the first five counted, the rest being read. */
    public static List<CategoryCount> categories(ExportProgress p) {
        boolean done = p.phase() == ExportProgress.Phase.DONE;
        CategoryCount.State state = done ? CategoryCount.State.DONE : CategoryCount.State.READING;
        String memberships = number(p.memberships());
        if (!done && p.groups() > 0) {
            memberships += "  (" + number(p.groupsWithMembers()) + " of " + number(p.groups()) + " groups)";
        }
        String permissionSets = !done && p.permissionSetsTotal() > 0
                ? number(p.permissionSets()) + " of " + number(p.permissionSetsTotal())
                : number(p.permissionSets());
        var lines = new ArrayList<>(List.of(
                new CategoryCount(CATEGORIES.get(0), number(p.users()), state),
                new CategoryCount(CATEGORIES.get(1), number(p.groups()), state),
                new CategoryCount(CATEGORIES.get(2), memberships, state),
                new CategoryCount(CATEGORIES.get(3), permissionSets, state),
                new CategoryCount(CATEGORIES.get(4), number(p.assignments()), state)));
        for (String name : CATEGORIES.subList(COUNTED_LIVE, CATEGORIES.size())) {
            lines.add(new CategoryCount(name, "—", state));
        }
        return lines;
    }

    /** The category lines for a finished export, all marked done, counted as the snapshot's summary counts them. */
    public static List<CategoryCount> categories(IdentityCenterConfig config) {
        return READ.stream().map(category -> new CategoryCount(category.label(),
                number(count(Kinds.of(category), config)), CategoryCount.State.DONE)).toList();
    }

    private static <T> int count(Kind<?, T> kind, IdentityCenterConfig config) {
        return kind.count(kind.items(config)).count();
    }

    /** The fullest the bar gets before the export has read everything. */
    static final double READING_AT_MOST = 0.95;

    /**
     * How far the export is, from 0 to 1, or -1 while it cannot be told: groups whose members
     * have been read and permission sets read completely, of those found so far.
     */
    public static double fraction(ExportProgress p) {
        return switch (p.phase()) {
            case CONNECTING -> -1;
            case DONE -> 1;
            case READING -> {
                int parts = p.groups() + p.permissionSetsTotal();
                // Never full while reading: the last permission set read still leaves the tail of the
                // export (its assignments, the accounts' names) to read.
                yield parts == 0 ? -1 : Math.min(READING_AT_MOST, (double) (p.groupsWithMembers() + p.permissionSets()) / parts);
            }
        };
    }

    /**
     * The line under the bar, e.g. {@code 1,240 items read · 152 requests to AWS · about 4 min left}.
     *
     * @param elapsed time since the export started
     */
    public static String line(ExportProgress p, Duration elapsed) {
        if (p.phase() == ExportProgress.Phase.CONNECTING) {
            return "Signing in and finding the IAM Identity Center instance…";
        }
        long items = (long) p.users() + p.groups() + p.memberships() + p.permissionSets() + p.assignments();
        String text = number(items) + (items == 1 ? " item" : " items") + " read · " + requests(p.calls());
        String left = timeLeft(fraction(p), elapsed);
        return left.isEmpty() ? text : text + " · " + left;
    }

    /**
     * A rough estimate of the time left, said loosely: "about 4 min left", "less than a minute
     * left", or nothing while it is too early to tell.
     */
    public static String timeLeft(double fraction, Duration elapsed) {
        if (fraction < 0.05 || fraction >= 1 || elapsed.toSeconds() < 3) {
            return "";
        }
        double seconds = elapsed.toMillis() / 1000.0 * (1 - fraction) / fraction;
        if (seconds < 60) {
            return "less than a minute left";
        }
        long minutes = Math.round(seconds / 60);
        return "about " + minutes + " min left";
    }

    /**
     * Throttling and retries in plain words, or empty when there were none, e.g. "AWS asked us
     * to slow down 12 times; that is normal and handled."
     */
    public static String throttling(long throttled, long retried) {
        var text = new StringBuilder();
        if (throttled > 0) {
            text.append("AWS asked us to slow down ").append(times(throttled)).append("; that is normal and handled.");
        }
        if (retried > 0) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(retried == 1 ? "1 request was" : number(retried) + " requests were")
                    .append(" sent again after a brief hiccup.");
        }
        return text.toString();
    }

    /**
     * The sentence at the end, e.g. "Read everything listed above in 7.2 s, with 152 requests to
     * AWS." The lines above it give the counts of each kind.
     */
    public static String summary(ExportResult result) {
        CallStats.Counts total = result.stats().total();
        // A no-break space keeps "7.2 s" on one line.
        return String.format("Read everything listed above in %.1f\u00a0s, with %s.",
                result.elapsed().toMillis() / 1000.0, requests(total.calls()));
    }

    /** The same words in the demo, whose requests go to a local stand-in, not to AWS. */
    public static String inDemo(String text) {
        return text.replace(" requests to AWS", " requests to the demo's local AWS")
                .replace("1 request to AWS", "1 request to the demo's local AWS");
    }

    private static String requests(long calls) {
        return calls == 1 ? "1 request to AWS" : number(calls) + " requests to AWS";
    }

    private static String times(long n) {
        return n == 1 ? "once" : n == 2 ? "twice" : number(n) + " times";
    }

    private static String number(long n) {
        return String.format("%,d", n);
    }
}
