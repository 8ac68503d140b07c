package co.pump.icm.aws;

/** A monotonic clock and a way to wait, replaceable in tests. */
public interface Ticker {

    /** The current time in nanoseconds from an arbitrary origin (like {@link System#nanoTime()}). */
    long nanos();

    /** Waits for the given number of nanoseconds. */
    void sleep(long nanos) throws InterruptedException;

    /** The system clock. */
    Ticker SYSTEM = new Ticker() {
        @Override
        public long nanos() {
            return System.nanoTime();
        }

        @Override
        public void sleep(long nanos) throws InterruptedException {
            if (nanos > 0) {
                Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
            }
        }
    };
}
