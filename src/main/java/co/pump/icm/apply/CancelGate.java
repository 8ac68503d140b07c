package co.pump.icm.apply;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which changes may still start once a run is cancelled. Cancelling lets what was sent finish, and
 * a change written in two steps (a user created, then pointed at their manager) is finished only
 * once what its second step names exists. So the changes that a started change will point at —
 * and what those point at in turn — still start after a cancel, and a cancelled run leaves nobody
 * created without their manager. Every other change does not start.
 */
final class CancelGate {

    /** Change ID → the IDs of the changes its second step names. */
    private final Map<String, Set<String>> pointsAt = new HashMap<>();
    private final Set<String> needed = new HashSet<>();
    private boolean cancelled;

    /** Records that the second step of {@code changeId} names what {@code targetChangeId} writes. */
    synchronized void link(String changeId, String targetChangeId) {
        pointsAt.computeIfAbsent(changeId, k -> new HashSet<>()).add(targetChangeId);
    }

    synchronized void cancel() {
        cancelled = true;
    }

    synchronized boolean cancelled() {
        return cancelled;
    }

    /**
     * Whether a change may start now: always before a cancel, afterwards only when a started
     * change needs it. A change that starts makes what it points at needed, at once and all the
     * way along (under the same lock as the cancel, so that nothing it needs is turned away).
     */
    synchronized boolean mayStart(String changeId) {
        if (cancelled && !needed.contains(changeId)) {
            return false;
        }
        markNeeded(changeId);
        return true;
    }

    private void markNeeded(String changeId) {
        for (String target : pointsAt.getOrDefault(changeId, Set.of())) {
            if (needed.add(target)) {
                markNeeded(target);
            }
        }
    }
}
