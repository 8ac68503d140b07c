package co.pump.icm.compare;

import java.util.List;
import java.util.Objects;

/**
 * How one item, identified by its natural key, differs between the left and the right
 * configuration. The full records are kept so that a plan can be built from a difference.
 *
 * @param <K> the natural key type (a user name, a {@code MembershipKey}, ...)
 * @param <T> the record type ({@code User}, {@code PermissionSet}, ...)
 */
public sealed interface Difference<K, T>
        permits Difference.OnlyLeft, Difference.OnlyRight, Difference.Changed {

    /** The natural key, as written on the left side when the item is on both. */
    K key();

    /** The item exists in the left configuration only. */
    record OnlyLeft<K, T>(K key, T left) implements Difference<K, T> {
        public OnlyLeft {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(left, "left");
        }
    }

    /** The item exists in the right configuration only. */
    record OnlyRight<K, T>(K key, T right) implements Difference<K, T> {
        public OnlyRight {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(right, "right");
        }
    }

    /**
     * The item exists on both sides and at least one field differs.
     *
     * @param changes the fields that differ, never empty, in the order of the record's fields
     */
    record Changed<K, T>(K key, T left, T right, List<FieldChange> changes) implements Difference<K, T> {
        public Changed {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
            changes = List.copyOf(changes);
            if (changes.isEmpty()) {
                throw new IllegalArgumentException("A changed item needs at least one field change: " + key);
            }
        }
    }
}
