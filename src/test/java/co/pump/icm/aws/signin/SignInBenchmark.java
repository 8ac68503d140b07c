package co.pump.icm.aws.signin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import co.pump.icm.sandbox.data.DemoData;

/**
 * How long the sign-in checks take against the sandbox (no network latency, so these are the
 * client's own costs: building clients, threads, parsing): who-am-I with the region known, and
 * with the instance searched for across every IAM Identity Center region; a profile sign-in; a
 * device sign-in with its polls played on the sandbox's clock. Prints the median of several runs.
 * Run with {@code bench/run SignInBenchmark [runs=7]}.
 */
public final class SignInBenchmark {

    private SignInBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        try (var sandbox = new SignInSandbox()) {
            var whoAmI = new WhoAmI();
            measure("who-am-I, region known (4 checks)", runs,
                    () -> whoAmI.check(sandbox.target(sandbox.seeded.source(), DemoData.SOURCE_REGION)));
            measure("who-am-I, searching " + IdentityCenterRegions.ALL.size() + " regions", runs,
                    () -> whoAmI.check(sandbox.target(sandbox.seeded.target(), null)));
            measure("who-am-I, wrong region then search", runs,
                    () -> whoAmI.check(sandbox.target(sandbox.seeded.target(), "us-west-2")));
            var code = new java.util.concurrent.atomic.AtomicReference<DeviceCode>();
            measure("device sign-in + 1 role's credentials", runs, () -> {
                var pause = new ScriptedPause(sandbox).during(1,
                        () -> sandbox.approve(code.get().userCode(), SignInSandbox.ADMIN_USER));
                try (var session = new DeviceLogin(sandbox.sourcePortal(), pause, sandbox.clock).signIn(code::set)) {
                    return session.credentials(DemoData.MANAGEMENT, "AdministratorAccess");
                }
            });
        }
    }

    private static void measure(String what, int runs, Supplier<?> work) {
        work.get(); // warm up
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        Collections.sort(millis);
        System.out.printf(Locale.ROOT, "%-45s median %5d ms (min %d, max %d, %d runs)%n", what,
                millis.get(millis.size() / 2), millis.get(0), millis.get(millis.size() - 1), runs);
    }
}
