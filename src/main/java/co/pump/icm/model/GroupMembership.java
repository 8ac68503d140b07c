package co.pump.icm.model;

/** A user's membership of a group, by group display name and user name. */
public record GroupMembership(String groupName, String userName, Origin origin) {

    /** The natural key: group name and user name. */
    public MembershipKey key() {
        return new MembershipKey(groupName, userName);
    }

    /** The natural key of a membership. */
    public record MembershipKey(String groupName, String userName) implements Comparable<MembershipKey> {
        @Override
        public int compareTo(MembershipKey o) {
            int c = groupName.compareTo(o.groupName);
            return c != 0 ? c : userName.compareTo(o.userName);
        }

        @Override
        public String toString() {
            return groupName + " ∋ " + userName;
        }
    }
}
