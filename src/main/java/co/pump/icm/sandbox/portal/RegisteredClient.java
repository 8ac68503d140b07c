package co.pump.icm.sandbox.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * A client registered through RegisterClient (e.g. the migrator itself).
 *
 * @param issuedAt        epoch seconds
 * @param secretExpiresAt epoch seconds after which the secret is refused
 */
record RegisteredClient(String clientId, String clientSecret, String clientName, long issuedAt,
                        long secretExpiresAt) {

    /** True when {@code secret} is this client's secret; compares in constant time. */
    boolean hasSecret(String secret) {
        return secret != null && MessageDigest.isEqual(
                clientSecret.getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8));
    }

    /** Leaves the secret out, so that a client never reaches a log by accident. */
    @Override
    public String toString() {
        return "RegisteredClient[clientId=" + clientId + ", clientName=" + clientName + "]";
    }
}
