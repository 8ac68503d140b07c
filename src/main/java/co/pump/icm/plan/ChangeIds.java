package co.pump.icm.plan;

import co.pump.icm.kind.Kinds;
import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.Group;
import co.pump.icm.model.GroupMembership;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.User;

/**
 * The stable IDs of changes, from a natural key alone: shorthands for the kinds' own
 * {@code changeId}, for code that holds a key rather than an item.
 */
public final class ChangeIds {

    private ChangeIds() {
    }

    public static String user(String userName) {
        return Kinds.USERS.changeId(new User(userName, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null));
    }

    public static String group(String displayName) {
        return Kinds.GROUPS.changeId(new Group(displayName, null, null, null));
    }

    public static String membership(GroupMembership.MembershipKey key) {
        return Kinds.MEMBERSHIPS.changeId(new GroupMembership(key.groupName(), key.userName(), null));
    }

    public static String permissionSet(String name) {
        return Kinds.PERMISSION_SETS.changeId(new PermissionSet(name, null, null, null, null, null, null, null, null,
                null));
    }

    public static String assignment(AccountAssignment.AssignmentKey key) {
        return Kinds.ASSIGNMENTS.changeId(new AccountAssignment(key.accountId(), key.permissionSetName(),
                key.principalType(), key.principalName(), null));
    }
}
