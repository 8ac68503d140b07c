package co.pump.icm.ui.follow;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;

import co.pump.icm.follow.AccountTimeline;
import co.pump.icm.follow.FollowSettings;

/** The follow card's sentences. */
final class FollowWords {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ENGLISH);

    private FollowWords() {
    }

    static String time(Instant at) {
        return at == null ? "?" : TIME.format(at.atZone(ZoneId.systemDefault()));
    }

    static String assignments(long n) {
        return String.format(Locale.ENGLISH, "%,d %s", n, n == 1 ? "assignment" : "assignments");
    }

    static String accounts(long n) {
        return n + (n == 1 ? " account" : " accounts");
    }

    static String every(Duration interval) {
        long seconds = interval.toSeconds();
        if (seconds >= 60 && seconds % 60 == 0) {
            return seconds == 60 ? "every minute" : "every " + seconds / 60 + " minutes";
        }
        if (seconds < 1) {
            return "every " + interval.toMillis() + " ms";
        }
        return seconds == 1 ? "every second" : "every " + seconds + " seconds";
    }

    static String headline(AccountFollowing.State state, long waiting, int total,
                           Collection<AccountTimeline> accounts) {
        boolean partly = accounts.stream().anyMatch(a -> a.status() == AccountTimeline.Status.PARTLY_GIVEN);
        return switch (state) {
            case NONE -> "";
            case READY -> accounts(total) + (total == 1 ? " is" : " are") + " not in the new organization yet";
            case FOLLOWING -> waiting == 0 ? "Following the accounts: every one has arrived; giving access…"
                    : "Following the accounts: waiting for " + waiting + " of " + total;
            case STOPPING -> "Stopping: requests already sent finish, nothing new starts…";
            case STOPPED -> "Following was stopped" + still(waiting);
            case DONE -> partly ? "✗ Every awaited account arrived; some assignments could not be made"
                    : "✓ Every awaited account arrived, and its users got access";
            case TIME_LIMIT -> "Following reached its time limit" + still(waiting);
            case FAILED -> "✗ Following stopped" + still(waiting);
        };
    }

    private static String still(long waiting) {
        return waiting == 0 ? "" : " with " + accounts(waiting) + " still awaited";
    }

    static String detail(AccountFollowing.State state, FollowSettings settings, Instant lookedAt, Instant nextLook,
                         boolean demo, Duration interval, int accounts) {
        Duration every = demo ? AccountFollowing.DEMO_INTERVAL : settings != null ? settings.interval() : interval;
        String why = demo ? " (the demo's organization is this computer's sandbox; against AWS it is every 30 seconds)"
                : ", gently: the Organizations API is shared by everything in both organizations";
        return switch (state) {
            case NONE, DONE -> "";
            case READY -> (accounts == 1 ? "Follow it" : "Follow them") + ", and the migrator looks at the new organization " + every(every) + why + ", for up to "
                    + "an hour; as " + (accounts == 1 ? "the account arrives" : "each account arrives") + ", it creates the "
                    + "assignments the preview showed for it. Following goes on while you test and finish the migration.";
            case FOLLOWING -> (lookedAt == null ? "Looking at the new organization…" : "Last look at " + time(lookedAt)
                    + (nextLook == null ? "." : ", next at " + time(nextLook) + "."))
                    + " Looking " + every(every) + why + ", until " + time(settings.until()) + ".";
            case STOPPING -> "";
            case STOPPED, TIME_LIMIT, FAILED -> "Follow again to pick up where it stopped: what is already in place is "
                    + "left alone.";
        };
    }

}
