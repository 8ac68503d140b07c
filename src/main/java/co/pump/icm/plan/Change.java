package co.pump.icm.plan;

import java.util.List;

import co.pump.icm.compare.Category;
import co.pump.icm.compare.FieldChange;

/**
 * One item of a plan: what will happen to one user, group, membership, permission set or
 * assignment in the target, and why.
 *
 * @param <T> the model record ({@code User}, {@code GroupMembership}, ...)
 */
public sealed interface Change<T> permits Change.Create, Change.Update, Change.Delete, Change.Skip, Change.Conflict {

    /** Which category the item belongs to. */
    Category category();

    /**
     * A stable identifier made of the category and natural key, e.g. {@code user:alice@acme.com}
     * or {@code assignment:222222222222/ReadOnly/GROUP/Admins}; used to deselect items and in the
     * journal.
     */
    String id();

    /** How a person names the item, e.g. {@code alice@acme.com} or {@code Admins ∋ alice@acme.com}. */
    String label();

    /** The item as it should be (create, update), as it is (delete), or as the snapshot has it. */
    T item();

    /** The kind of change, for counting and filtering. */
    ChangeKind kind();

    /** True when applying it writes to AWS. */
    default boolean writes() {
        return kind().writes();
    }

    /** The item will be created. */
    record Create<T>(Category category, String id, String label, T item) implements Change<T> {
        @Override
        public ChangeKind kind() {
            return ChangeKind.CREATE;
        }
    }

    /**
     * The item exists in the target and will be changed field by field.
     *
     * @param current the item as it is in the target, with its target IDs in {@code origin}
     * @param fields  what changes, old (target) → new (snapshot)
     */
    record Update<T>(Category category, String id, String label, T item, T current, List<FieldChange> fields)
            implements Change<T> {
        public Update {
            fields = List.copyOf(fields);
        }

        @Override
        public ChangeKind kind() {
            return ChangeKind.UPDATE;
        }
    }

    /** The item exists only in the target and will be deleted (only when deletions were asked for). */
    record Delete<T>(Category category, String id, String label, T item) implements Change<T> {
        @Override
        public ChangeKind kind() {
            return ChangeKind.DELETE;
        }
    }

    /** The item will be left alone, for the reason given. */
    record Skip<T>(Category category, String id, String label, T item, String reason) implements Change<T> {
        @Override
        public ChangeKind kind() {
            return ChangeKind.SKIP;
        }
    }

    /** The item cannot be migrated as it is, for the reason given; it is left alone. */
    record Conflict<T>(Category category, String id, String label, T item, String reason) implements Change<T> {
        @Override
        public ChangeKind kind() {
            return ChangeKind.CONFLICT;
        }
    }
}
