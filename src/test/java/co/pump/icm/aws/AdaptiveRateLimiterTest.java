package co.pump.icm.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AdaptiveRateLimiterTest {

    private final FakeTicker ticker = new FakeTicker();

    @Test
    void spacesRequestsAtTheRate() throws InterruptedException {
        var limiter = new AdaptiveRateLimiter(20, 20, ticker);
        for (int i = 0; i < 201; i++) {
            limiter.acquire();
        }
        // 201 requests at 20/s: the first two may go at once (burst), the rest 50 ms apart.
        assertThat(ticker.sleptSeconds()).isCloseTo(9.95, within(0.06));
    }

    @Test
    void idleTimeAllowsOnlyASmallBurst() throws InterruptedException {
        var limiter = new AdaptiveRateLimiter(10, 10, ticker);
        ticker.advanceSeconds(60);
        for (int i = 0; i < 12; i++) {
            limiter.acquire();
        }
        // After a long pause only BURST requests go at once; the other 10 wait 100 ms each.
        assertThat(ticker.sleptSeconds()).isCloseTo(1.0, within(0.01));
    }

    @Test
    void slowsDownOncePerThrottlingMoment() {
        var limiter = new AdaptiveRateLimiter(20, 40, ticker);
        limiter.onThrottle();
        limiter.onThrottle();
        limiter.onThrottle();
        assertThat(limiter.rate()).isCloseTo(18, within(1e-9));
        assertThat(limiter.throttles()).isEqualTo(3);
        ticker.advanceSeconds(1.1);
        limiter.onThrottle();
        assertThat(limiter.rate()).isCloseTo(16.2, within(1e-9));
    }

    @Test
    void recoversQuicklyToJustUnderTheRateAwsThrottledAt() {
        var limiter = new AdaptiveRateLimiter(20, 40, ticker);
        limiter.onThrottle();
        ticker.advanceSeconds(0.5);
        limiter.onSuccess();
        assertThat(limiter.rate()).as("no change right after throttling").isCloseTo(18, within(1e-9));
        for (int i = 0; i < 4; i++) {
            ticker.advanceSeconds(0.5);
            limiter.onSuccess();
        }
        assertThat(limiter.rate()).as("back to 97% of 20 within two seconds").isCloseTo(19.4, within(1e-9));
    }

    @Test
    void probesAboveSlowlyAfterACalmPeriodUpToTheCeiling() {
        var limiter = new AdaptiveRateLimiter(20, 22, ticker);
        limiter.onThrottle();
        for (int i = 0; i < 8; i++) {
            ticker.advanceSeconds(0.5);
            limiter.onSuccess();
        }
        assertThat(limiter.rate()).isCloseTo(19.4, within(1e-9));
        for (int i = 0; i < 30; i++) {
            ticker.advanceSeconds(1);
            limiter.onSuccess();
        }
        assertThat(limiter.rate()).isCloseTo(22, within(1e-9));
    }

    @Test
    void settlesNearTheRealLimitWhenItIsLowerThanConfigured() {
        // A simulated AWS that allows 12 requests per second against a client configured for 20.
        var limiter = new AdaptiveRateLimiter(20, 40, ticker);
        double tokens = 12;
        long last = ticker.nanos();
        int sent = 0;
        int throttled = 0;
        long start = ticker.nanos();
        while (ticker.nanos() - start < 300e9) {
            ticker.sleep(limiter.reserve());
            long now = ticker.nanos();
            tokens = Math.min(12, tokens + (now - last) / 1e9 * 12);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                sent++;
                limiter.onSuccess();
            } else {
                throttled++;
                limiter.onThrottle();
            }
        }
        double achieved = sent / 300.0;
        assertThat(achieved).isGreaterThan(12 * 0.95);
        assertThat(throttled).isLessThan(sent / 10);
    }

    @Test
    void limitersOfSeveralOperationsSettleTogetherWhenAwsLimitsThemAsOne() {
        // One limiter per Identity Store operation, each configured for AWS's 20 per second, against
        // a simulated AWS that turns out to allow the three operations only 20 per second together.
        var limiters = java.util.List.of(new AdaptiveRateLimiter(20, 40, ticker), new AdaptiveRateLimiter(20, 40, ticker),
                new AdaptiveRateLimiter(20, 40, ticker));
        long[] next = new long[limiters.size()];
        for (int i = 0; i < next.length; i++) {
            next[i] = ticker.nanos() + limiters.get(i).reserve();
        }
        double tokens = 20;
        long last = ticker.nanos();
        int sent = 0;
        int throttled = 0;
        long start = ticker.nanos();
        while (ticker.nanos() - start < 300e9) {
            int i = 0;
            for (int j = 1; j < next.length; j++) {
                if (next[j] < next[i]) {
                    i = j;
                }
            }
            ticker.sleep(next[i] - ticker.nanos());
            long now = ticker.nanos();
            tokens = Math.min(20, tokens + (now - last) / 1e9 * 20);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                sent++;
                limiters.get(i).onSuccess();
            } else {
                throttled++;
                limiters.get(i).onThrottle();
            }
            next[i] = ticker.nanos() + limiters.get(i).reserve();
        }
        assertThat(sent / 300.0).isGreaterThan(20 * 0.9);
        assertThat(throttled).isLessThan(sent / 10);
    }

    @Test
    void rejectsARateAboveTheCeiling() {
        assertThatThrownBy(() -> new AdaptiveRateLimiter(30, 20, ticker))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rate must be positive and at most the ceiling");
    }
}
