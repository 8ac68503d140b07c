package co.pump.icm.compare;

import co.pump.icm.kind.ConfigurationComparer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.snapshot.SnapshotReader;
import co.pump.icm.snapshot.SnapshotWriter;

/**
 * The foundation at scale in one run, as a migration meets it: a configuration of 100,000 users,
 * 10,000 groups, 300,000 memberships, 2,000 permission sets and 50,000 assignments is written as
 * a snapshot, read back and validated, and compared with a copy that differs in about 1% of its
 * items. Prints each time and the peak heap of the whole run. Run with {@code bench/run
 * ScaleBenchmark} (targets: each step under 3 s on 2 cores, heap under 1 GiB; run it with
 * {@code JAVA_OPTS=-Xmx1g} to prove the heap bound).
 */
public final class ScaleBenchmark {

    private ScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var size = LargeConfigurations.Size.BENCHMARK;
        System.out.printf(Locale.ROOT, "Java %s, %d processors, max heap %d MB, load average %.1f%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        resetPeaks();
        IdentityCenterConfig original = withSource(LargeConfigurations.original(size));
        System.out.printf(Locale.ROOT, "generated %,d users, %,d groups, %,d memberships, %,d permission sets, "
                        + "%,d assignments%n", original.users().size(), original.groups().size(),
                original.memberships().size(), original.permissionSets().size(), original.assignments().size());

        Path file = Files.createTempFile("icm-scale", ".json");
        try {
            long t = System.nanoTime();
            SnapshotWriter.write(file, original, Instant.now());
            long write = System.nanoTime() - t;
            original = null;

            t = System.nanoTime();
            var read = SnapshotReader.read(file).config();
            long readValidate = System.nanoTime() - t;

            IdentityCenterConfig copy = LargeConfigurations.copy(size);
            t = System.nanoTime();
            Comparison comparison = ConfigurationComparer.compare(read, copy);
            long compare = System.nanoTime() - t;

            int differences = comparison.categories().stream().mapToInt(c -> c.differences().size()).sum();
            System.out.printf(Locale.ROOT, "file %,d MB%n", Files.size(file) >> 20);
            System.out.printf(Locale.ROOT, "write            %6d ms%n", write / 1_000_000);
            System.out.printf(Locale.ROOT, "read + validate  %6d ms%n", readValidate / 1_000_000);
            System.out.printf(Locale.ROOT, "compare          %6d ms  (%,d differences)%n", compare / 1_000_000,
                    differences);
            System.out.printf(Locale.ROOT, "peak heap        %6d MB%n", peakHeap() >> 20);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static IdentityCenterConfig withSource(IdentityCenterConfig c) {
        var source = new co.pump.icm.model.SourceInfo("111111111111", "o-abcdefghij", "111111111111", "us-east-1",
                "arn:aws:sso:::instance/ssoins-1111111111111111", "d-1111111111", "scale", null);
        return new IdentityCenterConfig(source, c.accounts(), c.users(), c.groups(), c.memberships(),
                c.permissionSets(), c.assignments(), c.accessControl(), c.applications());
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap the run needed. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
