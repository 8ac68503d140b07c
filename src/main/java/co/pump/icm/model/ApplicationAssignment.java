package co.pump.icm.model;

/**
 * A user or group assigned to an application, by natural keys.
 *
 * @param principalName the user name (USER) or group display name (GROUP)
 * @param origin        the principal ID in the source instance
 */
public record ApplicationAssignment(String applicationName, PrincipalType principalType, String principalName,
                                    Origin origin) {

    /** The natural key of this assignment. */
    public Key key() {
        return new Key(applicationName, principalType, principalName);
    }

    /** The natural key of an application assignment: application name, principal type and name. */
    public record Key(String applicationName, PrincipalType principalType, String principalName)
            implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = applicationName.compareTo(o.applicationName);
            if (c == 0) c = principalType.compareTo(o.principalType);
            if (c == 0) c = principalName.compareTo(o.principalName);
            return c;
        }

        @Override
        public String toString() {
            return applicationName + " / " + principalType + " " + principalName;
        }
    }
}
