package co.pump.icm.plan;

import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.GroupMembership;

/** The stable IDs of changes: category and natural key. */
public final class ChangeIds {

    private ChangeIds() {
    }

    public static String user(String userName) {
        return "user:" + userName;
    }

    public static String group(String displayName) {
        return "group:" + displayName;
    }

    public static String membership(GroupMembership.MembershipKey key) {
        return "membership:" + key.groupName() + "/" + key.userName();
    }

    public static String permissionSet(String name) {
        return "permission-set:" + name;
    }

    public static String assignment(AccountAssignment.AssignmentKey key) {
        return "assignment:" + key.accountId() + "/" + key.permissionSetName() + "/" + key.principalType() + "/"
                + key.principalName();
    }
}
