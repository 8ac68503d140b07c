package co.pump.icm.rollback;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.pump.icm.compare.Category;
import co.pump.icm.kind.Kinds;
import co.pump.icm.kind.MigratedKind;
import co.pump.icm.kind.Reference;
import co.pump.icm.plan.Change;

/**
 * The checks across items of a rollback plan, from what refers to what ({@code references} of each
 * kind). Deleting an item must not take along items that refer to it and that the rollback does
 * not remove (AWS would, silently, or refuse): such a delete becomes a {@link Change.Conflict}, in
 * the words of the kind deleted. Re-creating an item needs what it refers to to exist once the
 * rollback is done; otherwise it is skipped.
 */
final class RollbackChecks {

    private final TargetIndex target;
    private final List<Change<?>> changes;
    private final Set<String> deleting = new HashSet<>();
    /** Items the rollback updates, by key, as the update leaves them. */
    private final Map<String, Object> updatedTo = new HashMap<>();
    private final Set<String> gone = new HashSet<>();
    private final Set<String> recreated = new HashSet<>();

    RollbackChecks(TargetIndex target, List<Change<?>> changes) {
        this.target = target;
        this.changes = changes;
        for (Change<?> change : changes) {
            if (change instanceof Change.Delete<?> delete) {
                deleting.add(TargetIndex.key(delete.category(), delete.item()));
            } else if (change instanceof Change.Update<?> update) {
                updatedTo.put(TargetIndex.key(update.category(), update.item()), update.item());
            }
        }
    }

    /**
     * The plan's changes, with deletes that would cascade turned into conflicts and orphans skipped.
     * A delete turned into a conflict keeps its item, which may in turn name items planned for
     * deletion (a user kept names its manager): so conflicts are worked out until none is added.
     */
    List<Change<?>> withConflictsAndDependencies() {
        var checkedChanges = new ArrayList<Change<?>>(changes);
        boolean added = true;
        while (added) {
            added = false;
            for (int i = 0; i < checkedChanges.size(); i++) {
                if (checkedChanges.get(i) instanceof Change.Delete<?> delete) {
                    Change<?> checked = conflictOf(delete);
                    if (checked != delete) {
                        checkedChanges.set(i, checked);
                        deleting.remove(TargetIndex.key(delete.category(), delete.item()));
                        added = true;
                    }
                }
            }
        }
        var result = new ArrayList<Change<?>>();
        for (Change<?> checked : checkedChanges) {
            result.add(checked);
            String name = name(checked);
            if (name != null && checked instanceof Change.Delete<?>) {
                gone.add(TargetIndex.nameKey(checked.category(), name));
            } else if (name != null && checked instanceof Change.Create<?>) {
                recreated.add(TargetIndex.nameKey(checked.category(), name));
            }
        }
        result.replaceAll(c -> c instanceof Change.Create<?> create ? orphanOf(create) : c);
        return result;
    }

    @SuppressWarnings("unchecked")
    private <T> String name(Change<?> change) {
        var kind = (MigratedKind<?, T>) Kinds.migrated(change.category());
        return change.item() == null ? null : kind.name((T) change.item());
    }

    @SuppressWarnings("unchecked")
    private <T> Change<?> conflictOf(Change.Delete<?> delete) {
        var kind = (MigratedKind<?, T>) Kinds.migrated(delete.category());
        T item = (T) delete.item();
        String name = kind.name(item);
        if (name == null) {
            return delete;
        }
        var kept = new ArrayList<List<String>>();
        for (MigratedKind<?, ?> referrer : Kinds.migrated()) {
            if (referrer.refersTo().contains(delete.category())) {
                List<String> names = keptBy(referrer, delete.category(), name);
                if (!names.isEmpty()) {
                    kept.add(names);
                }
            }
        }
        String reason = kind.deleteConflict(item, kept);
        return reason == null ? delete
                : new Change.Conflict<>(delete.category(), delete.id(), delete.label(), delete.item(), reason);
    }

    /**
     * The referrer's items that name the item and still will once the rollback is done (it neither
     * deletes them nor updates them to name something else), as the referrer words them.
     */
    @SuppressWarnings("unchecked")
    private <T> List<String> keptBy(MigratedKind<?, T> referrer, Category to, String name) {
        return target.referring(referrer.category(), to, name).stream()
                .filter(item -> stillNames(referrer, (T) item, to, name))
                .map(item -> referrer.asReferrer((T) item, to)).sorted().toList();
    }

    @SuppressWarnings("unchecked")
    private <T> boolean stillNames(MigratedKind<?, T> referrer, T item, Category to, String name) {
        String key = TargetIndex.key(referrer.category(), item);
        if (deleting.contains(key)) {
            return false;
        }
        Object updated = updatedTo.get(key);
        return updated == null || referrer.references((T) updated).stream()
                .anyMatch(r -> r.to() == to && TargetIndex.nameKey(to, r.name()).equals(TargetIndex.nameKey(to, name)));
    }

    /**
     * A re-created item whose reference names an item that will not exist is skipped; a reference
     * set afterwards (a user's manager) is left out instead, as an import does.
     */
    @SuppressWarnings("unchecked")
    private <T> Change<?> orphanOf(Change.Create<?> create) {
        var kind = (MigratedKind<?, T>) Kinds.migrated(create.category());
        T item = (T) create.item();
        List<Reference> later = kind.laterReferences().of(item, null);
        for (Reference reference : kind.references(item)) {
            if (exists(reference)) {
                continue;
            }
            if (!later.contains(reference)) {
                return new Change.Skip<>(create.category(), create.id(), create.label(), create.item(),
                        reference.describe() + " will not exist in the target, so it cannot be re-created");
            }
            item = kind.laterReferences().without(item, reference, null);
        }
        return item == create.item() ? create : new Change.Create<>(create.category(), create.id(), create.label(), item);
    }

    /** Whether what a reference names will exist once the rollback is done. */
    private boolean exists(Reference reference) {
        String key = TargetIndex.nameKey(reference.to(), reference.name());
        if (recreated.contains(key)) {
            return true;
        }
        return target.named(reference.to(), reference.name()) != null && !gone.contains(key);
    }
}
