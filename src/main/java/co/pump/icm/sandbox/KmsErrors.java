package co.pump.icm.sandbox;

import co.pump.icm.sandbox.state.KmsRefusal;
import co.pump.icm.sandbox.state.SandboxInstance;

/**
 * The errors of an instance whose customer managed KMS key AWS KMS refuses, in each service's
 * own shape (docs/aws-behaviour.md, "Customer managed KMS keys"): the error code and the
 * {@code Reason} value the AWS SDK for Java 2.54 models for that case. The messages are the
 * sandbox's own; AWS does not document them.
 */
public final class KmsErrors {

    private KmsErrors() {
    }

    /**
     * Fails a request that uses the instance's encrypted data when its key is refused.
     *
     * @param service {@code identitystore} or {@code sso-admin}
     */
    public static void requireUsable(SandboxInstance instance, String service) {
        if (instance.kmsKeyArn == null || instance.kmsRefusal == null) {
            return;
        }
        throw error(instance.kmsRefusal, instance.kmsKeyArn, "identitystore".equals(service));
    }

    static AwsError error(KmsRefusal refusal, String key, boolean identityStore) {
        return switch (refusal) {
            case ACCESS_DENIED -> AwsError.accessDenied("AWS KMS denied the use of the KMS key " + key + ".")
                    .with("Reason", identityStore ? "KMS_ACCESS_DENIED" : "KMS_AccessDeniedException");
            case DISABLED -> AwsError.validation("The KMS key " + key + " is disabled.")
                    .with("Reason", identityStore ? "KMS_DISABLED" : "KMS_DisabledException");
            case INVALID_STATE -> AwsError.validation("The KMS key " + key + " is not in a state that allows its use.")
                    .with("Reason", identityStore ? "KMS_INVALID_STATE" : "KMS_InvalidStateException");
            case INVALID_KEY_USAGE -> AwsError.validation("The KMS key " + key + " cannot be used to encrypt and "
                    + "decrypt.").with("Reason", identityStore ? "KMS_INVALID_KEY_USAGE" : "KMS_InvalidKeyUsageException");
            case KEY_NOT_FOUND -> AwsError.notFound("The KMS key " + key + " was not found.")
                    .with("Reason", identityStore ? "KMS_KEY_NOT_FOUND" : "KMS_NotFoundException");
            case THROTTLING -> AwsError.throttling("AWS KMS is throttling requests for the KMS key " + key + ".")
                    .with("Reason", identityStore ? "KMS_THROTTLING" : "KMS_ThrottlingException");
        };
    }
}
