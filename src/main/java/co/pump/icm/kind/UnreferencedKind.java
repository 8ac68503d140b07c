package co.pump.icm.kind;

import java.util.List;

/**
 * A kind an import writes that nothing refers to: its items have no name other items use (the ABAC
 * configuration, access scopes, and every {@link LinkKind}). What follows from that alone is
 * answered here; {@code KindsTest} checks that no kind refers to one.
 */
public interface UnreferencedKind<K, T> extends MigratedKind<K, T> {

    /** Nothing refers to it, so it has no name for others to use. */
    @Override
    default String name(T item) {
        return null;
    }

    /** It has no names to match. */
    @Override
    default boolean namesIgnoreCase() {
        return false;
    }

    /**
     * Nothing refers to it, so deleting it takes nothing along; the rollback asks only about items
     * with a name, and never asks this.
     */
    @Override
    default String deleteConflict(T item, List<List<String>> kept) {
        return null;
    }
}
