package co.pump.icm.aws.signin;

/**
 * How an IAM Identity Center instance's data is encrypted ({@code DescribeInstance}
 * {@code EncryptionConfigurationDetails}).
 *
 * @param keyType   {@code AWS_OWNED_KMS_KEY} or {@code CUSTOMER_MANAGED_KEY}
 * @param kmsKeyArn the customer managed key, or null for an AWS owned key
 */
public record InstanceEncryption(String keyType, String kmsKeyArn) {

    /** True when the customer chose (and so manages) the KMS key. */
    public boolean customerManaged() {
        return "CUSTOMER_MANAGED_KEY".equals(keyType);
    }
}
