package co.pump.icm.verify;

import java.util.List;

/**
 * One (account, role) of an access test: a permission set a user should be able to use in an
 * account, or one they can use unexpectedly.
 *
 * @param accountId   the AWS account
 * @param accountName its name as the portal or the snapshot shows it, or null
 * @param roleName    the role, i.e. the permission set's name
 * @param status      present, missing or unexpected
 * @param via         why the snapshot gives it: {@code direct} and/or {@code group <name>}; empty
 *                    when unexpected
 */
public record AccessCheck(String accountId, String accountName, String roleName, AccessStatus status,
                          List<String> via) {

    public AccessCheck {
        via = List.copyOf(via);
    }
}
