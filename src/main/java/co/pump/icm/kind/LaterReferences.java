package co.pump.icm.kind;

import java.util.List;

import co.pump.icm.aws.InstanceWriter;

/**
 * References an item's own write leaves out and a second request sets, once the item and what
 * they name both exist. A user's manager is one: a manager is a user too, chains and cycles exist
 * (two people may manage each other), so neither user's create may wait for the other.
 *
 * <p>The apply engine writes the item, makes its target ID known to whatever waits for it, then
 * waits for these references and calls {@link #write}; the change is done when both are. The
 * planner does not skip an item whose later reference names an item that will not exist: it
 * leaves that reference out ({@link #without}) and says why in a warning. Every later reference is
 * also one of {@link Kind#references}, so that screens, the snapshot reader and the rollback see it.
 *
 * @param <T> the model record
 */
public interface LaterReferences<T> {

    /**
     * The references the second request sets: all of a new item's ({@code current} null), and those
     * an existing item's update changes; empty when there is nothing to set afterwards.
     */
    List<Reference> of(T desired, T current);

    /**
     * The item as written when the item {@code reference} names will not exist: that reference as
     * the target has it ({@code current}), or left out of a new item ({@code current} null).
     */
    T without(T desired, Reference reference, T current);

    /**
     * Sets the references in the target.
     *
     * @param id  the item's own target ID, from its first request
     * @param ids the target IDs of what {@code references} name; they exist by now
     */
    void write(T item, String id, List<Reference> references, Resolved ids, InstanceWriter writer);

    /** For a kind whose items are written whole, in one go. */
    static <T> LaterReferences<T> none() {
        return new LaterReferences<>() {
            @Override
            public List<Reference> of(T desired, T current) {
                return List.of();
            }

            @Override
            public T without(T desired, Reference reference, T current) {
                throw new IllegalArgumentException("No reference of this kind is set afterwards: " + reference);
            }

            @Override
            public void write(T item, String id, List<Reference> references, Resolved ids, InstanceWriter writer) {
                throw new IllegalArgumentException("No reference of this kind is set afterwards: " + references);
            }
        };
    }
}
