package co.pump.icm.sandbox.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Map;

import co.pump.icm.sandbox.state.SandboxCredential;
import co.pump.icm.sandbox.state.SandboxWorld;

/**
 * Issues GetRoleCredentials' temporary keys and registers them in the world, so that requests
 * signed with them act as {@code arn:aws:sts::<account>:assumed-role/AWSReservedSSO_<set>_<hex>/<user>}
 * in the other sandbox services. Callers hold the world's monitor.
 */
final class FederatedCredentials {
    /** What AWS uses when a permission set has no session duration. */
    private static final Duration DEFAULT_SESSION = Duration.ofHours(1);

    /** Temporary keys and when they stop being valid (epoch milliseconds). */
    record Issued(SandboxCredential credential, long expiration) {

        /** Leaves the secret and the session token out. */
        @Override
        public String toString() {
            return "Issued[accessKeyId=" + credential.accessKeyId() + ", arn=" + credential.arn() + "]";
        }
    }

    private final SandboxWorld world;
    private final OpaqueCodes codes;

    FederatedCredentials(SandboxWorld world, OpaqueCodes codes) {
        this.world = world;
        this.codes = codes;
    }

    Issued issue(Entitlement entitlement, String userName) {
        String arn = "arn:aws:sts::" + entitlement.accountId() + ":assumed-role/" + roleName(entitlement) + "/"
                + userName;
        var credential = new SandboxCredential(codes.temporaryAccessKeyId(), codes.secretAccessKey(),
                codes.sessionToken(), entitlement.accountId(), arn);
        world.credentials.put(credential.accessKeyId(), credential);
        return new Issued(credential, world.now() + sessionDuration(entitlement).toMillis());
    }

    /**
     * The IAM role provisioning created for the permission set in the account, or the name AWS
     * would give it: {@code AWSReservedSSO_<permission set name>_<16 hex digits>}. The digits are
     * derived from the account and permission set, so the name is the same at every sign-in.
     */
    static String roleName(Entitlement entitlement) {
        for (Map.Entry<String, String> role : entitlement.account().provisionedRoles.entrySet()) {
            if (role.getValue().equals(entitlement.permissionSetArn())) {
                return role.getKey();
            }
        }
        return "AWSReservedSSO_" + entitlement.roleName() + "_"
                + stableHex(entitlement.accountId() + "|" + entitlement.permissionSetArn());
    }

    private static Duration sessionDuration(Entitlement entitlement) {
        String iso = entitlement.permissionSet().sessionDuration();
        if (iso == null || iso.isBlank()) {
            return DEFAULT_SESSION;
        }
        try {
            return Duration.parse(iso);
        } catch (DateTimeParseException e) {
            return DEFAULT_SESSION;
        }
    }

    private static String stableHex(String seed) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
