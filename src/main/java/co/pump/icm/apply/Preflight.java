package co.pump.icm.apply;

import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.MigratorException;
import co.pump.icm.model.SourceInfo;

/**
 * Checks, before anything is planned or written, that a snapshot and a target belong together:
 * the target is another instance, in another organization. Each refusal is one sentence that
 * says what to do.
 */
public final class Preflight {

    private Preflight() {
    }

    /**
     * @param snapshot the snapshot to import
     * @param target   the target as just read
     * @throws MigratorException (bad input) when they must not be combined
     */
    public static void check(IdentityCenterConfig snapshot, IdentityCenterConfig target) {
        SourceInfo from = snapshot.source();
        SourceInfo to = target.source();
        if (from == null || to == null) {
            return;
        }
        if (from.instanceArn() != null && from.instanceArn().equals(to.instanceArn())) {
            throw MigratorException.badInput("This snapshot was exported from the instance you are signed in to ("
                    + to.instanceArn() + "). Sign in to the delegated administrator account of the new organization "
                    + "to import it.");
        }
        if (from.organizationId() != null && from.organizationId().equals(to.organizationId())) {
            throw MigratorException.badInput("The signed-in account " + to.accountId() + " is in the same organization ("
                    + to.organizationId() + ") as the snapshot's source. Sign in to the delegated administrator "
                    + "account of the new organization.");
        }
        if (from.accountId() != null && from.accountId().equals(to.accountId())) {
            throw MigratorException.badInput("The signed-in account " + to.accountId() + " is the account the snapshot "
                    + "was exported from. Sign in to the delegated administrator account of the new organization.");
        }
    }
}
