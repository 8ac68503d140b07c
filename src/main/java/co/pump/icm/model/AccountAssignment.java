package co.pump.icm.model;

/**
 * Access for a user or group to an AWS account through a permission set, by natural keys.
 *
 * @param principalName the user name (USER) or group display name (GROUP)
 * @param origin        the principal ID in the source instance
 */
public record AccountAssignment(String accountId, String permissionSetName, PrincipalType principalType,
                                String principalName, Origin origin) {

    /** The natural key of this assignment. */
    public AssignmentKey key() {
        return new AssignmentKey(accountId, permissionSetName, principalType, principalName);
    }

    /** The natural key of an assignment: account, permission set name, principal type and name. */
    public record AssignmentKey(String accountId, String permissionSetName, PrincipalType principalType,
                                String principalName) implements Comparable<AssignmentKey> {
        @Override
        public int compareTo(AssignmentKey o) {
            int c = accountId.compareTo(o.accountId);
            if (c == 0) c = permissionSetName.compareTo(o.permissionSetName);
            if (c == 0) c = principalType.compareTo(o.principalType);
            if (c == 0) c = principalName.compareTo(o.principalName);
            return c;
        }

        @Override
        public String toString() {
            return accountId + " / " + permissionSetName + " / " + principalType + " " + principalName;
        }
    }
}
