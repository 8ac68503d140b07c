package co.pump.icm.aws;

import java.util.concurrent.CancellationException;

import co.pump.icm.model.MigratorException;

/**
 * Waits until no account assignment request is in progress in an instance, before its state is
 * read for a plan. A run that was stopped (killed, cancelled, cut off) can leave requests that AWS
 * finishes after the read, so an assignment would appear or disappear behind the plan's back: an
 * import would then ask for an assignment a second time, which AWS does not refuse.
 */
public final class AssignmentRequestsWait {

    private static final long[] WAITS_MS = {250, 500, 1000, 2000};
    private static final long PATIENCE_MS = 10 * 60 * 1000L;

    private AssignmentRequestsWait() {
    }

    /**
     * Returns once none is in progress; warns the listener once if it has to wait.
     *
     * @param runAgain what to run again if AWS takes too long, e.g. {@code the import}
     * @throws MigratorException after ten minutes of waiting
     */
    public static void untilNoneInProgress(InstanceLookup lookup, ExportListener listener, String runAgain) {
        long deadline = System.nanoTime() + PATIENCE_MS * 1_000_000;
        int attempt = 0;
        for (int pending = lookup.assignmentRequestsInProgress(); pending > 0;
             pending = lookup.assignmentRequestsInProgress()) {
            if (attempt == 0) {
                listener.onWarning(pending + " account assignment request" + (pending == 1 ? " is" : "s are")
                        + " still in progress in the target (a run may have been stopped); waiting for AWS to "
                        + "finish before reading it.");
            }
            if (System.nanoTime() > deadline) {
                throw new MigratorException(MigratorException.Kind.AWS_ACCESS, pending + " account assignment "
                        + "requests are still in progress in the target after 10 minutes. Run " + runAgain
                        + " again once AWS has finished them.");
            }
            sleep(WAITS_MS[Math.min(attempt++, WAITS_MS.length - 1)]);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Cancelled.");
        }
    }
}
