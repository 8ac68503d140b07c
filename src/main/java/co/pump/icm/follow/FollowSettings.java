package co.pump.icm.follow;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How often following looks at the new organization, and until when.
 *
 * <p>{@link #INTERVAL} is 30 seconds. AWS publishes no request rate for Organizations' read
 * operations; it answers TooManyRequestsException "to protect against denial-of-service attacks",
 * and every tool in the customer's and Pump's organizations (Control Tower, account factories,
 * security scanners) shares that one global service. One look costs a {@code DescribeAccount} per
 * awaited account (or one {@code ListAccounts} page per 20 accounts in a large organization), so
 * looking twice a minute stays far below anything that could slow those tools down, while an
 * account that arrives during the call gets its access within half a minute.
 *
 * @param interval time between two looks
 * @param until    when to stop waiting for accounts that have not arrived
 */
public record FollowSettings(Duration interval, Instant until) {

    /** The time between two looks at the new organization. */
    public static final Duration INTERVAL = Duration.ofSeconds(30);

    public FollowSettings {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(until, "until");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("The interval must be positive; got " + interval);
        }
    }

    /** Looks every {@link #INTERVAL} until the given time. */
    public static FollowSettings until(Instant until) {
        return new FollowSettings(INTERVAL, until);
    }

    public FollowSettings withInterval(Duration value) {
        return new FollowSettings(value, until);
    }
}
