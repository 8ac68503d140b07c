package co.pump.icm.aws.signin;

/**
 * A role the signed-in user may take in an account: a permission set assigned to them (directly
 * or through a group), named as the access portal names it.
 *
 * @param accountName the account's name, or null when listed without it
 */
public record PortalRole(String accountId, String accountName, String roleName) {
}
