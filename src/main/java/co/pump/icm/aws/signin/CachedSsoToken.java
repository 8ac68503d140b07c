package co.pump.icm.aws.signin;

import java.time.Instant;

/**
 * A profile's cached IAM Identity Center sign-in: whether it is usable and until when. The token
 * itself is only visible inside this package, and {@link #toString()} leaves it out.
 */
public final class CachedSsoToken {

    /** Whether the cached sign-in can be used. */
    public enum Status {
        /** Present and not expired. */
        VALID,
        /** Present but expired (or expiring within a minute). */
        EXPIRED,
        /** No sign-in was cached for the session. */
        MISSING,
        /** The cache file is not a token the CLI wrote. */
        UNREADABLE
    }

    private final Status status;
    private final Instant expiresAt;
    private final String accessToken;

    private CachedSsoToken(Status status, Instant expiresAt, String accessToken) {
        this.status = status;
        this.expiresAt = expiresAt;
        this.accessToken = accessToken;
    }

    static CachedSsoToken of(Status status, Instant expiresAt, String accessToken) {
        return new CachedSsoToken(status, expiresAt, accessToken);
    }

    public Status status() {
        return status;
    }

    /** When it expires (or expired), or null when unknown. */
    public Instant expiresAt() {
        return expiresAt;
    }

    String accessToken() {
        return accessToken;
    }

    @Override
    public String toString() {
        return "CachedSsoToken[" + status + (expiresAt == null ? "" : ", expires " + expiresAt) + "]";
    }
}
