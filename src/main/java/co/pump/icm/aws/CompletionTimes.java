package co.pump.icm.aws;

/**
 * How long AWS has been taking to finish asynchronous requests in this run, so that polling
 * starts about when a request is likely done: right away when AWS is quick, after a second or
 * two when it is not. Saves status requests without making anything wait longer than it must.
 */
final class CompletionTimes {

    private static final double WEIGHT = 0.2;

    private double expectedMillis;
    private boolean measured;

    /** How long to wait before the first status check. */
    synchronized long firstWaitMillis() {
        return measured ? Math.round(expectedMillis * 0.9) : 0;
    }

    /** A request took this long from its start to its end. */
    synchronized void record(long millis) {
        expectedMillis = measured ? expectedMillis + WEIGHT * (millis - expectedMillis) : millis;
        measured = true;
    }
}
