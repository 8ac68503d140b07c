package co.pump.icm.sandbox;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The sandbox's throttling, shaped as AWS's quotas (docs/aws-behaviour.md, "Limits"): Identity
 * Store allows its rate to each operation separately, the IAM Identity Center admin API
 * ({@code sso-admin}) to all its operations together, and every other API family has one bucket
 * of its own. Each bucket holds one second's worth of requests.
 */
final class Throttle {

    /** The API family whose limit applies to each operation on its own. */
    private static final String PER_OPERATION_FAMILY = "identitystore";

    private final double rate;
    private final LongSupplier nanoClock;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    /** @param rate requests per second per bucket; 0 means no throttling */
    Throttle(double rate, LongSupplier nanoClock) {
        this.rate = rate;
        this.nanoClock = nanoClock;
    }

    /** True when a request of this family and operation may go ahead now (it then uses up a token). */
    boolean allows(String family, String operation) {
        if (rate <= 0) {
            return true;
        }
        return buckets.computeIfAbsent(bucket(family, operation), k -> new TokenBucket(rate, nanoClock)).tryTake();
    }

    /** The bucket a request draws from: its operation's for Identity Store, its family's otherwise. */
    static String bucket(String family, String operation) {
        return PER_OPERATION_FAMILY.equals(family) && operation != null ? family + ":" + operation : family;
    }
}
