package co.pump.icm.rollback;

import java.util.List;

import co.pump.icm.plan.Change;

/**
 * Whether every item an import run touched is back as it was before the run, from a fresh read
 * of the target.
 *
 * @param checked how many items were compared
 * @param notBack the items that are not: still to undo (a delete, update or create), or left
 *                alone because they changed since the run (a skip or conflict, with the reason)
 */
public record RollbackVerification(int checked, List<Change<?>> notBack) {

    public RollbackVerification {
        notBack = List.copyOf(notBack);
    }

    /** Verifies against a rollback plan made from the target as it is now. */
    static RollbackVerification of(RollbackPlan plan) {
        return new RollbackVerification(plan.checked(), plan.plan().changes());
    }

    /** True when every item is as it was before the run. */
    public boolean back() {
        return notBack.isEmpty();
    }
}
