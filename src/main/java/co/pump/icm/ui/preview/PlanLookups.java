package co.pump.icm.ui.preview;

import co.pump.icm.kind.Related;
import co.pump.icm.model.IdentityCenterConfig;

/**
 * What the preview's detail pane and search look up across kinds (a user's groups, a group's
 * member count, an account's name), worked out once per snapshot and target off the FX thread, so
 * that no cell and no selection does heavy work: what refers to what in the snapshot, and account
 * names from the snapshot and then the target.
 */
final class PlanLookups {

    private final IdentityCenterConfig snapshot;
    private final IdentityCenterConfig target;
    private final Related related;

    private PlanLookups(IdentityCenterConfig snapshot, IdentityCenterConfig target) {
        this.snapshot = snapshot;
        this.target = target;
        this.related = Related.of(snapshot, target);
    }

    /** The lookups for a snapshot and a target (linear in their size). */
    static PlanLookups of(IdentityCenterConfig snapshot, IdentityCenterConfig target) {
        return new PlanLookups(snapshot, target);
    }

    /** These lookups when they were made for the same snapshot and target, else new ones. */
    static PlanLookups reuse(PlanLookups previous, IdentityCenterConfig snapshot, IdentityCenterConfig target) {
        return previous != null && previous.snapshot == snapshot && previous.target == target
                ? previous : of(snapshot, target);
    }

    /** What refers to what in the snapshot, and the accounts' names. */
    Related related() {
        return related;
    }

    /** The account's name, or null. */
    String accountName(String accountId) {
        return related.accountName(accountId);
    }
}
