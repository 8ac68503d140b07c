package co.pump.icm.compare;

import java.util.List;
import java.util.Objects;

/**
 * The result of comparing one category of two configurations.
 *
 * @param category       which category
 * @param compared       false when the options left this category out; it is then empty
 * @param differences    the items that differ, sorted by key
 * @param unchangedCount how many items are the same on both sides
 * @param unchanged      those items, sorted by key, when {@link CompareOptions#includeUnchanged()} is
 *                       set; otherwise empty
 */
public record CategoryComparison<K, T>(Category category,
                                       boolean compared,
                                       List<Difference<K, T>> differences,
                                       int unchangedCount,
                                       List<Unchanged<K, T>> unchanged) {

    public CategoryComparison {
        Objects.requireNonNull(category, "category");
        differences = List.copyOf(differences);
        unchanged = List.copyOf(unchanged);
    }

    /** A category the options left out. */
    public static <K, T> CategoryComparison<K, T> notCompared(Category category) {
        return new CategoryComparison<>(category, false, List.of(), 0, List.of());
    }

    /** How many items are in the left configuration only. */
    public int onlyLeftCount() {
        return count(Difference.OnlyLeft.class);
    }

    /** How many items are in the right configuration only. */
    public int onlyRightCount() {
        return count(Difference.OnlyRight.class);
    }

    /** How many items are on both sides with at least one field that differs. */
    public int changedCount() {
        return count(Difference.Changed.class);
    }

    /** Whether anything in this category differs. */
    public boolean hasDifferences() {
        return !differences.isEmpty();
    }

    private int count(Class<?> kind) {
        int n = 0;
        for (var difference : differences) {
            if (kind.isInstance(difference)) {
                n++;
            }
        }
        return n;
    }
}
