package co.pump.icm.verify;

/**
 * A role a signed-in user really sees in the access portal ({@code ListAccounts} and
 * {@code ListAccountRoles}).
 *
 * @param accountName the account's name as the portal shows it, or null
 */
public record VisibleRole(String accountId, String accountName, String roleName) {
}
