package co.pump.icm.sandbox.portal;

import static co.pump.icm.sandbox.portal.SignInWorld.get;
import static co.pump.icm.sandbox.portal.SignInWorld.json;

import java.util.Map;

import co.pump.icm.sandbox.RestResponse;
import org.junit.jupiter.api.Test;

/**
 * Prints how fast the sign-in services answer when called directly (no HTTP): whole device
 * flows, and portal calls for a user in a large instance (1,000 accounts, 200 groups, 20,000
 * assignments). Run with {@code mvn -o -q test -Dtest=SsoSignInBenchmark}.
 */
class SsoSignInBenchmark {
    private static final int ACCOUNTS = 1_000;
    private static final int GROUPS = 200;

    @Test
    void deviceFlows() {
        var fixture = new SignInWorld();
        var signIn = new SsoSignIn(fixture.world);
        var flow = new DeviceFlow(signIn.oidc());
        measure("device flow (start, approve, token)", 2_000, () -> flow.signIn("alice"));
    }

    @Test
    void portalCallsInALargeInstance() {
        var fixture = new SignInWorld();
        for (int g = 0; g < GROUPS; g++) {
            String groupId = "group-" + g;
            fixture.group(groupId, "Group " + g);
            if (g % 10 == 0) {
                fixture.member("bench-m-" + g, groupId, SignInWorld.ALICE);
            }
        }
        for (int a = 0; a < ACCOUNTS; a++) {
            String accountId = String.format("9%011d", a);
            fixture.account(accountId, "Account " + a, "a" + a + "@acme.example");
            for (int g = 0; g < GROUPS / 10; g++) {
                fixture.assign(accountId, g % 2 == 0 ? SignInWorld.PS_READ : SignInWorld.PS_DEV, "GROUP",
                        "group-" + ((a + g * 10) % GROUPS));
            }
        }
        var signIn = new SsoSignIn(fixture.world);
        String token = new DeviceFlow(signIn.oidc()).signIn("alice").get("accessToken").asText();
        PortalService portal = signIn.portal();
        int accounts = json(portal.handle(get("/assignment/accounts", Map.of("max_result", "100"), token)))
                .get("accountList").size();
        System.out.printf("large instance: %d assignments, alice sees %d accounts on the first page%n",
                fixture.instance.assignments.size(), accounts);
        measure("ListAccounts page of 100", 500,
                () -> portal.handle(get("/assignment/accounts", Map.of("max_result", "100"), token)));
        measure("ListAccountRoles", 500, () -> portal.handle(get("/assignment/roles",
                Map.of("account_id", "900000000000"), token)));
        measure("GetRoleCredentials", 500, () -> check(portal.handle(get("/federation/credentials",
                Map.of("account_id", "900000000000", "role_name", "ReadOnly"), token))));
    }

    private static void check(RestResponse response) {
        if (response.status() != 200) {
            throw new AssertionError(SignInWorld.text(response));
        }
    }

    private static void measure(String what, int iterations, Runnable call) {
        for (int i = 0; i < iterations / 4; i++) {
            call.run();
        }
        long start = System.nanoTime();
        for (int i = 0; i < iterations; i++) {
            call.run();
        }
        double micros = (System.nanoTime() - start) / 1_000.0 / iterations;
        System.out.printf("%-40s %10.1f µs per call (%d calls)%n", what, micros, iterations);
    }
}
