package co.pump.icm.aws;

/**
 * How fast a run may call AWS.
 *
 * @param identityStoreRate requests per second to start at for each Identity Store operation
 *                          (AWS: 20 per operation)
 * @param ssoAdminRate      requests per second to start at for the IAM Identity Center admin API,
 *                          all its operations together (AWS: 20)
 * @param probeFactor       how far above the starting rate probing may go (1 = never above it)
 * @param concurrency       requests in flight at most, so that the rate is actually reached when
 *                          each request takes a while
 * @param maxAttempts       attempts per request before a transient error fails it
 */
public record RateSettings(double identityStoreRate, double ssoAdminRate, double probeFactor, int concurrency,
                           int maxAttempts) {

    /** AWS's documented limits: 20 requests per second per Identity Store operation, 20 for the admin API. */
    public static final RateSettings AWS_DEFAULTS = new RateSettings(20, 20, 2.0, 16, 10);

    public RateSettings {
        if (identityStoreRate <= 0 || ssoAdminRate <= 0) {
            throw new IllegalArgumentException("Request rates must be positive.");
        }
        if (probeFactor < 1 || concurrency < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("probeFactor, concurrency and maxAttempts must be at least 1.");
        }
    }

    /** The same settings with one rate for each Identity Store operation and for the admin API. */
    public RateSettings withRate(double rate) {
        return new RateSettings(rate, rate, probeFactor, concurrency, maxAttempts);
    }

    public RateSettings withConcurrency(int value) {
        return new RateSettings(identityStoreRate, ssoAdminRate, probeFactor, value, maxAttempts);
    }

    double initialRate(ApiFamily family) {
        return switch (family) {
            case IDENTITY_STORE -> identityStoreRate;
            case SSO_ADMIN -> ssoAdminRate;
            // Organizations, STS and the sign-in are called a handful of times per run.
            case ORGANIZATIONS, STS, SSO_OIDC, SSO_PORTAL -> 10;
        };
    }
}
