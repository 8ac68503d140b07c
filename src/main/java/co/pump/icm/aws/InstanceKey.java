package co.pump.icm.aws;

/**
 * The KMS key that encrypts an IAM Identity Center instance's data, and the account that owns the
 * instance (and so the key: AWS requires it in the instance's account).
 *
 * @param kmsKeyArn      the customer managed key's ARN, or null for an AWS owned key
 * @param ownerAccountId the account that owns the instance, or null when unknown
 */
public record InstanceKey(String kmsKeyArn, String ownerAccountId) {

    /** Nothing known yet: KMS errors are explained without naming the key. */
    public static final InstanceKey UNKNOWN = new InstanceKey(null, null);
}
