package co.pump.icm.ui.importing;

import co.pump.icm.compare.Category;

/**
 * One category's row under the overall bar: how many of its changes are done, and once the run
 * has ended how they ended.
 *
 * @param category     users, groups, memberships, permission sets or assignments
 * @param total        the changes of this category in the plan
 * @param done         the changes that have ended so far, whatever their outcome
 * @param failed       those AWS refused or failed (known at the end)
 * @param notAttempted those not tried, because the run stopped or something they need failed (known at the end)
 * @param ended        true once the run has ended and the outcomes are final
 */
public record CategoryProgress(Category category, int total, int done, int failed, int notAttempted, boolean ended) {

    /** A row while the run goes on. */
    public static CategoryProgress running(Category category, int total, int done) {
        return new CategoryProgress(category, total, done, 0, 0, false);
    }

    /** The changes AWS made. */
    public int made() {
        return ended ? done - failed - notAttempted : done;
    }

    /** From 0 to 1. */
    public double fraction() {
        return total == 0 ? 1 : (double) (ended ? made() : done) / total;
    }

    /** {@code 12 of 58} while running; {@code ✓ 58 of 58 made} or {@code 12 of 58 made · ✗ 2 failed · 44 not done} at the end. */
    public String text() {
        String of = ProgressText.count(ended ? made() : done) + " of " + ProgressText.count(total);
        if (!ended) {
            return of;
        }
        if (made() == total) {
            return "✓ " + of + " made";
        }
        var text = new StringBuilder(of).append(" made");
        if (failed > 0) {
            text.append(" · ✗ ").append(ProgressText.count(failed)).append(" failed");
        }
        if (notAttempted > 0) {
            text.append(" · ").append(ProgressText.count(notAttempted)).append(" not done");
        }
        return text.toString();
    }
}
