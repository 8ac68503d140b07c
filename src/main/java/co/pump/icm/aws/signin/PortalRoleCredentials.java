package co.pump.icm.aws.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import co.pump.icm.aws.AwsTarget;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.sso.model.RoleCredentials;

/**
 * Temporary credentials of a role taken through the access portal, renewed from the
 * {@link PortalSession} five minutes before they expire (a long import outlives one set).
 * Kept in memory only; {@link #toString()} names the account and role, never a key.
 */
public final class PortalRoleCredentials implements AwsCredentialsProvider {

    private static final Duration RENEW_BEFORE = Duration.ofMinutes(5);

    private final PortalSession session;
    private final String accountId;
    private final String roleName;
    private final Clock clock;
    private AwsSessionCredentials current;

    PortalRoleCredentials(PortalSession session, String accountId, String roleName, Clock clock) {
        this.session = session;
        this.accountId = accountId;
        this.roleName = roleName;
        this.clock = clock;
        renew();
    }

    @Override
    public synchronized AwsCredentials resolveCredentials() {
        Instant expiry = current.expirationTime().orElse(Instant.MAX);
        if (!clock.instant().plus(RENEW_BEFORE).isBefore(expiry)) {
            renew();
        }
        return current;
    }

    /** When the current credentials expire (they are renewed before, while the session lasts). */
    public synchronized Instant expiration() {
        return current.expirationTime().orElse(null);
    }

    public String accountId() {
        return accountId;
    }

    public String roleName() {
        return roleName;
    }

    /** A target signed with these credentials, at the portal's endpoint override (the sandbox) if any. */
    public AwsTarget target(String region) {
        return AwsTarget.withCredentials(this, region, session.location().endpoint());
    }

    @Override
    public String toString() {
        return "PortalRoleCredentials[" + roleName + " in " + accountId + "]";
    }

    private void renew() {
        RoleCredentials fetched = session.fetch(accountId, roleName);
        current = AwsSessionCredentials.builder()
                .accessKeyId(fetched.accessKeyId())
                .secretAccessKey(fetched.secretAccessKey())
                .sessionToken(fetched.sessionToken())
                .expirationTime(Instant.ofEpochMilli(fetched.expiration()))
                .build();
    }
}
