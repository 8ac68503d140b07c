package co.pump.icm.rollback;

import java.util.List;

import co.pump.icm.compare.Category;
import co.pump.icm.compare.FieldChange;
import co.pump.icm.kind.Kind;
import co.pump.icm.kind.Kinds;

/**
 * Compares two records of one item (same category, same natural key) with the product's rules of
 * equality (each kind's {@link Kind#diff}: policies as JSON, session durations as durations, sets
 * in any order, IDs never). Memberships and assignments have no fields: two of them are equal.
 */
final class ItemComparison {

    private ItemComparison() {
    }

    /** How {@code right} differs from {@code left}, field by field (old = left, new = right); empty when equal. */
    @SuppressWarnings("unchecked")
    static <T> List<FieldChange> changes(Category category, Object left, Object right) {
        Kind<?, T> kind = (Kind<?, T>) Kinds.of(category);
        return kind.diff((T) left, (T) right);
    }

    /** The paths of some field changes, for a reason a person reads: {@code displayName, title}. */
    static String paths(List<FieldChange> changes) {
        return String.join(", ", changes.stream().map(FieldChange::path).distinct().toList());
    }
}
