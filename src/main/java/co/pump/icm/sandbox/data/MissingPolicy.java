package co.pump.icm.sandbox.data;

/**
 * A customer managed IAM policy a scenario deliberately leaves out of one moved account, so that
 * provisioning the permission set that references it to that account FAILS, as it would on AWS.
 *
 * @param accountId         the account that lacks the policy
 * @param policy            the policy's path and name, e.g. {@code /data/DataLakeAccess}
 * @param permissionSetName the permission set whose provisioning to that account fails
 */
public record MissingPolicy(String accountId, String policy, String permissionSetName) {
}
