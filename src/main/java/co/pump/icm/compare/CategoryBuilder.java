package co.pump.icm.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Gathers the items of one category as they are matched, then sorts them by key. */
final class CategoryBuilder<K, T> {

    /** Compares two records with the same key; returns no changes when they are the same. */
    interface Fields<T> {
        List<FieldChange> diff(T left, T right);
    }

    private final Category category;
    private final Comparator<K> order;
    private final boolean listUnchanged;
    private final Fields<T> fields;
    private final List<Difference<K, T>> differences = new ArrayList<>();
    private final List<Unchanged<K, T>> unchanged = new ArrayList<>();
    private int unchangedCount;

    CategoryBuilder(Category category, Comparator<K> order, CompareOptions options, Fields<T> fields) {
        this.category = category;
        this.order = order;
        this.listUnchanged = options.includeUnchanged();
        this.fields = fields;
    }

    void onlyLeft(K key, T left) {
        differences.add(new Difference.OnlyLeft<>(key, left));
    }

    void onlyRight(K key, T right) {
        differences.add(new Difference.OnlyRight<>(key, right));
    }

    /** An item on both sides, reported under the given key (the left one's). */
    void both(K key, T left, T right) {
        List<FieldChange> changes = fields.diff(left, right);
        if (!changes.isEmpty()) {
            differences.add(new Difference.Changed<>(key, left, right, changes));
        } else {
            unchangedCount++;
            if (listUnchanged) {
                unchanged.add(new Unchanged<>(key, left, right));
            }
        }
    }

    CategoryComparison<K, T> build() {
        differences.sort(Comparator.comparing(Difference::key, order));
        unchanged.sort(Comparator.comparing(Unchanged::key, order));
        return new CategoryComparison<>(category, true, differences, unchangedCount, unchanged);
    }
}
