package co.pump.icm.ui.preview;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javafx.animation.AnimationTimer;

/**
 * Measures how long the FX thread goes without a pulse: an {@link AnimationTimer} notes the wall
 * time of every pulse and keeps the largest gap between two, with what the test was doing then.
 * It also notes how much CPU time the FX thread itself used in each gap, which tells its own work
 * apart from waiting (garbage collection, a busy machine). Start and stop it on the FX thread.
 */
final class Heartbeat extends AnimationTimer {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final long NOTABLE_NANOS = 50_000_000L;

    private final List<String> longGaps = new CopyOnWriteArrayList<>();
    /** Every gap and the FX thread's CPU time in it, in nanoseconds, in pulse order (for percentiles). */
    private final List<long[]> gaps = new CopyOnWriteArrayList<>();
    private long first;
    private long last;
    private long lastCpu;
    private volatile long worstNanos;
    private volatile long worstBusyNanos;
    private volatile String worstDuring = "";
    private volatile String doing = "starting";
    private volatile long pulses;

    /** Starts (again): the time it was stopped is no gap between frames. */
    @Override
    public void start() {
        last = 0;
        super.start();
    }

    /** What the test does now, to say where the worst gap was. */
    void doing(String what) {
        doing = what;
    }

    @Override
    public void handle(long now) {
        long time = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        if (last == 0) {
            first = time;
        } else {
            long gap = time - last;
            long busy = cpu - lastCpu;
            gaps.add(new long[] {gap, busy});
            worstBusyNanos = Math.max(worstBusyNanos, busy);
            if (gap > worstNanos) {
                worstNanos = gap;
                worstDuring = doing;
            }
            if (gap > NOTABLE_NANOS) {
                longGaps.add(String.format("%.1f ms (FX thread busy %.1f ms of it) at %,d ms while %s", gap / 1e6,
                        busy / 1e6, (time - first) / 1_000_000, doing));
            }
        }
        last = time;
        lastCpu = cpu;
        pulses++;
    }

    /** The largest gap between two pulses so far, in milliseconds. */
    double worstMillis() {
        return worstNanos / 1e6;
    }

    /** The most CPU time the FX thread itself used between two pulses, in milliseconds. */
    double worstBusyMillis() {
        return worstBusyNanos / 1e6;
    }

    /** What the test was doing when the largest gap happened. */
    String worstDuring() {
        return worstDuring;
    }

    /** Every gap over 50 ms: how long, how much of it the FX thread worked, when and while what. */
    List<String> longGaps() {
        return longGaps;
    }

    long pulses() {
        return pulses;
    }

    /** The gap between pulses, in ms, that {@code fraction} (0 to 1) of all gaps do not exceed. */
    double gapPercentileMillis(double fraction) {
        return percentile(0, fraction);
    }

    /** The FX thread's CPU time between two pulses, in ms, that {@code fraction} of all gaps do not exceed. */
    double busyPercentileMillis(double fraction) {
        return percentile(1, fraction);
    }

    /** How many gaps between pulses were longer than {@code millis}. */
    long gapsOver(double millis) {
        return gaps.stream().filter(g -> g[0] > millis * 1e6).count();
    }

    private double percentile(int which, double fraction) {
        long[] sorted = gaps.stream().mapToLong(g -> g[which]).sorted().toArray();
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(fraction * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
    }
}
