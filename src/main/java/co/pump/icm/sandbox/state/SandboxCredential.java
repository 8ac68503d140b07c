package co.pump.icm.sandbox.state;

/**
 * An access key the sandbox accepts. Requests signed with it act as {@code accountId}, with the
 * IAM identity {@code arn}. The secret is only a test value of the sandbox, never a real one.
 *
 * @param sessionToken null for long-term keys
 */
public record SandboxCredential(String accessKeyId, String secretAccessKey, String sessionToken,
                                String accountId, String arn) {
}
