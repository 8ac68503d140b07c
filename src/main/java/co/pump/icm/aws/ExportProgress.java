package co.pump.icm.aws;

/**
 * Where an export stands, for a progress line or progress bars.
 *
 * @param phase              what the export is doing
 * @param users              users read so far
 * @param groups             groups read so far
 * @param memberships        memberships read so far
 * @param groupsWithMembers  groups whose memberships have been read (of {@code groups})
 * @param permissionSets     permission sets read completely so far
 * @param permissionSetsTotal permission sets found (0 until they are listed)
 * @param assignments        account assignments read so far
 * @param calls              AWS requests sent so far
 * @param throttled          throttling answers so far (handled by slowing down)
 * @param retried            retries after other transient errors
 */
public record ExportProgress(Phase phase, int users, int groups, int memberships, int groupsWithMembers,
                             int permissionSets, int permissionSetsTotal, int assignments,
                             long calls, long throttled, long retried) {

    /** The steps of an export. */
    public enum Phase {
        /** Checking who is signed in and finding the instance. */
        CONNECTING,
        /** Reading users, groups, permission sets and assignments. */
        READING,
        /** Everything has been read. */
        DONE
    }
}
