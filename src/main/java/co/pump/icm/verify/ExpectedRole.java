package co.pump.icm.verify;

import java.util.List;

/**
 * A role a user should see in the access portal after the import: a permission set in an account
 * of the new organization.
 *
 * @param accountId   the target account (after the account map)
 * @param accountName its name in the snapshot, or null
 * @param roleName    the permission set's name
 * @param via         why: {@code direct} and/or {@code group <name>}, in that order
 */
public record ExpectedRole(String accountId, String accountName, String roleName, List<String> via) {

    public ExpectedRole {
        via = List.copyOf(via);
    }
}
