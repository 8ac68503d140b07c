package co.pump.icm.sandbox.state;

import java.util.Random;
import java.util.UUID;

/**
 * Issues AWS-shaped IDs from a seeded random source, so that two sandboxes started with the same
 * data and seed hold identical IDs. Not thread-safe: used inside {@code synchronized (world)}.
 */
public final class SandboxIds {
    private final Random random;

    public SandboxIds(long seed) {
        this.random = new Random(seed);
    }

    /** {@code d-} and 10 hex digits. */
    public String identityStoreId() {
        return "d-" + hex(10);
    }

    /** {@code arn:aws:sso:::instance/ssoins-} and 16 hex digits. */
    public String instanceArn() {
        return "arn:aws:sso:::instance/ssoins-" + hex(16);
    }

    /** A permission set ARN under the given instance ARN. */
    public String permissionSetArn(String instanceArn) {
        String instanceId = instanceArn.substring(instanceArn.lastIndexOf('/') + 1);
        return "arn:aws:sso:::permissionSet/" + instanceId + "/ps-" + hex(16);
    }

    /** A user, group or membership ID in the store: the store ID without {@code d-}, a dash, a UUID. */
    public String resourceId(String identityStoreId) {
        return identityStoreId.substring(2) + "-" + uuid();
    }

    /** A lowercase version-4 UUID, as AWS uses for request IDs. */
    public String uuid() {
        long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }

    /** Twelve digits, not starting with 0. */
    public String accountId() {
        return (1 + random.nextInt(9)) + digits(11);
    }

    /** {@code o-} and 10 lowercase letters or digits. */
    public String organizationId() {
        return "o-" + alnum(10);
    }

    /** An access key ID of the {@code AKIA} kind. */
    public String accessKeyId() {
        return "AKIA" + upperAlnum(16);
    }

    /** A 40-character secret, for sandbox keys only. */
    public String secret() {
        return alnum(40);
    }

    public String hex(int length) {
        return pick("0123456789abcdef", length);
    }

    public String digits(int length) {
        return pick("0123456789", length);
    }

    public String alnum(int length) {
        return pick("abcdefghijklmnopqrstuvwxyz0123456789", length);
    }

    public String upperAlnum(int length) {
        return pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", length);
    }

    public Random random() {
        return random;
    }

    private String pick(String alphabet, int length) {
        var sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
