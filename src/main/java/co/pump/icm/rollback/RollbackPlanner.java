package co.pump.icm.rollback;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.pump.icm.compare.Category;
import co.pump.icm.compare.FieldChange;
import co.pump.icm.kind.Kinds;
import co.pump.icm.kind.MigratedKind;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.Origin;
import co.pump.icm.plan.Change;
import co.pump.icm.plan.Plan;
import co.pump.icm.plan.PlanOptions;

/**
 * Plans the undo of one import run against the target as read now. For each change the run may
 * have written, the item in the target is compared with the item as it was before the run and as
 * the run left it:
 * <ul>
 *   <li>as before the run (never written, or already undone): nothing to do, counted as unchanged;
 *   <li>as the run left it: undone: a {@link Change.Delete} of what it created, a
 *       {@link Change.Update} back to what it updated, a {@link Change.Create} of what it deleted;
 *   <li>anything else: someone changed it since the run, and it is left alone ({@link Change.Skip}
 *       with the reason).
 * </ul>
 * A user, group or permission set the run created that has picked up memberships or assignments
 * since the run is a {@link Change.Conflict}: deleting it would silently take those along. A
 * permission set is written in several requests, so one the run (or an earlier undo) left
 * part-way is accepted when everything in which it differs from the run's result is still as
 * before the run. Pure: reads and writes nothing.
 *
 * <p>The result is a {@link Plan} the import's {@link co.pump.icm.apply.Applier} can run: its
 * {@code snapshot} holds the items as they were before the run, its {@code target} the target as read.
 */
public final class RollbackPlanner {

    private final ImportRun run;
    private final TargetIndex target;
    private final Map<Category, Integer> unchanged = new EnumMap<>(Category.class);
    private final List<Change<?>> changes = new ArrayList<>();

    private RollbackPlanner(ImportRun run, IdentityCenterConfig target) {
        this.run = run;
        this.target = new TargetIndex(target);
    }

    /**
     * Plans the undo of {@code run}.
     *
     * @param target the target as read just now, with its IDs in each record's {@code origin}
     */
    public static Plan plan(ImportRun run, IdentityCenterConfig target) {
        return new RollbackPlanner(run, target).build();
    }

    private Plan build() {
        for (JournaledChange change : run.changes()) {
            if (change.status().mayHaveWritten()) {
                decide(change);
            }
        }
        var checked = new RollbackChecks(target, changes);
        List<Change<?>> result = checked.withConflictsAndDependencies();
        result.sort((a, b) -> {
            int c = a.category().compareTo(b.category());
            return c != 0 ? c : a.id().compareTo(b.id());
        });
        for (Category category : PlanOptions.MIGRATED) {
            unchanged.putIfAbsent(category, 0);
        }
        return new Plan(before(), target.config(), PlanOptions.defaults(), result, unchanged, List.of());
    }

    private void decide(JournaledChange change) {
        Object known = change.before() != null ? change.before() : change.after();
        if (known == null) {
            skip(change, null, "the journal does not record this item (it was written by an earlier version of "
                    + "the migrator), so whether it changed since the run cannot be told");
            return;
        }
        Object now = target.find(change.category(), known);
        if (isAsBefore(change, now)) {
            unchanged.merge(change.category(), 1, Integer::sum);
            return;
        }
        switch (change.kind()) {
            case CREATE -> undoCreate(change, now);
            case UPDATE -> undoUpdate(change, now);
            case DELETE -> undoDelete(change, now);
            case UNCHANGED, SKIP, CONFLICT -> throw new IllegalArgumentException("Not a write: " + change.changeId());
        }
    }

    private boolean isAsBefore(JournaledChange change, Object now) {
        if (change.before() == null || now == null) {
            return change.before() == null && now == null;
        }
        return ItemComparison.changes(change.category(), change.before(), now).isEmpty();
    }

    /** The item exists, and did not before the run. */
    private void undoCreate(JournaledChange change, Object now) {
        if (change.after() == null) {
            skip(change, now, "the journal does not record what the run created (it was written by an earlier "
                    + "version of the migrator), so whether it changed since the run cannot be told");
            return;
        }
        String problem = replacedOrChanged(change, now, emptied(change));
        if (problem != null) {
            skip(change, now, problem);
            return;
        }
        changes.add(new Change.Delete<>(change.category(), change.changeId(), change.label(), now));
    }

    /** The item differs from before the run. */
    private void undoUpdate(JournaledChange change, Object now) {
        if (now == null) {
            skip(change, change.before(), "deleted since the run");
            return;
        }
        if (change.after() == null) {
            skip(change, now, "the journal does not record what the run changed it to (it was written by an "
                    + "earlier version of the migrator), so whether it changed since the run cannot be told");
            return;
        }
        String problem = replacedOrChanged(change, now, change.before());
        if (problem != null) {
            skip(change, now, problem);
            return;
        }
        List<FieldChange> back = settable(change, ItemComparison.changes(change.category(), now, change.before()));
        if (back.isEmpty()) {
            skip(change, now, "it differs from before the run only in fields AWS's API cannot set: "
                    + ItemComparison.paths(ItemComparison.changes(change.category(), now, change.before())));
            return;
        }
        changes.add(new Change.Update<>(change.category(), change.changeId(), change.label(),
                withOrigin(change.category(), change.before(), origin(change.category(), now)), now, back));
    }

    /** The run deleted the item; it is still gone, or something else took its name. */
    private void undoDelete(JournaledChange change, Object now) {
        if (now == null) {
            changes.add(new Change.Create<>(change.category(), change.changeId(), change.label(), change.before()));
        } else {
            skip(change, now, "the run deleted it, and an item with the same name that differs from it exists "
                    + "again since");
        }
    }

    /**
     * Why the target's item is not the one the run left (another item with its name, or edited
     * since), or null when it is.
     *
     * @param before the item before the run (what the first request of a create leaves, for a kind written in several)
     */
    private String replacedOrChanged(JournaledChange change, Object now, Object before) {
        MigratedKind<?, ?> kind = Kinds.migrated(change.category());
        String recorded = recordedId(change);
        String actual = kind.idName() == null ? null : idOf(change.category(), now);
        if (recorded != null && actual != null && !recorded.equals(actual)) {
            return "replaced since the run: it has the ID " + actual + " now, the run's had " + recorded;
        }
        String replaced = replacedSinceRun(kind, now, change);
        if (replaced != null) {
            return replaced;
        }
        Object left = leftByRun(kind, change, now);
        List<FieldChange> since = ItemComparison.changes(change.category(), left, now);
        if (since.isEmpty()) {
            return null;
        }
        // An item written in several requests may be left between its two states by a stopped run or undo.
        boolean partWay = change.status() != JournaledStatus.SUCCEEDED || run.undoStarted().contains(change.changeId());
        if (partWay && severalRequests(kind, change) && before != null
                && ItemComparison.changes(change.category(), left, before).containsAll(since)) {
            return null;
        }
        return "changed since the run: " + ItemComparison.paths(since);
    }

    @SuppressWarnings("unchecked")
    private <T> String replacedSinceRun(MigratedKind<?, T> kind, Object now, JournaledChange change) {
        return kind.replacedSinceRun((T) now, change.ids(), reference -> target.named(reference.to(), reference.name()));
    }

    /** The item as the change left it: what it wrote for the fields it writes, what was there for the rest. */
    @SuppressWarnings("unchecked")
    private static <T> Object leftByRun(MigratedKind<?, T> kind, JournaledChange change, Object now) {
        var fields = new HashSet<String>();
        for (String path : change.fields()) {
            fields.add(new FieldChange(path, FieldChange.Kind.CHANGED, null, null).field());
        }
        return kind.leftByRun((T) change.before(), (T) change.after(), (T) now, fields);
    }

    @SuppressWarnings("unchecked")
    private static <T> boolean severalRequests(MigratedKind<?, T> kind, JournaledChange change) {
        return change.after() != null && kind.partlyCreated((T) change.after()) != null;
    }

    /** The target ID the journal has for the item: from the outcome's IDs, or the item before an update. */
    private static String recordedId(JournaledChange change) {
        String name = Kinds.migrated(change.category()).idName();
        String id = name == null ? null : change.ids().get(name);
        return id != null || change.before() == null ? id : idOf(change.category(), change.before());
    }

    /** For a create: the state before the run of an item written in several requests, or null. */
    @SuppressWarnings("unchecked")
    private static <T> Object emptied(JournaledChange change) {
        var kind = (MigratedKind<?, T>) Kinds.migrated(change.category());
        return kind.partlyCreated((T) change.after());
    }

    /** Only what AWS's API lets icm set goes back; the rest is reported when it is all that differs. */
    @SuppressWarnings("unchecked")
    private static <T> List<FieldChange> settable(JournaledChange change, List<FieldChange> fields) {
        var kind = (MigratedKind<?, T>) Kinds.migrated(change.category());
        Object item = change.before() != null ? change.before() : change.after();
        Set<String> allowed = item == null ? kind.settableFields() : kind.settableFields((T) item);
        return allowed == null ? fields : fields.stream().filter(f -> allowed.contains(f.field())).toList();
    }

    private void skip(JournaledChange change, Object item, String reason) {
        Object shown = item != null ? item : change.before() != null ? change.before() : change.after();
        changes.add(new Change.Skip<>(change.category(), change.changeId(), change.label(), shown, reason));
    }

    /** The items the run touched, as they were before it: what the undo brings back. */
    private IdentityCenterConfig before() {
        IdentityCenterConfig config = IdentityCenterConfig.empty(run.target());
        for (MigratedKind<?, ?> kind : Kinds.migrated()) {
            config = before(kind, config);
        }
        return config;
    }

    @SuppressWarnings("unchecked")
    private <T> IdentityCenterConfig before(MigratedKind<?, T> kind, IdentityCenterConfig config) {
        var items = new ArrayList<T>();
        for (JournaledChange change : run.changes()) {
            if (change.category() == kind.category() && change.before() != null) {
                items.add((T) change.before());
            }
        }
        return items.isEmpty() ? config : kind.with(config, items);
    }

    @SuppressWarnings("unchecked")
    private static <T> Origin origin(Category category, Object item) {
        var kind = (MigratedKind<?, T>) Kinds.migrated(category);
        return item == null ? null : kind.origin((T) item);
    }

    static String idOf(Category category, Object item) {
        Origin origin = origin(category, item);
        return origin == null ? null : origin.id();
    }

    /** The item before the run with the target's current IDs, so that the update reaches the right item. */
    @SuppressWarnings("unchecked")
    private static <T> Object withOrigin(Category category, Object before, Origin origin) {
        var kind = (MigratedKind<?, T>) Kinds.migrated(category);
        return kind.withOrigin((T) before, origin);
    }
}
