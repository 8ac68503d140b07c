package co.pump.icm.compare;

import co.pump.icm.kind.ConfigurationComparer;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import co.pump.icm.model.IdentityCenterConfig;

/**
 * Measures how long comparing a large configuration with a copy that differs in about 1% of its
 * items takes, and how much memory it needs. Not a test (excluded from the test run by its name):
 * run its {@code main} with the test classpath, e.g.
 * <pre>
 * mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 * java -Xmx2g -XX:ActiveProcessorCount=2 -cp target/classes:target/test-classes:$(cat target/classpath.txt) \
 *     co.pump.icm.compare.ComparisonBenchmark
 * </pre>
 * Prints the machine's load (other processes skew the times), the time of the first comparison
 * in a cold JVM, the best, median and worst of ten more, the heap held by the two configurations
 * and by the result, the bytes one comparison allocates, and the time to render the result.
 */
public final class ComparisonBenchmark {

    private static final int RUNS = 10;

    private ComparisonBenchmark() {
    }

    public static void main(String[] args) {
        var size = LargeConfigurations.Size.BENCHMARK;
        System.out.printf(Locale.ROOT, "Java %s, %d processors available, max heap %d MB, load average %.1f%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        long before = usedHeapAfterGc();
        long start = System.nanoTime();
        IdentityCenterConfig left = LargeConfigurations.original(size);
        IdentityCenterConfig right = LargeConfigurations.copy(size);
        long generated = System.nanoTime() - start;
        long withConfigs = usedHeapAfterGc();
        System.out.printf(Locale.ROOT, "Generated in %d ms: left %s; right %s%n", generated / 1_000_000,
                describe(left), describe(right));
        System.out.printf(Locale.ROOT, "Heap held by the two configurations: %d MB%n", (withConfigs - before) >> 20);

        long allocatedBefore = allocatedBytes();
        long cpuBefore = cpuTime();
        start = System.nanoTime();
        Comparison comparison = ConfigurationComparer.compare(left, right);
        long cold = System.nanoTime() - start;
        long cpu = cpuTime() - cpuBefore;
        long allocated = allocatedBytes() - allocatedBefore;
        long withResult = usedHeapAfterGc();
        System.out.printf(Locale.ROOT, "First comparison (cold JVM): %d ms (%d ms CPU in the comparing thread), "
                        + "%d MB allocated, result holds %d MB%n",
                cold / 1_000_000, cpu / 1_000_000, allocated >> 20, (withResult - withConfigs) >> 20);
        printCounts(comparison);

        List<Long> times = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            start = System.nanoTime();
            comparison = ConfigurationComparer.compare(left, right);
            times.add(System.nanoTime() - start);
        }
        Collections.sort(times);
        System.out.printf(Locale.ROOT, "Next %d comparisons: best %d ms, median %d ms, worst %d ms%n", RUNS,
                times.get(0) / 1_000_000, times.get(RUNS / 2) / 1_000_000, times.get(RUNS - 1) / 1_000_000);

        start = System.nanoTime();
        String text = ComparisonText.render(comparison, "A", "B");
        long textTime = System.nanoTime() - start;
        start = System.nanoTime();
        String json = ComparisonJson.toJson(comparison).toString();
        long jsonTime = System.nanoTime() - start;
        System.out.printf(Locale.ROOT, "Rendering: text %d ms (%d KB), JSON %d ms (%d KB)%n", textTime / 1_000_000,
                text.length() >> 10, jsonTime / 1_000_000, json.length() >> 10);
    }

    private static String describe(IdentityCenterConfig config) {
        return String.format(Locale.ROOT, "%d users, %d groups, %d memberships, %d permission sets, %d assignments",
                config.users().size(), config.groups().size(), config.memberships().size(),
                config.permissionSets().size(), config.assignments().size());
    }

    private static void printCounts(Comparison comparison) {
        for (var category : comparison.categories()) {
            System.out.println("  " + ComparisonText.summary(category, "A", "B"));
        }
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    // CPU time of this thread only (not the JIT compiler or GC threads): less sensitive to a busy machine.
    private static long cpuTime() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long allocatedBytes() {
        var threads = ManagementFactory.getThreadMXBean();
        if (threads instanceof com.sun.management.ThreadMXBean counting) {
            return counting.getThreadAllocatedBytes(Thread.currentThread().getId());
        }
        return 0;
    }
}
