package co.pump.icm.sandbox.portal;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Issues the unguessable values of the sign-in flow: client IDs and secrets, device and user
 * codes, tokens and temporary keys. They come from a {@link SecureRandom} rather than the world's
 * seeded IDs so that signing in does not shift the IDs other services issue, and so that nothing
 * a test can predict ever authorizes anything.
 */
final class OpaqueCodes {
    private static final String USER_CODE_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String KEY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final String SECRET_ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private final SecureRandom random = new SecureRandom();

    String clientId() {
        return base64(16);
    }

    String clientSecret() {
        return base64(96);
    }

    String deviceCode() {
        return base64(64);
    }

    /** Eight letters in two groups, as AWS shows them: {@code PMPJ-VZCJ}. */
    String userCode() {
        return pick(USER_CODE_LETTERS, 4) + "-" + pick(USER_CODE_LETTERS, 4);
    }

    /** Access tokens start with {@code aoa}, as AWS's do. */
    String accessToken() {
        return "aoa" + base64(96);
    }

    /** Refresh tokens start with {@code aor}, as AWS's do. */
    String refreshToken() {
        return "aor" + base64(96);
    }

    /** A temporary key ID: the {@code ASIA} kind that comes with a session token. */
    String temporaryAccessKeyId() {
        return "ASIA" + pick(KEY_ALPHABET, 16);
    }

    String secretAccessKey() {
        return pick(SECRET_ALPHABET, 40);
    }

    String sessionToken() {
        return base64(180);
    }

    private String base64(int bytes) {
        byte[] buffer = new byte[bytes];
        random.nextBytes(buffer);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
    }

    private String pick(String alphabet, int length) {
        var sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
