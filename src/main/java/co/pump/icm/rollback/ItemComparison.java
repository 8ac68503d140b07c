package co.pump.icm.rollback;

import java.util.List;
import java.util.Set;

import co.pump.icm.compare.Category;
import co.pump.icm.compare.CompareOptions;
import co.pump.icm.compare.ConfigurationComparer;
import co.pump.icm.compare.Difference;
import co.pump.icm.compare.FieldChange;
import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.Group;
import co.pump.icm.model.GroupMembership;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.User;

/**
 * Compares two records of one item (same category, same natural key) with the product's rules of
 * equality ({@link ConfigurationComparer}: policies as JSON, session durations as durations, sets
 * in any order, IDs never). Memberships and assignments have no fields: two of them are equal.
 */
final class ItemComparison {

    private ItemComparison() {
    }

    /** How {@code right} differs from {@code left}, field by field (old = left, new = right); empty when equal. */
    static List<FieldChange> changes(Category category, Object left, Object right) {
        if (category == Category.MEMBERSHIPS || category == Category.ASSIGNMENTS) {
            return List.of();
        }
        var options = CompareOptions.migratedOnly().withCategories(Set.of(category));
        var comparison = ConfigurationComparer.compare(single(category, left), single(category, right), options);
        for (Difference<?, ?> difference : comparison.category(category).differences()) {
            if (difference instanceof Difference.Changed<?, ?> changed) {
                return changed.changes();
            }
            throw new IllegalArgumentException("Not the same item: " + left + " and " + right);
        }
        return List.of();
    }

    /** The paths of some field changes, for a reason a person reads: {@code displayName, title}. */
    static String paths(List<FieldChange> changes) {
        return String.join(", ", changes.stream().map(FieldChange::path).distinct().toList());
    }

    private static IdentityCenterConfig single(Category category, Object item) {
        List<User> users = category == Category.USERS ? List.of((User) item) : List.of();
        List<Group> groups = category == Category.GROUPS ? List.of((Group) item) : List.of();
        List<PermissionSet> sets = category == Category.PERMISSION_SETS ? List.of((PermissionSet) item) : List.of();
        return new IdentityCenterConfig(null, List.of(), users, groups, List.<GroupMembership>of(), sets,
                List.<AccountAssignment>of(), null, List.of());
    }
}
