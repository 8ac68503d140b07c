package co.pump.icm.sandbox;

/**
 * Who made a request: the account the signing access key belongs to, and the IAM ARN the
 * sandbox reports for it in GetCallerIdentity and in AccessDenied messages.
 *
 * @param region the region of the request's SigV4 credential scope, or null when unknown
 */
public record Caller(String accountId, String arn, String accessKeyId, String region) {

    /** A caller whose request region is unknown. */
    public Caller(String accountId, String arn, String accessKeyId) {
        this(accountId, arn, accessKeyId, null);
    }
}
