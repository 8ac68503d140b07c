package co.pump.icm.cli;

import java.io.PrintWriter;

import co.pump.icm.aws.ExportListener;
import co.pump.icm.aws.ExportProgress;

/**
 * Shows an export's progress on a terminal: one line rewritten in place when the output is a
 * console, a line every few seconds otherwise (logs, CI).
 */
final class ExportProgressPrinter implements ExportListener {

    private static final long QUIET_INTERVAL_NANOS = 5_000_000_000L;

    private final PrintWriter err;
    private final boolean console;
    private long lastLine;
    private int lastLength;

    ExportProgressPrinter(PrintWriter err, boolean console) {
        this.err = err;
        this.console = console;
    }

    @Override
    public synchronized void onProgress(ExportProgress p) {
        String line = switch (p.phase()) {
            case CONNECTING -> "Connecting…";
            case READING, DONE -> String.format("Users %,d · groups %,d (members of %,d read) · memberships %,d · "
                            + "permission sets %,d/%,d · assignments %,d · %,d requests%s",
                    p.users(), p.groups(), p.groupsWithMembers(), p.memberships(), p.permissionSets(),
                    p.permissionSetsTotal(), p.assignments(), p.calls(),
                    p.throttled() > 0 ? String.format(" · AWS asked to slow down %,d times (handled)", p.throttled()) : "");
        };
        if (console) {
            String padded = line + " ".repeat(Math.max(0, lastLength - line.length()));
            err.print("\r" + padded);
            lastLength = line.length();
            if (p.phase() == ExportProgress.Phase.DONE) {
                err.println();
            }
            err.flush();
        } else {
            long now = System.nanoTime();
            if (p.phase() != ExportProgress.Phase.READING || now - lastLine >= QUIET_INTERVAL_NANOS) {
                err.println(line);
                lastLine = now;
            }
        }
    }

    @Override
    public synchronized void onSignedIn(String accountId, String callerArn, String instanceArn, String identityStoreId,
                                        String region) {
        clearLine();
        err.println("Signed in to account " + accountId + " as " + callerArn + ".");
        err.println("Reading IAM Identity Center instance " + instanceArn + " (identity store " + identityStoreId
                + ") in " + region + "; nothing will be changed.");
        err.flush();
    }

    private void clearLine() {
        if (console && lastLength > 0) {
            err.print("\r" + " ".repeat(lastLength) + "\r");
            lastLength = 0;
        }
    }

    @Override
    public synchronized void onWarning(String warning) {
        if (console && lastLength > 0) {
            err.println();
            lastLength = 0;
        }
        err.println("Warning: " + warning);
    }
}
