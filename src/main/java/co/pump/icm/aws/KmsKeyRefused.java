package co.pump.icm.aws;

import software.amazon.awssdk.core.exception.SdkException;

/**
 * AWS refused a request because AWS KMS refused the instance's customer managed key: the error
 * carried a {@code KMS_*} reason. Its message is a sentence naming the key, who can fix it (the
 * account that owns the instance) and how. It stays an {@link SdkException} so that code handling
 * AWS errors keeps handling it, but it is never mistaken for the error it came from (a KMS "not
 * found" is not a missing user).
 */
public final class KmsKeyRefused extends SdkException {

    private final String reason;

    KmsKeyRefused(String sentence, String reason, SdkException cause) {
        super(SdkException.builder().message(sentence).cause(cause));
        this.reason = reason;
    }

    /** The KMS reason AWS gave, e.g. {@code KMS_DisabledException}. */
    public String reason() {
        return reason;
    }
}
