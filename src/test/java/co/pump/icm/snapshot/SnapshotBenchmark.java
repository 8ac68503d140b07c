package co.pump.icm.snapshot;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import co.pump.icm.model.IdentityCenterConfig;

/**
 * Writes a snapshot of a large organization and reads it back, printing times and heap. Not a
 * test (excluded from {@code mvn verify}); it has a main:
 *
 * <pre>
 * mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Xmx1g -XX:ActiveProcessorCount=2 -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     co.pump.icm.snapshot.SnapshotBenchmark [rounds]
 * </pre>
 *
 * <p>Each round generates the configuration (not timed), writes it, lets go of it, then reads and
 * validates the file, as {@code icm export} and a later command would. Round 1 runs on a cold
 * JVM, like a command line run; later rounds show the warm cost. The organization: 100,000 users
 * (name, display name, one email), 10,000 groups, 300,000 memberships, 2,000 permission sets
 * (inline policy, 2 managed policies, 3 tags), 50,000 assignments, 500 accounts. Target on 2
 * cores: write &lt; 3 s, read + validate &lt; 3 s, heap &lt; 1 GiB (so run it with -Xmx1g).
 */
public final class SnapshotBenchmark {

    private SnapshotBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        System.out.printf("JVM %s, %d processors, max heap %,d MB, load average %.1f%n",
                System.getProperty("java.vm.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Path dir = Files.createTempDirectory("icm-bench");
        Path file = dir.resolve("bench.json");
        try {
            for (int round = 1; round <= rounds; round++) {
                IdentityCenterConfig config = generate();
                if (round == 1) {
                    System.out.printf("configuration: %,d users, %,d groups, %,d memberships, %,d permission sets,"
                                    + " %,d assignments, %,d accounts%n", config.users().size(), config.groups().size(),
                            config.memberships().size(), config.permissionSets().size(), config.assignments().size(),
                            config.accounts().size());
                }
                Measure write = Measure.start();
                SnapshotWriter.write(file, config, Instant.now());
                write.stop();
                config = null; // a later command starts from the file alone

                Measure read = Measure.start();
                Snapshot snapshot = SnapshotReader.read(file);
                read.stop();
                gc();
                long held = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;

                System.out.printf("round %d%s: write %s | read+validate %s | file %,d MB | heap holding the"
                                + " configuration read %,d MB | %s%n", round, round == 1 ? " (cold JVM)" : "",
                        write, read, Files.size(file) >> 20, held, snapshot.digestState());
                if (round == rounds && !snapshot.config().equals(Canonical.of(generate()))) {
                    throw new AssertionError("the configuration read back differs from the one written");
                }
            }
            System.out.println("round trip: the configuration read back equals the one written");
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    private static IdentityCenterConfig generate() {
        return LargeConfigs.generate(100_000, 10_000, 300_000, 2_000, 50_000, 500);
    }

    /** Wall time, process CPU time (all threads: JIT and GC too), GC time and peak heap of one step. */
    private static final class Measure {
        private final long wall = System.nanoTime();
        private final long cpu = cpuMs();
        private final long gc = gcMs();
        private String result;

        static Measure start() {
            gc();
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    pool.resetPeakUsage();
                }
            }
            return new Measure();
        }

        void stop() {
            long wallMs = (System.nanoTime() - wall) / 1_000_000;
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed(); // the sum of pool peaks: an upper bound
                }
            }
            result = String.format("%,d ms (%,d ms CPU, GC %,d ms, peak heap %,d MB)", wallMs, cpuMs() - cpu,
                    gcMs() - gc, peak >> 20);
        }

        @Override
        public String toString() {
            return result;
        }

        private static long cpuMs() {
            var os = ManagementFactory.getOperatingSystemMXBean();
            return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1_000_000 : -1;
        }

        private static long gcMs() {
            return ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
        }
    }

    private static void gc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }
}
