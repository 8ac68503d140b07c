package co.pump.icm.compare;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a comparison covers.
 *
 * @param includeUnchanged also list the items that are the same on both sides (they are always
 *                         counted); off by default because with 100,000 users the list is big
 * @param categories       the categories to compare; the others are reported as not compared
 */
public record CompareOptions(boolean includeUnchanged, Set<Category> categories) {

    public CompareOptions {
        categories = categories == null || categories.isEmpty()
                ? Set.copyOf(EnumSet.allOf(Category.class))
                : Set.copyOf(EnumSet.copyOf(categories));
    }

    /** Every category, unchanged items counted but not listed. */
    public static CompareOptions defaults() {
        return new CompareOptions(false, null);
    }

    /** Only what migrates: the categories that are not kept for the record. */
    public static CompareOptions migratedOnly() {
        var migrated = EnumSet.noneOf(Category.class);
        for (Category category : Category.values()) {
            if (!category.forTheRecord()) {
                migrated.add(category);
            }
        }
        return defaults().withCategories(migrated);
    }

    /** These options, also listing unchanged items. */
    public CompareOptions withUnchanged() {
        return new CompareOptions(true, categories);
    }

    /** These options, comparing only the given categories (all of them when empty). */
    public CompareOptions withCategories(Set<Category> only) {
        return new CompareOptions(includeUnchanged, only);
    }

    /** Whether the given category is compared. */
    public boolean includes(Category category) {
        return categories.contains(category);
    }
}
