package co.pump.icm.aws.signin;

import java.net.URI;
import java.util.Arrays;
import java.util.regex.Pattern;

import co.pump.icm.aws.AwsTarget;
import co.pump.icm.model.MigratorException;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

/**
 * Access keys typed in by the user, kept in memory only: the secret and the session token as
 * char arrays (copies of what was typed; the caller clears its own), never in {@code toString()},
 * a message, a log or a file. {@link #clear()} overwrites them; the wizard calls it when the
 * user goes back or the app closes.
 *
 * <p>The AWS SDK signs with {@code String}s, so one credentials object is made on first use and
 * dropped again by {@link #clear()}.
 */
public final class AccessKeys implements AutoCloseable {

    private static final Pattern KEY_ID = Pattern.compile("[A-Z0-9]{16,128}");

    private final String accessKeyId;
    private final char[] secretAccessKey;
    private final char[] sessionToken;
    private AwsCredentials credentials;
    private boolean cleared;

    private AccessKeys(String accessKeyId, char[] secretAccessKey, char[] sessionToken) {
        this.accessKeyId = accessKeyId;
        this.secretAccessKey = secretAccessKey;
        this.sessionToken = sessionToken;
    }

    /**
     * Checks and copies typed-in keys. Surrounding spaces and line breaks (common when pasting)
     * are dropped.
     *
     * @param sessionToken the session token of temporary keys, or null / empty
     * @throws MigratorException (bad input) with a sentence that never repeats what was typed
     */
    public static AccessKeys of(String accessKeyId, char[] secretAccessKey, char[] sessionToken) {
        String id = accessKeyId == null ? "" : accessKeyId.strip();
        char[] secret = trimmed(secretAccessKey);
        char[] token = trimmed(sessionToken);
        try {
            if (id.isEmpty()) {
                throw MigratorException.badInput("Enter the access key ID.");
            }
            // The ID is not a secret, but it is not echoed: people paste the secret into the wrong field.
            if (!KEY_ID.matcher(id).matches()) {
                throw MigratorException.badInput("The access key ID is 16 to 128 capital letters and digits, "
                        + "such as AKIAIOSFODNN7EXAMPLE. Check what was pasted into the access key ID field.");
            }
            if (secret.length == 0) {
                throw MigratorException.badInput("Enter the secret access key.");
            }
            if (containsWhitespace(secret)) {
                throw MigratorException.badInput("The secret access key contains a space or a line break. "
                        + "Paste it again, without them.");
            }
            if (token.length > 0 && containsWhitespace(token)) {
                throw MigratorException.badInput("The session token contains a space or a line break. "
                        + "Paste it again, without them.");
            }
            if (id.startsWith("ASIA") && token.length == 0) {
                throw MigratorException.badInput("An access key ID that starts with ASIA is temporary and needs "
                        + "its session token. Paste the session token too.");
            }
        } catch (MigratorException e) {
            Arrays.fill(secret, '\0');
            Arrays.fill(token, '\0');
            throw e;
        }
        return new AccessKeys(id, secret, token.length == 0 ? null : token);
    }

    /** The access key ID (not a secret; shown shortened by {@link #toString()}). */
    public String accessKeyId() {
        return accessKeyId;
    }

    public boolean hasSessionToken() {
        return sessionToken != null;
    }

    public synchronized boolean isCleared() {
        return cleared;
    }

    /**
     * A provider of these keys for the AWS SDK.
     *
     * @throws MigratorException (AWS access), when asked for credentials after {@link #clear()}
     */
    public AwsCredentialsProvider credentialsProvider() {
        return new AwsCredentialsProvider() {
            @Override
            public AwsCredentials resolveCredentials() {
                return credentials();
            }

            @Override
            public String toString() {
                return AccessKeys.this.toString();
            }
        };
    }

    /** A target signed with these keys. */
    public AwsTarget target(String region, URI endpoint) {
        return AwsTarget.withCredentials(credentialsProvider(), region, endpoint);
    }

    /** Overwrites the secret and the session token and forgets the SDK's copy. Idempotent. */
    public synchronized void clear() {
        Arrays.fill(secretAccessKey, '\0');
        if (sessionToken != null) {
            Arrays.fill(sessionToken, '\0');
        }
        credentials = null;
        cleared = true;
    }

    @Override
    public void close() {
        clear();
    }

    /** The key ID's first and last four characters, and whether there is a session token. Never the secret. */
    @Override
    public String toString() {
        String shortId = accessKeyId.substring(0, 4) + "…" + accessKeyId.substring(accessKeyId.length() - 4);
        return "AccessKeys[" + shortId + (sessionToken != null ? ", temporary" : "") + (cleared ? ", cleared" : "") + "]";
    }

    private synchronized AwsCredentials credentials() {
        if (cleared) {
            throw new MigratorException(MigratorException.Kind.AWS_ACCESS,
                    "The access keys were cleared from memory. Type them in again.");
        }
        if (credentials == null) {
            credentials = sessionToken == null
                    ? AwsBasicCredentials.create(accessKeyId, new String(secretAccessKey))
                    : AwsSessionCredentials.create(accessKeyId, new String(secretAccessKey), new String(sessionToken));
        }
        return credentials;
    }

    private static char[] trimmed(char[] value) {
        if (value == null) {
            return new char[0];
        }
        int start = 0;
        int end = value.length;
        while (start < end && Character.isWhitespace(value[start])) {
            start++;
        }
        while (end > start && Character.isWhitespace(value[end - 1])) {
            end--;
        }
        return Arrays.copyOfRange(value, start, end);
    }

    private static boolean containsWhitespace(char[] value) {
        for (char c : value) {
            if (Character.isWhitespace(c)) {
                return true;
            }
        }
        return false;
    }
}
