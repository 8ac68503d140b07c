package co.pump.icm.kind;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import co.pump.icm.aws.InstanceLookup;
import co.pump.icm.aws.InstanceWriter;
import co.pump.icm.compare.FieldChange;
import co.pump.icm.model.IdentityCenterConfig;

/**
 * A kind whose item only links items of other kinds and is nothing but that link: a user in a
 * group, a permission set given to a principal in an account, a principal given an application.
 * Its record holds its natural key (and where it was read from), nothing else, so an item exists or
 * not: it is created and deleted, never updated, and a single request makes it. Nothing refers to
 * it. What follows from that is answered here; {@code KindsTest} checks that the record holds only
 * its key. What is left (what AWS refuses, who owns it, whether it was replaced, how it is written)
 * each link still decides.
 */
public interface LinkKind<K, T> extends UnreferencedKind<K, T> {

    /** It has no fields to change. */
    @Override
    default Set<String> settableFields() {
        return Set.of();
    }

    /** Never asked: two links with the same key are the same, so none is ever updated. */
    @Override
    default String updateSkipped(T desired, Planning planning) {
        return null;
    }

    /** Never asked: no link is ever updated. */
    @Override
    default String updateConflict(T desired, Planning planning) {
        return null;
    }

    /** No link is ever updated: the plan never asks this. */
    @Override
    default Map<String, String> update(T desired, T current, List<FieldChange> fields, Resolved ids,
                                       InstanceWriter writer, IdentityCenterConfig target) {
        throw new IllegalStateException("The " + noun() + " " + label(desired) + " has no fields to change");
    }

    /** What a run left is the link itself: it has nothing AWS sets or a run changes. */
    @Override
    default T leftByRun(T before, T after, T current, Set<String> fields) {
        return after;
    }

    /** One request makes it: there is no link half made. */
    @Override
    default T partlyCreated(T after) {
        return null;
    }

    /**
     * Deleting it takes nothing along (nothing refers to it), and it has no fields that could have
     * been changed since the run.
     */
    @Override
    default String objectionToDelete(T item, InstanceLookup lookup, Function<String, String> names) {
        return null;
    }

    /** Never asked: a restore is an update back, and no link is updated. */
    @Override
    default String objectionToRestore(T current, InstanceLookup lookup) {
        return null;
    }

    /**
     * Making it again takes nothing along and cannot take another item's place: a link with the
     * same key made meanwhile is the same link.
     */
    @Override
    default String objectionToCreate(T item, InstanceLookup lookup) {
        return null;
    }
}
