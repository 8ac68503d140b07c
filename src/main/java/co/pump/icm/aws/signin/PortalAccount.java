package co.pump.icm.aws.signin;

/**
 * An AWS account the signed-in user may use, as the access portal lists it.
 *
 * @param emailAddress the account's root e-mail address, or null
 */
public record PortalAccount(String accountId, String accountName, String emailAddress) {
}
