package co.pump.icm.ui.preview;

import javafx.animation.AnimationTimer;

/**
 * Measures how long the FX thread goes without a pulse: an {@link AnimationTimer} notes the wall
 * time of every pulse and keeps the largest gap between two, with what the test was doing then.
 * Start and stop it on the FX thread.
 */
final class Heartbeat extends AnimationTimer {

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private long last;
    private long first;
    private long lastCpu;
    private volatile long worstCpuNanos;
    private volatile long worstNanos;
    private volatile String worstDuring = "";
    private volatile String doing = "starting";
    private volatile long pulses;
    private final java.util.List<String> longGaps = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** What the test does now, to say where the worst gap was. */
    void doing(String what) {
        doing = what;
    }

    @Override
    public void handle(long now) {
        long time = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        if (last != 0) {
            long gap = time - last;
            long busy = cpu - lastCpu;
            worstCpuNanos = Math.max(worstCpuNanos, busy);
            if (gap > 50_000_000L) {
                System.err.printf("TIMING gap %.1f busy %.1f ending at uptime %d%n", gap / 1e6, busy / 1e6, java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
                longGaps.add(String.format("%.1f ms (FX thread busy %.1f ms) at %d ms while %s", gap / 1e6, busy / 1e6,
                        (time - first) / 1_000_000, doing));
            }
            if (gap > worstNanos) {
                worstNanos = gap;
                worstDuring = doing;
            }
        }
        if (first == 0) {
            first = time;
        }
        last = time;
        lastCpu = cpu;
        pulses++;
    }

    /** The largest gap between two pulses so far, in milliseconds. */
    double worstMillis() {
        return worstNanos / 1e6;
    }

    /**
     * The most CPU time the FX thread itself used between two pulses, in milliseconds: a long gap
     * with little of it means the thread was waiting (garbage collection, a busy machine), not working.
     */
    double worstBusyMillis() {
        return worstCpuNanos / 1e6;
    }

    /** What the test was doing when the largest gap happened. */
    String worstDuring() {
        return worstDuring;
    }

    /** Every gap over 50 ms, with when and while what. */
    java.util.List<String> longGaps() {
        return longGaps;
    }

    long pulses() {
        return pulses;
    }
}
