package co.pump.icm.sandbox.portal;

import java.time.Duration;
import java.util.Objects;

/**
 * Timings and page sizes of the sandbox's sign-in services.
 *
 * @param codeLifetime    how long a device code and its user code stay valid ({@code expiresIn})
 * @param pollInterval    the shortest gap between two CreateToken polls for one device code; a
 *                        faster poll gets {@code slow_down}. Reported as {@code interval}, rounded
 *                        up to whole seconds, so tests may use a few milliseconds.
 * @param tokenLifetime   how long an access token from CreateToken is accepted by the portal
 * @param defaultPageSize the portal's page size when the caller gives no {@code max_result}
 */
public record SsoSettings(Duration codeLifetime, Duration pollInterval, Duration tokenLifetime,
                          int defaultPageSize) {

    public SsoSettings {
        Objects.requireNonNull(codeLifetime, "codeLifetime");
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(tokenLifetime, "tokenLifetime");
        if (codeLifetime.isNegative() || codeLifetime.isZero()) {
            throw new IllegalArgumentException("The device code lifetime must be positive, not " + codeLifetime);
        }
        if (pollInterval.isNegative()) {
            throw new IllegalArgumentException("The poll interval must not be negative, not " + pollInterval);
        }
        if (tokenLifetime.isNegative() || tokenLifetime.isZero()) {
            throw new IllegalArgumentException("The token lifetime must be positive, not " + tokenLifetime);
        }
        if (defaultPageSize < 1 || defaultPageSize > Paging.MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("The default page size must be between 1 and "
                    + Paging.MAX_PAGE_SIZE + ", not " + defaultPageSize);
        }
    }

    /** What AWS does: codes live 10 minutes, poll every second, tokens last 8 hours; pages of 10. */
    public static SsoSettings defaults() {
        return new SsoSettings(Duration.ofMinutes(10), Duration.ofSeconds(1), Duration.ofHours(8), 10);
    }

    public SsoSettings withCodeLifetime(Duration lifetime) {
        return new SsoSettings(lifetime, pollInterval, tokenLifetime, defaultPageSize);
    }

    public SsoSettings withPollInterval(Duration interval) {
        return new SsoSettings(codeLifetime, interval, tokenLifetime, defaultPageSize);
    }

    public SsoSettings withTokenLifetime(Duration lifetime) {
        return new SsoSettings(codeLifetime, pollInterval, lifetime, defaultPageSize);
    }

    public SsoSettings withDefaultPageSize(int pageSize) {
        return new SsoSettings(codeLifetime, pollInterval, tokenLifetime, pageSize);
    }

    /** The {@code interval} reported to clients: whole seconds, rounded up. */
    int reportedIntervalSeconds() {
        long millis = pollInterval.toMillis();
        return (int) ((millis + 999) / 1000);
    }
}
