package co.pump.icm.sandbox.data;

import java.util.List;

import co.pump.icm.sandbox.state.SandboxCredential;

/**
 * What a client needs to use a seeded sandbox: access keys for the accounts that matter, the
 * regions, and the two instances. The secrets are sandbox test values, never real ones.
 *
 * @param source           an administrator in the source organization's management account
 * @param target           an administrator in the target organization's delegated administrator account
 * @param targetManagement an administrator in the target organization's management account
 * @param member           a member account of the target organization that administers no instance
 */
public record SeededWorld(SandboxCredential source,
                          SandboxCredential target,
                          SandboxCredential targetManagement,
                          SandboxCredential member,
                          String sourceRegion,
                          String targetRegion,
                          String sourceInstanceArn,
                          String sourceIdentityStoreId,
                          String targetInstanceArn,
                          String targetIdentityStoreId) {

    /** Names the access keys and identities, never the secrets, so that the world can be logged. */
    @Override
    public String toString() {
        var sb = new StringBuilder("SeededWorld[");
        for (SandboxCredential c : credentials()) {
            sb.append(c.accessKeyId()).append(" = ").append(c.arn()).append(", ");
        }
        return sb.append(sourceRegion).append(' ').append(sourceInstanceArn).append(' ').append(sourceIdentityStoreId)
                .append(", ").append(targetRegion).append(' ').append(targetInstanceArn).append(' ')
                .append(targetIdentityStoreId).append(']').toString();
    }

    /** The four credentials, in the order of the record. */
    public List<SandboxCredential> credentials() {
        return List.of(source, target, targetManagement, member);
    }
}
