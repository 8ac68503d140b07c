package co.pump.icm.kind;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import co.pump.icm.aws.InstanceLookup;
import co.pump.icm.aws.InstanceWriter;
import co.pump.icm.compare.Category;
import co.pump.icm.compare.FieldChange;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.Origin;

/**
 * A kind an import writes: how a change is planned, written through the AWS SDK, and undone.
 * The generic layers (planner, apply engine, journal, rollback) do the rest.
 *
 * <p>Defaults are given only where one cannot quietly be wrong for a new kind (each says why);
 * everything else a kind decides, and the compiler lists it. Some kinds are of a shape that
 * answers several questions at once, and say so by what they implement: {@link UnreferencedKind}
 * (nothing refers to it), {@link LinkKind} (an item that is only a link between others), and
 * {@link AccountRequestKind} (written by requests about one account).
 */
public interface MigratedKind<K, T> extends Kind<K, T> {

    /** Its name in {@code icm apply --only}, e.g. {@code permission-sets}. */
    String optionName();

    /** The stable ID of a change to the item: category and natural key, e.g. {@code user:alice@acme.com}. */
    String changeId(T item);

    /** The item with another origin (the target's IDs), so that a write reaches the right item. */
    T withOrigin(T item, Origin origin);

    // ---- Planning

    /** Why an item of the snapshot may not be created (beyond being deselected), in the order reasons are shown; or null. */
    Blocked createBlocked(T item, Planning planning);

    /** After an item is planned for creation or update: warnings about it. */
    void planned(T item, String changeId, boolean created, Planning planning);

    /** The fields AWS's API can change on an existing item (top-level names); null when every field can. */
    Set<String> settableFields();

    /**
     * The fields AWS's API can change on this item, for a kind where that depends on the item (an
     * application made in the console accepts fewer changes than one the API made); the kind's
     * {@link #settableFields()} otherwise.
     */
    default Set<String> settableFields(T item) {
        return settableFields();
    }

    /** Why an existing item is left as it is even though it differs (an identity provider owns it), or null. */
    String updateSkipped(T desired, Planning planning);

    /** Why an existing item cannot be updated as the snapshot has it, or null. */
    String updateConflict(T desired, Planning planning);

    /** True when an item only in the target must be left alone even when deleting was asked for. */
    boolean keptWhenAbsent(T current, Planning planning);

    /**
     * What a person must make by hand for an item AWS's API cannot create (an application made in
     * the console), one line each: what the console will ask for, as far as AWS's API shows it;
     * empty for an item the API makes, as for most kinds. When such an item is skipped, the plan,
     * the preview and the report list it under "Recreate by hand" with these lines.
     */
    default List<String> byHand(T item) {
        return List.of();
    }

    // ---- Writing

    /**
     * Which of AWS's limits its writes go through. A kind on {@link Lane#ACCOUNT} is an
     * {@link AccountRequestKind}, which also says which account each request is about.
     */
    Lane lane();

    /** The name of the item's own target ID in the journal, e.g. {@code userId}; null when it has none. */
    String idName();

    /** Creates the item; returns the IDs it has in the target (its own under {@link #idName()}). */
    Map<String, String> create(T item, Resolved ids, InstanceWriter writer);

    /**
     * Changes the fields of an existing item.
     *
     * @param current the item in the target, with its target IDs
     * @param target  the target as read with the plan
     */
    Map<String, String> update(T desired, T current, List<FieldChange> fields, Resolved ids, InstanceWriter writer,
                               IdentityCenterConfig target);

    /** Deletes an item of the target. */
    Map<String, String> delete(T current, Resolved ids, InstanceWriter writer);

    /**
     * The references a second request sets once the item and what they name exist (a user's
     * manager); none by default, for a kind written in one go.
     *
     * <p>The default is safe: only a reference to an item of the kind's own kind can need setting
     * afterwards (managers are users, and chains and cycles exist). A reference to another kind is
     * always waited for, since {@link Kinds} lists kinds so that what is referred to comes first.
     * {@code KindsTest} checks that every reference a kind makes to its own kind is a later one, so
     * that a kind which needs them cannot leave them out unnoticed.
     */
    default LaterReferences<T> laterReferences() {
        return LaterReferences.none();
    }

    // ---- Undoing

    /**
     * The item as a change of the run left it in the target, from the journal: what the change
     * wrote for the fields it writes, what was there for the rest (or what AWS gives a new item).
     *
     * @param before  the item before the run (null for a create)
     * @param after   what the change meant to write
     * @param current the item in the target now, for what AWS sets by itself (null when gone)
     * @param fields  the top-level fields an update changed
     */
    T leftByRun(T before, T after, T current, Set<String> fields);

    /**
     * For an item written in several requests (a permission set): the item as its create's first
     * request leaves it, so that a create stopped half-way is recognised; null for one request.
     */
    T partlyCreated(T after);

    /**
     * Why the item in the target is not the one the run wrote although it has the same key (what it
     * needs was deleted and created again), or null.
     *
     * @param ids        the target IDs the journal recorded for the change
     * @param referenced the target's item a reference names, or null
     */
    String replacedSinceRun(T now, Map<String, String> ids, Function<Reference, Object> referenced);

    /**
     * How the item reads in a reason not to delete what it refers to, e.g. {@code group Admins}
     * (a membership, for its user) or {@code access to 2222… / ReadOnly / USER alice}.
     */
    String asReferrer(T item, Category referred);

    /**
     * Why deleting the item would take more along than the run gave it: {@code kept} says what
     * refers to it and stays (one group of sorted names per kind); null when nothing does.
     */
    String deleteConflict(T item, List<List<String>> kept);

    /** Right before the rollback deletes an item: why it must not after all (checked with cheap reads), or null. */
    String objectionToDelete(T item, InstanceLookup lookup, Function<String, String> names);

    /** Right before the rollback restores an item: why it must not after all, or null. */
    String objectionToRestore(T current, InstanceLookup lookup);

    /** Right before the rollback creates an item again: why it must not after all, or null. */
    String objectionToCreate(T item, InstanceLookup lookup);
}
