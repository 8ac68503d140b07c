package co.pump.icm.apply;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import co.pump.icm.aws.AwsCallRunner;
import co.pump.icm.aws.AwsClients;
import co.pump.icm.aws.ExportListener;
import co.pump.icm.aws.InstanceWriter;
import co.pump.icm.aws.RateSettings;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.plan.Change;
import co.pump.icm.plan.Plan;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.sandbox.CallRecord;
import co.pump.icm.sandbox.FaultOptions;
import co.pump.icm.sandbox.data.LargeData;
import co.pump.icm.testing.SandboxFixture;

/**
 * Imports a generated organization into an empty target in the sandbox, throttled at a given rate
 * as AWS throttles (per Identity Store operation, shared by all sso-admin operations), twice: with
 * the apply engine, and with a simple sequential importer (one request at a time at the same rate,
 * as the existing scripts do). Prints the writes made against the minimum the plan requires, the
 * wall time, and the efficiency: the floor the limits allow ({@link #floor}) divided by the wall
 * time. Run with {@code bench/run ApplyBenchmark [users=10000] [rate=500] [assignmentDelayMs=0]
 * [engine-only]}.
 */
public final class ApplyBenchmark {

    private ApplyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        double rate = args.length > 1 ? Double.parseDouble(args[1]) : 500;
        long delayMs = args.length > 2 ? Long.parseLong(args[2]) : 0;
        boolean sequential = args.length <= 3 || !args[3].equals("engine-only");
        var scenario = LargeData.scenario(users, 1);
        System.out.printf(Locale.ROOT, "Importing large:%d at %.0f requests/s per Identity Store operation and for "
                + "sso-admin, assignments complete after %d ms%n", users, rate, delayMs);
        run("apply engine", scenario, rate, delayMs, false);
        if (sequential) {
            run("sequential importer", scenario, rate, delayMs, true);
        }
    }

    private static void run(String name, co.pump.icm.sandbox.data.SandboxScenario scenario, double rate, long delayMs,
                            boolean sequential) throws Exception {
        try (var fixture = SandboxFixture.start(scenario, 1, o -> o.withFaults(FaultOptions.none().withTps(rate))
                .withAssignmentDelay(Duration.ofMillis(delayMs)))) {
            var settings = RateSettings.AWS_DEFAULTS.withRate(rate).withConcurrency(32);
            try (var clients = AwsClients.open(fixture.target(), 96)) {
                var runner = new AwsCallRunner(settings);
                Plan plan = new ImportSession(clients, runner).plan(scenario.sourceConfig(), PlanOptions.defaults(),
                        ExportListener.NONE);
                int before = fixture.sandbox().calls().records().size();
                long start = System.nanoTime();
                List<ItemResult> results;
                if (sequential) {
                    var writer = new InstanceWriter(clients, new AwsCallRunner(settings.withConcurrency(1)),
                            plan.target().source().instanceArn(), plan.target().source().identityStoreId());
                    results = new SequentialImporter(writer).apply(plan);
                } else {
                    Path journal = Files.createTempFile("icm-bench", ".jsonl");
                    var writer = new InstanceWriter(clients, new AwsCallRunner(settings),
                            plan.target().source().instanceArn(), plan.target().source().identityStoreId());
                    try (var j = Journal.open(journal, "bench")) {
                        results = new Applier(writer, new AwsCallRunner(settings), j, ApplyListener.NONE).apply(plan).items();
                    } finally {
                        Files.deleteIfExists(journal);
                    }
                }
                double wall = (System.nanoTime() - start) / 1e9;
                var calls = fixture.sandbox().calls().records().subList(before, fixture.sandbox().calls().records().size());
                report(name, plan, results, calls, rate, delayMs, wall);
            }
        }
    }

    private static void report(String name, Plan plan, List<ItemResult> results, List<CallRecord> calls, double rate,
                               long delayMs, double wall) {
        long failed = results.stream().filter(r -> r.outcome() != Outcome.SUCCEEDED).count();
        var served = new TreeMap<String, Long>();
        var servedByOperation = new TreeMap<String, Long>();
        long writes = 0;
        long throttled = 0;
        for (CallRecord call : calls) {
            if ("ThrottlingException".equals(call.error())) {
                throttled++;
                continue;
            }
            served.merge(call.service(), 1L, Long::sum);
            servedByOperation.merge(call.service() + " " + call.operation(), 1L, Long::sum);
            if (call.isWrite()) {
                writes++;
            }
        }
        Floor floor = floor(plan, servedByOperation, served, rate, delayMs);
        System.out.printf(Locale.ROOT, "%n== %s%n", name);
        System.out.printf(Locale.ROOT, "changes %,d (failed %,d); writes made %,d, minimum the plan requires %,d%n",
                results.size(), failed, writes, minimumWrites(plan));
        served.forEach((family, n) -> System.out.printf(Locale.ROOT, "  %-14s %,8d requests served%n", family, n));
        servedByOperation.forEach((operation, n) -> System.out.printf(Locale.ROOT, "    %-50s %,8d%n", operation, n));
        co.pump.icm.aws.ExportBenchmark.printTimeline(calls, "identitystore");
        co.pump.icm.aws.ExportBenchmark.printTimeline(calls, "sso-admin");
        System.out.printf(Locale.ROOT, "throttled %,d; wall time %.1f s; floor %.1f s (%s); efficiency %.2f%n",
                throttled, wall, floor.seconds(), floor.what(), floor.seconds() / wall);
    }

    /** The shortest time AWS's limits allow, and which limit sets it. */
    record Floor(double seconds, String what) {
    }

    /**
     * The floor under AWS's limits: the busiest Identity Store operation's requests at the rate
     * (each operation has its own limit), all sso-admin requests at the rate (one limit for all),
     * or the assignments through the 15 outstanding requests AWS allows, whichever is largest.
     */
    static Floor floor(Plan plan, Map<String, Long> servedByOperation, Map<String, Long> served, double rate,
                       long delayMs) {
        long assignments = plan.writes().stream().filter(c -> c.category() == co.pump.icm.compare.Category.ASSIGNMENTS)
                .count();
        Floor floor = new Floor(assignments * delayMs / 1000.0 / Applier.MAX_OUTSTANDING_ASSIGNMENTS,
                "15 outstanding assignment requests");
        for (Map.Entry<String, Long> e : servedByOperation.entrySet()) {
            if (e.getKey().startsWith("identitystore ") && e.getValue() / rate > floor.seconds()) {
                floor = new Floor(e.getValue() / rate, e.getKey());
            }
        }
        long admin = served.getOrDefault("sso-admin", 0L);
        if (admin / rate > floor.seconds()) {
            floor = new Floor(admin / rate, "sso-admin, all operations");
        }
        return floor;
    }

    /** One write per user, group, membership and assignment; per permission set one plus one per part. */
    static long minimumWrites(Plan plan) {
        long n = 0;
        for (Change<?> change : plan.writes()) {
            if (change.item() instanceof PermissionSet p) {
                n += 1 + (p.inlinePolicy() == null ? 0 : 1) + p.managedPolicies().size()
                        + p.customerManagedPolicies().size() + (p.permissionsBoundary() == null ? 0 : 1);
            } else {
                n++;
            }
        }
        return n;
    }
}
