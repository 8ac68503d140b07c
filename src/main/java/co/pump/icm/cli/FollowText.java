package co.pump.icm.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import co.pump.icm.follow.AccountTimeline;
import co.pump.icm.follow.AwaitedAccount;
import co.pump.icm.follow.AwaitedAccounts;
import co.pump.icm.follow.FollowResult;

/** Following the accounts in words, for the terminal: what awaits, what happened, how it ended. */
final class FollowText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private FollowText() {
    }

    static String time(Instant at) {
        return at == null ? "?" : TIME.format(at);
    }

    /** What following will do, under the plan: the awaited accounts and that the confirmation covers them only. */
    static String preview(AwaitedAccounts awaited, Duration interval) {
        var sb = new StringBuilder();
        if (awaited.isEmpty()) {
            sb.append("Following the accounts: every account this plan assigns access in is in the new organization "
                    + "already; nothing to wait for.\n");
        } else {
            sb.append(String.format("Following the accounts: %d %s not in the new organization yet, awaiting %,d "
                            + "%s:%n", awaited.accounts().size(), awaited.accounts().size() == 1 ? "account is" : "accounts are",
                    awaited.assignmentCount(), awaited.assignmentCount() == 1 ? "assignment" : "assignments"));
            for (AwaitedAccount account : awaited.accounts()) {
                sb.append(String.format("  … %s: %d %s%n", account.displayName(), account.assignments().size(),
                        account.assignments().size() == 1 ? "assignment" : "assignments"));
            }
            sb.append("After the import, icm looks at the new organization every " + every(interval) + " and, as each "
                    + "account arrives, creates the assignments this plan shows for it (skipped above: not in the new "
                    + "organization yet). Your confirmation covers exactly these, nothing more.\n");
        }
        Map<String, Integer> notFollowed = new LinkedHashMap<>();
        awaited.leftOut().forEach(l -> notFollowed.merge(l.reason(), 1, Integer::sum));
        notFollowed.forEach((reason, n) -> sb.append(String.format("  Not followed: %,d %s, because %s.%n", n,
                n == 1 ? "assignment" : "assignments", reason)));
        return sb.toString();
    }

    private static String every(Duration interval) {
        long seconds = interval.toSeconds();
        if (seconds % 60 == 0) {
            return seconds == 60 ? "minute" : seconds / 60 + " minutes";
        }
        return seconds == 1 ? "second" : seconds + " seconds";
    }

    /** One account's story in a line. */
    static String line(AccountTimeline t) {
        String since = " · awaited since " + time(t.awaitedSince());
        return switch (t.status()) {
            case AWAITED -> "  … " + t.displayName() + since + " · not in the new organization yet";
            case ARRIVED -> "  ! " + t.displayName() + since + " · arrived " + time(t.joinedAt())
                    + " · its assignments are not made yet";
            case ACCESS_GIVEN -> "  ✓ " + t.displayName() + since + " · arrived " + time(t.joinedAt())
                    + " · users got access " + time(t.accessAt()) + " (" + t.given() + " of " + t.assignments() + ")";
            case PARTLY_GIVEN -> "  ✗ " + t.displayName() + since + " · arrived " + time(t.joinedAt()) + " · "
                    + t.given() + " of " + t.assignments() + " assignments in place, " + t.notDone() + " not done";
        };
    }

    /** How following ended, with every account's line. */
    static String summary(FollowResult result) {
        var sb = new StringBuilder();
        int still = result.stillAwaited().size();
        sb.append(switch (result.end()) {
            case ALL_ARRIVED -> result.complete()
                    ? "Following the accounts: every awaited account arrived and its users got access."
                    : "Following the accounts: every awaited account arrived; some assignments were not made.";
            case CANCELLED -> "Following the accounts was stopped" + awaiting(still) + ".";
            case TIME_LIMIT -> "Following the accounts reached its time limit" + awaiting(still) + ".";
            case STOPPED_BY_AWS -> "Following the accounts stopped: " + result.problem();
        }).append('\n');
        result.accounts().forEach(t -> sb.append(line(t)).append('\n'));
        result.failures().forEach(f -> sb.append("  ✗ ").append(f.label()).append(" — ").append(f.reason()).append('\n'));
        if (!result.complete()) {
            sb.append("Run the same command again to pick up where it stopped: the journal keeps since when each "
                    + "account is awaited, and what is already in place is left alone.\n");
        }
        return sb.toString();
    }

    private static String awaiting(int still) {
        return still == 0 ? "" : " with " + still + (still == 1 ? " account" : " accounts") + " still awaited";
    }
}
