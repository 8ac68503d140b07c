package co.pump.icm.sandbox;

/**
 * Who made a request: the account the signing access key belongs to, and the IAM ARN the
 * sandbox reports for it in GetCallerIdentity and in AccessDenied messages.
 */
public record Caller(String accountId, String arn, String accessKeyId) {
}
