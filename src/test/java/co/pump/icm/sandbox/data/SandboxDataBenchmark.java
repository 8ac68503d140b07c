package co.pump.icm.sandbox.data;

import co.pump.icm.sandbox.state.SandboxInstance;
import co.pump.icm.sandbox.state.SandboxWorld;

/**
 * How long generating and seeding the largest data set takes: 100,000 users, 10,000 groups,
 * 300,000 memberships, 2,000 permission sets and 50,000 assignments over 200 accounts. Prints
 * numbers; asserts nothing. Run it from the IDE, or after {@code mvn -o -q test-compile
 * dependency:build-classpath -Dmdep.outputFile=target/cp.txt} with
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) co.pump.icm.sandbox.data.SandboxDataBenchmark [rounds]}.
 */
public final class SandboxDataBenchmark {

    private SandboxDataBenchmark() {
    }

    public static void main(String[] args) {
        var counts = new LargeData.Counts(100_000, 10_000, 300_000, 2_000, 50_000, 200);
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        for (int round = 1; round <= rounds; round++) {
            long start = System.nanoTime();
            SandboxScenario scenario = LargeData.scenario(counts, round);
            long generated = System.nanoTime();
            var world = new SandboxWorld(round);
            SeededWorld seeded = SandboxSeeder.seed(world, scenario);
            long seededAt = System.nanoTime();
            SandboxInstance source = world.instances.get(seeded.sourceInstanceArn());
            System.out.printf("round %d: generate %d ms, seed %d ms, total %d ms (%d users, %d groups, %d memberships,"
                            + " %d permission sets, %d assignments, %d provisioned roles)%n",
                    round, (generated - start) / 1_000_000, (seededAt - generated) / 1_000_000,
                    (seededAt - start) / 1_000_000, source.users.size(), source.groups.size(),
                    source.memberships.size(), source.permissionSets.size(), source.assignments.size(),
                    world.accounts.values().stream().mapToInt(a -> a.provisionedRoles.size()).sum());
        }
        Runtime rt = Runtime.getRuntime();
        System.out.printf("heap used after the last round: %d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
    }
}
