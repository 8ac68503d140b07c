package co.pump.icm.model;

/**
 * Where a configuration was read from.
 *
 * @param accountId           the account the reader was signed in to
 * @param organizationId      its organization, e.g. {@code o-abc123defg}, or null if unknown
 * @param managementAccountId the organization's management account, or null if unknown
 * @param region              the region of the Identity Center instance
 * @param instanceArn         the instance ARN
 * @param identityStoreId     the identity store ID, e.g. {@code d-1234567890}
 * @param instanceName        the instance's name, or null
 * @param callerArn           who read it (an IAM ARN; never a secret), or null
 */
public record SourceInfo(String accountId, String organizationId, String managementAccountId, String region,
                         String instanceArn, String identityStoreId, String instanceName, String callerArn) {
}
