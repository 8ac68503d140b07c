package co.pump.icm.sandbox.data;

/**
 * Generated data sets of any size, for {@code large:USERS}, tests and benchmarks. Sizes are
 * proportional to the number of users unless given exactly; the same seed always gives the same
 * scenario and another seed gives different people, groups and assignments.
 *
 * <p>Every generated scenario has every policy kind (inline, AWS managed, customer managed
 * references with paths, both kinds of permissions boundary), tags, relay states and session
 * durations; one permission set assigned in the management account; most member accounts moved
 * to the target organization and the last one not; no duplicate natural keys and no membership
 * or assignment that points at something missing. Unlike the demo, no customer managed policy is
 * missing, so that a benchmark's import can finish without failures.
 */
public final class LargeData {

    /** The most users {@code large:USERS} accepts. */
    public static final int MAX_USERS = 200_000;
    /** Proportional data sets stop adding permission sets here, an instance's default quota. */
    public static final int MAX_PERMISSION_SETS = 2_000;

    private LargeData() {
    }

    /**
     * How much to generate.
     *
     * @param accounts all source accounts, the management account included
     */
    public record Counts(int users, int groups, int memberships, int permissionSets, int assignments, int accounts) {

        public Counts {
            if (users < 1 || groups < 1 || permissionSets < 1 || accounts < 2 || memberships < 0 || assignments < 1) {
                throw new IllegalArgumentException("Counts need at least 1 user, group, permission set and "
                        + "assignment and 2 accounts, not " + users + ", " + groups + ", " + permissionSets + ", "
                        + assignments + " and " + accounts);
            }
            if (memberships > (long) users * groups) {
                throw new IllegalArgumentException(memberships + " memberships cannot fit " + users + " users in "
                        + groups + " groups");
            }
            // Random assignments are drawn until enough are distinct, so leave plenty of room.
            long room = (long) (accounts - 1) * permissionSets * (users + groups);
            if (assignments - 1 > room / 2) {
                throw new IllegalArgumentException(assignments + " assignments are too many for " + (accounts - 1)
                        + " member accounts, " + permissionSets + " permission sets, " + users + " users and "
                        + groups + " groups");
            }
        }

        /**
         * Sizes in proportion to the number of users: a group per 10 users, 3 memberships per user,
         * a permission set per 50 users (at least 10, at most {@value LargeData#MAX_PERMISSION_SETS}),
         * an assignment per 2 users, and an account per 500 users (at least 6).
         */
        public static Counts forUsers(int users) {
            if (users < 1) {
                throw new IllegalArgumentException("At least one user, not " + users);
            }
            int groups = Math.max(1, users / 10);
            int memberships = (int) Math.min(3L * users, (long) users * groups);
            int permissionSets = Math.min(MAX_PERMISSION_SETS, Math.max(10, users / 50));
            return new Counts(users, groups, memberships, permissionSets, Math.max(1, users / 2),
                    Math.max(6, users / 500));
        }
    }

    /** A data set with {@code users} users and everything else in proportion (see {@link Counts#forUsers}). */
    public static SandboxScenario scenario(int users, long seed) {
        return scenario(Counts.forUsers(users), seed);
    }

    /** A data set of exactly the given sizes. */
    public static SandboxScenario scenario(Counts counts, long seed) {
        return new LargeDataGenerator(counts, seed).scenario();
    }
}
