package co.pump.icm.rollback;

import java.util.HashMap;
import java.util.Map;

import co.pump.icm.apply.WriteGuard;
import co.pump.icm.aws.InstanceLookup;
import co.pump.icm.kind.Kind;
import co.pump.icm.kind.Kinds;
import co.pump.icm.kind.MigratedKind;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.Origin;
import co.pump.icm.plan.Change;

/**
 * The look a rollback takes right before each write, with the cheap reads AWS offers, so that
 * what changed between planning and writing is left alone. What to look at is each kind's own
 * ({@code objectionTo…} of {@link MigratedKind}): a user or group updated since it was read (its
 * UpdatedAt moved), a user or group about to be deleted that still has memberships or assignments
 * (AWS would remove them with it), a permission set about to be deleted that is still provisioned
 * somewhere, a permission set whose attributes moved, a name taken again before a re-create.
 */
final class RollbackGuard implements WriteGuard {

    private final InstanceLookup lookup;
    private final Map<String, String> names = new HashMap<>();

    RollbackGuard(InstanceLookup lookup, IdentityCenterConfig target) {
        this.lookup = lookup;
        for (Kind<?, ?> kind : Kinds.all()) {
            index(kind, target);
        }
    }

    private <T> void index(Kind<?, T> kind, IdentityCenterConfig target) {
        for (T item : kind.items(target)) {
            Origin origin = kind.origin(item);
            String name = kind.name(item);
            if (origin != null && origin.id() != null && name != null) {
                names.put(origin.id(), name);
            }
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public String objection(Change<?> change) {
        var kind = (MigratedKind<?, Object>) Kinds.migrated(change.category());
        if (change instanceof Change.Delete<?> delete) {
            return kind.objectionToDelete(delete.item(), lookup, id -> names.getOrDefault(id, id));
        }
        if (change instanceof Change.Update<?> update) {
            return kind.objectionToRestore(update.current(), lookup);
        }
        if (change instanceof Change.Create<?> create) {
            return kind.objectionToCreate(create.item(), lookup);
        }
        return null;
    }
}
