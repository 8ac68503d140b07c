package co.pump.icm.aws;

import java.util.function.Predicate;
import java.util.function.Supplier;

import software.amazon.awssdk.core.exception.SdkException;

/**
 * One write request as the {@link AwsCallRunner} sends it, attempt after attempt, remembering
 * whether the last attempt may have been carried out by AWS although its answer was lost: the
 * connection dropped, or a server error came back. AWS may well have done the work in that case,
 * so the retry that follows may meet it, and must neither do it twice nor fail because of it.
 *
 * <p>Before such a retry, {@code landedEarlier} may look for the earlier attempt's result (an
 * asynchronous request still running, say) and return it; and an error on such a retry that
 * only says the work is done (a delete answered "not found") counts as success.
 *
 * @param <T> what a successful attempt returns
 */
final class UnsureWrite<T> implements Supplier<T> {

    private final Supplier<T> request;
    private final Supplier<T> landedEarlier;
    private final Predicate<SdkException> doneAlready;
    private boolean unsure;

    /**
     * @param request       sends the write once
     * @param landedEarlier before a retry after an unsure attempt: the earlier attempt's result
     *                      if it was carried out, else null (then the write is sent again)
     * @param doneAlready   an error that, on a retry after an unsure attempt, means the earlier
     *                      attempt did the work; the write then returns null
     */
    private UnsureWrite(Supplier<T> request, Supplier<T> landedEarlier, Predicate<SdkException> doneAlready) {
        this.request = request;
        this.landedEarlier = landedEarlier;
        this.doneAlready = doneAlready;
    }

    /** A write that looks for its earlier attempt's result before it is sent again. */
    static <T> UnsureWrite<T> lookingFirst(Supplier<T> request, Supplier<T> landedEarlier) {
        return new UnsureWrite<>(request, landedEarlier, e -> false);
    }

    /** A delete whose "not found" after an unsure attempt means the earlier attempt deleted it. */
    static UnsureWrite<Void> delete(Runnable request) {
        return new UnsureWrite<>(() -> {
            request.run();
            return null;
        }, () -> null, e -> "ResourceNotFoundException".equals(AwsProblems.errorCode(e)));
    }

    @Override
    public T get() {
        boolean retryAfterUnsure = unsure;
        if (retryAfterUnsure) {
            T earlier = landedEarlier.get();
            if (earlier != null) {
                unsure = false;
                return earlier;
            }
        }
        try {
            T result = request.get();
            unsure = false;
            return result;
        } catch (SdkException e) {
            if (retryAfterUnsure && doneAlready.test(e)) {
                unsure = false;
                return null;
            }
            unsure = answerLost(e);
            throw e;
        }
    }

    /** True when AWS may have carried the request out though it did not say so. */
    static boolean answerLost(SdkException e) {
        return !AwsCallRunner.isThrottling(e) && AwsCallRunner.isTransient(e, AwsCallRunner.Retry.TRANSIENT);
    }
}
