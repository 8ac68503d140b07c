package co.pump.icm.snapshot;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import co.pump.icm.model.IdentityCenterConfig;

/**
 * Writes and reads back a snapshot of a large organization and prints the times and heap. Not a
 * test (excluded from {@code mvn verify}); run it with a main:
 *
 * <pre>
 * mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Xmx1g -XX:ActiveProcessorCount=2 -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     co.pump.icm.snapshot.SnapshotBenchmark [rounds]
 * </pre>
 *
 * Target on 2 cores: write &lt; 3 s, read + validate &lt; 3 s, heap &lt; 1 GiB.
 */
public final class SnapshotBenchmark {

    private SnapshotBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        IdentityCenterConfig config = LargeConfigs.generate(100_000, 10_000, 300_000, 2_000, 50_000, 500);
        System.out.printf("configuration: %,d users, %,d groups, %,d memberships, %,d permission sets,"
                        + " %,d assignments, %,d accounts%n", config.users().size(), config.groups().size(),
                config.memberships().size(), config.permissionSets().size(), config.assignments().size(),
                config.accounts().size());
        System.out.printf("JVM: %s, %d processors, max heap %,d MB%n", System.getProperty("java.vm.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        Path dir = Files.createTempDirectory("icm-bench");
        Path file = dir.resolve("bench.json");
        try {
            for (int round = 1; round <= rounds; round++) {
                gc();
                resetPeaks();
                long start = System.nanoTime();
                Snapshot written = SnapshotWriter.write(file, config, Instant.now());
                long writeMs = (System.nanoTime() - start) / 1_000_000;
                long writePeak = peakHeapMb();

                written = null; // only the file is needed from here on
                gc();
                resetPeaks();
                start = System.nanoTime();
                Snapshot read = SnapshotReader.read(file);
                long readMs = (System.nanoTime() - start) / 1_000_000;
                long readPeak = peakHeapMb();
                gc();
                long retained = usedHeapMb();

                System.out.printf("round %d: write %,d ms (peak heap %,d MB), read+validate %,d ms (peak heap %,d MB),"
                                + " file %,d MB, heap after read with the configuration held %,d MB, %s%n",
                        round, writeMs, writePeak, readMs, readPeak, Files.size(file) >> 20, retained,
                        read.digestState());
                if (round == rounds && !read.config().equals(Canonical.of(config))) {
                    throw new AssertionError("the configuration read back differs from the one written");
                }
            }
            System.out.println("round trip: equal");
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    private static void gc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap in use at any one time. */
    private static long peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes >> 20;
    }

    private static long usedHeapMb() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }
}
