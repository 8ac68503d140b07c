package co.pump.icm.aws;

/** A clock that only moves when someone sleeps or the test advances it. */
final class FakeTicker implements Ticker {
    private long now = 1_000_000_000_000L;
    private long slept;

    @Override
    public synchronized long nanos() {
        return now;
    }

    @Override
    public synchronized void sleep(long nanos) {
        if (nanos > 0) {
            now += nanos;
            slept += nanos;
        }
    }

    synchronized void advanceSeconds(double seconds) {
        now += (long) (seconds * 1e9);
    }

    synchronized double sleptSeconds() {
        return slept / 1e9;
    }
}
