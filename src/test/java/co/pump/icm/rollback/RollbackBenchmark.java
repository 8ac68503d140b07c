package co.pump.icm.rollback;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import co.pump.icm.apply.ApplyListener;
import co.pump.icm.apply.ApplyResult;
import co.pump.icm.apply.ImportSession;
import co.pump.icm.aws.AwsCallRunner;
import co.pump.icm.aws.AwsClients;
import co.pump.icm.aws.ExportBenchmark;
import co.pump.icm.aws.ExportListener;
import co.pump.icm.aws.RateSettings;
import co.pump.icm.compare.Category;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.sandbox.CallRecord;
import co.pump.icm.sandbox.FaultOptions;
import co.pump.icm.sandbox.data.LargeData;
import co.pump.icm.testing.SandboxFixture;

/**
 * Imports a generated organization into an empty target in the sandbox, throttled at a given rate
 * per API family, then rolls the import back. Prints, for each, the changes, the writes and the
 * reads sent while writing (the rollback's checks right before each write are reads), the
 * requests per API family, the wall time and the efficiency: the lower bound the limits allow
 * (the busier family's requests / its rate, or the assignment concurrency bound if larger) divided
 * by the wall time. Planning (reading the target) is timed apart. Run with
 * {@code bench/run RollbackBenchmark [users=2000] [rate=200] [assignmentDelayMs=0]}.
 */
public final class RollbackBenchmark {

    private RollbackBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        double rate = args.length > 1 ? Double.parseDouble(args[1]) : 200;
        long delayMs = args.length > 2 ? Long.parseLong(args[2]) : 0;
        var scenario = LargeData.scenario(users, 1);
        System.out.printf(Locale.ROOT, "Importing then rolling back large:%d at %.0f requests/s per family, "
                + "assignments complete after %d ms%n", users, rate, delayMs);
        Path journal = Files.createTempFile("icm-rollback-bench", ".jsonl");
        try (var fixture = SandboxFixture.start(scenario, 1, o -> o.withFaults(FaultOptions.none().withTps(rate))
                .withAssignmentDelay(Duration.ofMillis(delayMs)));
             var clients = AwsClients.open(fixture.target(), 96)) {
            var settings = RateSettings.AWS_DEFAULTS.withRate(rate).withConcurrency(32);
            var importing = new ImportSession(clients, new AwsCallRunner(settings));
            var plan = importing.plan(scenario.sourceConfig(), PlanOptions.defaults(), ExportListener.NONE);
            int before = fixture.sandbox().calls().records().size();
            long start = System.nanoTime();
            ApplyResult imported = importing.apply(plan, journal, ApplyListener.NONE, null);
            report("import", imported, fixture, before, start, rate, delayMs);

            var session = new RollbackSession(clients, new AwsCallRunner(settings));
            long planning = System.nanoTime();
            RollbackPlan rollback = session.plan(ImportJournal.read(journal), null, ExportListener.NONE);
            System.out.printf(Locale.ROOT, "%nrollback plan: %,d changes to undo, read and planned in %.1f s%n",
                    rollback.writes().size(), (System.nanoTime() - planning) / 1e9);
            before = fixture.sandbox().calls().records().size();
            start = System.nanoTime();
            ApplyResult undone = session.apply(rollback, ApplyListener.NONE, null);
            report("rollback", undone, fixture, before, start, rate, delayMs);
            System.out.printf(Locale.ROOT, "back as before the import: %s%n",
                    session.verify(rollback, ExportListener.NONE).back());
        } finally {
            Files.deleteIfExists(journal);
        }
    }

    private static void report(String name, ApplyResult result, SandboxFixture fixture, int from, long start,
                               double rate, long delayMs) {
        double wall = (System.nanoTime() - start) / 1e9;
        List<CallRecord> calls = List.copyOf(fixture.sandbox().calls().records().subList(from,
                fixture.sandbox().calls().records().size()));
        var served = new TreeMap<String, Long>();
        long writes = 0;
        long throttled = 0;
        for (CallRecord call : calls) {
            if ("ThrottlingException".equals(call.error())) {
                throttled++;
                continue;
            }
            served.merge(call.service(), 1L, Long::sum);
            if (call.isWrite()) {
                writes++;
            }
        }
        long assignments = result.items().stream().filter(i -> i.category() == Category.ASSIGNMENTS).count();
        double bound = assignments * delayMs / 1000.0 / 10;
        String busiest = "assignment concurrency";
        for (Map.Entry<String, Long> e : served.entrySet()) {
            if (e.getValue() / rate > bound) {
                bound = e.getValue() / rate;
                busiest = e.getKey();
            }
        }
        System.out.printf(Locale.ROOT, "%n== %s%n", name);
        System.out.printf(Locale.ROOT, "changes %,d (not succeeded %,d); writes %,d, reads %,d%n", result.items().size(),
                result.failures().size(), writes, calls.size() - throttled - writes);
        served.forEach((family, n) -> System.out.printf(Locale.ROOT, "  %-14s %,8d requests served%n", family, n));
        ExportBenchmark.printTimeline(calls, busiest);
        System.out.printf(Locale.ROOT, "throttled %,d; wall time %.1f s; lower bound %.1f s (%s); efficiency %.2f%n",
                throttled, wall, bound, busiest, bound / wall);
    }
}
