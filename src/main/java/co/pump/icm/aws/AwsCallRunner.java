package co.pump.icm.aws;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import co.pump.icm.model.MigratorException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Sends every AWS request of a run: waits for its {@link AdaptiveRateLimiter} (one per Identity
 * Store operation, one per other API family, as AWS limits them; see {@link ApiFamily}), retries
 * throttling, server errors and dropped connections with jittered exponential backoff, and counts
 * everything in {@link CallStats}. One instance is shared by the whole run, so the limits hold
 * however many threads send requests. The SDK's own retries are switched off (see
 * {@link AwsClients}) so that every attempt passes through here.
 *
 * <p>A request that fails for a reason that retrying cannot fix (validation, not found, access
 * denied) is rethrown as the SDK's exception for the caller to handle or explain with
 * {@link AwsProblems}; one that AWS KMS refused (the error carries a {@code KMS_*} reason) as
 * {@link KmsKeyRefused}, whatever its code.
 */
public final class AwsCallRunner {

    private static final Set<String> THROTTLING_CODES = Set.of(
            "ThrottlingException", "Throttling", "TooManyRequestsException", "RequestLimitExceeded",
            "SlowDown", "ProvisionedThroughputExceededException");
    private static final long BASE_BACKOFF_NANOS = 50_000_000L;
    private static final long MAX_BACKOFF_NANOS = 5_000_000_000L;

    private final RateSettings settings;
    private final Ticker ticker;
    private final Map<ApiFamily, AdaptiveRateLimiter> limiters = new EnumMap<>(ApiFamily.class);
    /** The limiters of the families AWS limits per operation, by operation, made on first use. */
    private final Map<String, AdaptiveRateLimiter> operationLimiters = new ConcurrentHashMap<>();
    private final CallStats stats = new CallStats();
    private volatile InstanceKey instanceKey = InstanceKey.UNKNOWN;

    public AwsCallRunner(RateSettings settings, Ticker ticker) {
        this.settings = settings;
        this.ticker = ticker;
        for (ApiFamily family : ApiFamily.values()) {
            if (!family.limitedPerOperation()) {
                limiters.put(family, newLimiter(family));
            }
        }
    }

    public AwsCallRunner(RateSettings settings) {
        this(settings, Ticker.SYSTEM);
    }

    /** What kinds of error a request may be retried on, besides throttling and transient failures. */
    public enum Retry {
        /** Only throttling, server errors and dropped connections. */
        TRANSIENT,
        /** Also ConflictException: a write that raced another write to the same item. */
        TRANSIENT_AND_CONFLICT
    }

    /**
     * Sends one request, retrying transient failures.
     *
     * @param operation the AWS operation name, e.g. {@code ListUsers}
     * @param resource  what it acts on, for messages (e.g. {@code group Admins}); never a secret
     * @throws AwsServiceException  a non-retryable AWS error, unchanged
     * @throws MigratorException    when transient failures persist after every attempt
     * @throws CancellationException when the thread is interrupted (the run was cancelled)
     */
    public <T> T call(ApiFamily family, String operation, String resource, Supplier<T> request) {
        return call(family, operation, resource, Retry.TRANSIENT, request);
    }

    /** Like {@link #call(ApiFamily, String, String, Supplier)}, choosing which errors to retry. */
    public <T> T call(ApiFamily family, String operation, String resource, Retry retry, Supplier<T> request) {
        AdaptiveRateLimiter limiter = limiter(family, operation);
        int attempt = 0;
        while (true) {
            attempt++;
            waitFor(limiter);
            stats.recordCall(operation);
            try {
                T result = request.get();
                limiter.onSuccess();
                return result;
            } catch (SdkException e) {
                String kms = KmsProblems.reason(e);
                boolean throttled = isThrottling(e);
                if (throttled) {
                    limiter.onThrottle();
                    stats.recordThrottle(operation);
                } else if (isTransient(e, retry)) {
                    stats.recordRetry(operation);
                } else if (kms != null) {
                    throw KmsProblems.refused(e, kms, instanceKey, family.iamAction(operation) + " on " + resource);
                } else {
                    throw e;
                }
                // Throttling is AWS asking us to slow down, not a failure: allow it more attempts.
                int allowed = throttled ? settings.maxAttempts() * 3 : settings.maxAttempts();
                if (attempt >= allowed && kms != null) {
                    throw KmsProblems.refused(e, kms, instanceKey, family.iamAction(operation) + " on " + resource);
                }
                if (attempt >= allowed && e instanceof software.amazon.awssdk.core.exception.SdkClientException) {
                    // AWS was never reached: say how (offline, proxy, DNS, endpoint), not the SDK's words.
                    throw AwsProblems.explain(e, family, operation, resource);
                }
                if (attempt >= allowed) {
                    throw new MigratorException(MigratorException.Kind.AWS_ACCESS,
                            family.iamAction(operation) + " on " + resource + " still failed after " + attempt
                                    + " attempts: " + AwsProblems.describe(e), e);
                }
                backoff(throttled ? 1 : attempt);
            }
        }
    }

    /**
     * The limiter an operation's requests wait for (its own for a family AWS limits per operation,
     * otherwise its family's), for progress reports: current rate, throttles seen.
     */
    public AdaptiveRateLimiter limiter(ApiFamily family, String operation) {
        if (!family.limitedPerOperation()) {
            return limiters.get(family);
        }
        return operationLimiters.computeIfAbsent(family.serviceName() + ":" + operation, k -> newLimiter(family));
    }

    private AdaptiveRateLimiter newLimiter(ApiFamily family) {
        double rate = settings.initialRate(family);
        return new AdaptiveRateLimiter(rate, rate * settings.probeFactor(), ticker);
    }

    /**
     * The key that encrypts the instance this run works on, once known: an error AWS gives because
     * AWS KMS refused the key is then thrown as {@link KmsKeyRefused}, naming the key and the
     * account that can fix it.
     */
    public void instanceKey(InstanceKey key) {
        this.instanceKey = key;
    }

    public CallStats stats() {
        return stats;
    }

    public RateSettings settings() {
        return settings;
    }

    static boolean isThrottling(SdkException e) {
        if (e instanceof AwsServiceException service) {
            return service.statusCode() == 429 || service.isThrottlingException()
                    || THROTTLING_CODES.contains(AwsProblems.errorCode(e));
        }
        return false;
    }

    static boolean isTransient(SdkException e, Retry retry) {
        if (e instanceof AwsServiceException service) {
            if (service.statusCode() >= 500) {
                return true;
            }
            return retry == Retry.TRANSIENT_AND_CONFLICT && "ConflictException".equals(AwsProblems.errorCode(e));
        }
        // No answer at all: a dropped connection, a timeout. A host name that does not resolve (a
        // region that does not exist) will not resolve on the next attempt either.
        return e instanceof SdkClientException && !causedBy(e, java.net.UnknownHostException.class);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private void waitFor(AdaptiveRateLimiter limiter) {
        try {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException();
            }
            limiter.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Cancelled.");
        }
    }

    /**
     * Waits before a retry: exponentially longer after each server error or dropped connection.
     * After throttling the wait stays short, because the family's limiter has already slowed the
     * whole run down; growing it would leave every thread asleep while AWS has capacity again.
     */
    private void backoff(int attempt) {
        long cap = Math.min(MAX_BACKOFF_NANOS, BASE_BACKOFF_NANOS << Math.min(attempt, 20));
        long delay = ThreadLocalRandom.current().nextLong(cap / 2, cap + 1);
        try {
            ticker.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Cancelled.");
        }
    }
}
