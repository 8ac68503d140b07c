package co.pump.icm.cli;

import java.io.PrintWriter;

import co.pump.icm.apply.ApplyListener;
import co.pump.icm.apply.ApplyProgress;

/** Shows an import's progress: one line rewritten in place on a console, a line every few seconds otherwise. */
final class ApplyProgressPrinter implements ApplyListener {

    private static final long QUIET_INTERVAL_NANOS = 5_000_000_000L;

    private final PrintWriter err;
    private final boolean console;
    private long lastLine;
    private int lastLength;

    ApplyProgressPrinter(PrintWriter err, boolean console) {
        this.err = err;
        this.console = console;
    }

    @Override
    public synchronized void onProgress(ApplyProgress p) {
        var sb = new StringBuilder(String.format("%,d of %,d", p.doneCount(), p.totalCount()));
        p.total().forEach((category, total) -> sb.append(String.format(" · %s %,d/%,d", category.label().toLowerCase(),
                p.done().getOrDefault(category, 0), total)));
        sb.append(String.format(" · %.0f requests/s", p.ratePerSecond()));
        if (p.secondsLeft() > 0) {
            sb.append(p.secondsLeft() >= 90 ? String.format(" · about %d min left", (p.secondsLeft() + 30) / 60)
                    : String.format(" · about %d s left", p.secondsLeft()));
        }
        if (p.failed() > 0) {
            sb.append(String.format(" · %,d failed", p.failed()));
        }
        if (p.throttled() > 0) {
            sb.append(String.format(" · AWS asked to slow down %,d times (handled)", p.throttled()));
        }
        String line = sb.toString();
        if (console) {
            err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
            lastLength = line.length();
            if (p.finished()) {
                err.println();
            }
            err.flush();
        } else {
            long now = System.nanoTime();
            if (p.finished() || now - lastLine >= QUIET_INTERVAL_NANOS) {
                err.println(line);
                lastLine = now;
            }
        }
    }
}
