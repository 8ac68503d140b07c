package co.pump.icm.apply;

/** A change that was not tried, because something it needs failed or the run was cancelled. */
final class NotAttempted extends RuntimeException {
    NotAttempted(String reason) {
        super(reason, null, false, false);
    }
}
