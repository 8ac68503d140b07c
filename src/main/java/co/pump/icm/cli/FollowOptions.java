package co.pump.icm.cli;

import java.time.Duration;
import java.time.Instant;

import co.pump.icm.follow.FollowSettings;
import co.pump.icm.model.MigratorException;
import picocli.CommandLine.Option;

/** The options of {@code icm apply} that follow the accounts after the import. */
final class FollowOptions {

    private static final Duration DEFAULT_UNTIL = Duration.ofHours(1);
    private static final Duration LONGEST = Duration.ofHours(24);

    @Option(names = "--follow-accounts",
            description = "After the import, keep watching the new organization (every 30 s) for the accounts the plan "
                    + "shows as not there yet, and give each the assignments the plan shows for it as it arrives.")
    boolean follow;

    @Option(names = "--until", paramLabel = "DURATION",
            description = "With --follow-accounts: stop waiting after DURATION, e.g. 45m (default 1h, at most 24h).")
    String until;

    /** Shorter looks for demos and tests against the sandbox; AWS gets the polite default. */
    @Option(names = "--follow-interval", paramLabel = "DURATION", hidden = true)
    String interval;

    /**
     * Checks the options; true when following was asked for.
     *
     * @throws MigratorException (bad input) for a bad duration, or --until without --follow-accounts
     */
    boolean requested() {
        if (!follow && (until != null || interval != null)) {
            throw MigratorException.badInput("--until and --follow-interval only apply with --follow-accounts.");
        }
        if (follow) {
            limit();
            every();
        }
        return follow;
    }

    /** The settings these options describe, the time limit counted from now. */
    FollowSettings startingNow() {
        return new FollowSettings(every(), Instant.now().plus(limit()));
    }

    private Duration limit() {
        Duration limit = until == null ? DEFAULT_UNTIL : DurationOption.parse("--until", until);
        if (limit.isZero() || limit.compareTo(LONGEST) > 0) {
            throw MigratorException.badInput("--until must be more than 0 and at most 24h; got '" + until + "'.");
        }
        return limit;
    }

    /** The time between two looks. */
    Duration every() {
        Duration every = interval == null ? FollowSettings.INTERVAL : DurationOption.parse("--follow-interval", interval);
        if (every.compareTo(Duration.ofSeconds(1)) < 0) {
            throw MigratorException.badInput("--follow-interval must be at least 1s; got '" + interval + "'.");
        }
        return every;
    }
}
