package co.pump.icm.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;

import co.pump.icm.apply.ItemResult;
import co.pump.icm.apply.Outcome;
import co.pump.icm.follow.AccountTimeline;
import co.pump.icm.follow.FollowListener;

/**
 * Shows following as it happens: each arrival and each account's access on stdout, with the time;
 * on a console, the accounts still awaited and the next look on one line of stderr.
 */
final class FollowPrinter implements FollowListener {

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean console;
    private boolean waitingShown;
    private int lineLength;

    FollowPrinter(PrintWriter out, PrintWriter err, boolean console) {
        this.out = out;
        this.err = err;
        this.console = console;
    }

    @Override
    public synchronized void onArrival(AccountTimeline account) {
        clearWaitingLine();
        out.printf("%s  %s is in the new organization (joined %s).%n", FollowText.time(account.seenAt()),
                account.displayName(), FollowText.time(account.joinedAt()));
        out.flush();
    }

    @Override
    public synchronized void onAccess(AccountTimeline account) {
        clearWaitingLine();
        if (account.notDone() == 0) {
            out.printf("%s  ✓ Users of %s got access: %d of %d assignments in place.%n",
                    FollowText.time(account.accessAt()), account.displayName(), account.given(), account.assignments());
        } else {
            out.printf("%s  ✗ Users of %s got part of their access: %d of %d assignments in place, %d not done.%n",
                    FollowText.time(account.accessAt()), account.displayName(), account.given(), account.assignments(),
                    account.notDone());
        }
        out.flush();
    }

    @Override
    public synchronized void onItem(ItemResult item) {
        if (item.outcome() != Outcome.SUCCEEDED) {
            clearWaitingLine();
            out.println("    ✗ " + item.label() + " — " + item.reason());
            out.flush();
        }
    }

    /** On a console, the waiting line is rewritten in place: take it away before printing something else. */
    private void clearWaitingLine() {
        if (console && lineLength > 0) {
            err.print("\r" + " ".repeat(lineLength) + "\r");
            err.flush();
            lineLength = 0;
        }
    }

    @Override
    public synchronized void onLook(List<AccountTimeline> accounts, Instant lookedAt, Instant nextLook) {
        long waiting = accounts.stream().filter(a -> a.status() == AccountTimeline.Status.AWAITED).count();
        if (nextLook == null || waiting == 0) {
            clearWaitingLine();
            return;
        }
        String line = String.format("%s  Waiting for %d %s · next look at %s · Ctrl-C stops", FollowText.time(lookedAt),
                waiting, waiting == 1 ? "account" : "accounts", FollowText.time(nextLook));
        if (console) {
            err.print("\r" + line + " ".repeat(Math.max(0, lineLength - line.length())));
            err.flush();
            lineLength = line.length();
            waitingShown = true;
        } else if (!waitingShown) {
            err.println(line);
            err.flush();
            waitingShown = true;
        }
    }
}
