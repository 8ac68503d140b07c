package co.pump.icm.sandbox.ssoadmin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import co.pump.icm.model.Origin;
import co.pump.icm.model.User;

/**
 * Prints how fast the sso-admin sandbox answers direct calls (no HTTP) at the scale of a large
 * customer: 500 permission sets, 10,000 assignments over 2,000 users and 4 accounts. Run its main
 * method from the IDE, or with {@code java} on the test classpath after {@code mvn -o test-compile};
 * it is excluded from the normal test run.
 */
public final class SsoAdminServiceBenchmark {

    public static void main(String[] args) {
        SsoAdminFixture fx = new SsoAdminFixture(Duration.ZERO);
        List<String> users = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            String id = fx.world.ids().resourceId(fx.instance.identityStoreId);
            fx.instance.users.put(id, new User("user" + i, null, null, null, null, List.of(), List.of(), List.of(), null,
                    null, null, null, null, null, List.of(), null, null, List.of(), Origin.of(id)));
            users.add(id);
        }
        String[] accounts = {SsoAdminFixture.MANAGEMENT, SsoAdminFixture.DELEGATED, SsoAdminFixture.MEMBER_1,
                SsoAdminFixture.MEMBER_2};

        long start = System.nanoTime();
        List<String> sets = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            sets.add(fx.createPermissionSet("Set" + i));
        }
        report("CreatePermissionSet", 500, start);

        start = System.nanoTime();
        int assignments = 10_000;
        for (int i = 0; i < assignments; i++) {
            int round = i / users.size(); // each user gets five distinct (account, permission set) pairs
            fx.assign(fx.management, accounts[round % accounts.length], sets.get((i + round * 7) % sets.size()),
                    users.get(i % users.size()));
        }
        fx.call("ListInstances", fx.management); // settles the last request
        report("CreateAccountAssignment (settled)", assignments, start);

        start = System.nanoTime();
        int pages = 0;
        String token = null;
        do {
            var page = token == null
                    ? fx.call("ListPermissionSets", fx.management, "InstanceArn", fx.instance.arn, "MaxResults", 100)
                    : fx.call("ListPermissionSets", fx.management, "InstanceArn", fx.instance.arn, "MaxResults", 100,
                            "NextToken", token);
            token = page.has("NextToken") ? page.path("NextToken").asText() : null;
            pages++;
        } while (token != null);
        report("ListPermissionSets page", pages, start);

        start = System.nanoTime();
        int calls = 0;
        for (String set : sets) {
            for (String account : accounts) {
                fx.call("ListAccountAssignments", fx.management, "InstanceArn", fx.instance.arn, "AccountId", account,
                        "PermissionSetArn", set, "MaxResults", 100);
                calls++;
            }
        }
        report("ListAccountAssignments", calls, start);
        System.out.printf("assignments held: %d%n", fx.instance.assignments.size());
    }

    private static void report(String what, int count, long startNanos) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        System.out.printf("%-36s %7d calls in %6.3f s = %9.0f calls/s%n", what, count, seconds, count / seconds);
    }
}
