package co.pump.icm.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** Gathers the items of one category as they are matched, then sorts them by key. */
public final class CategoryBuilder<K, T> {

    /** Compares two records with the same key; returns no changes when they are the same. */
    public interface Fields<T> {
        List<FieldChange> diff(T left, T right);
    }

    private final Category category;
    private final Function<T, K> key;
    private final Comparator<K> order;
    private final boolean listUnchanged;
    private final Fields<T> fields;
    private final List<Difference<K, T>> differences = new ArrayList<>();
    private final List<Unchanged<K, T>> unchanged = new ArrayList<>();
    private int unchangedCount;

    /**
     * @param key the natural key an item is reported under; for an item on both sides, the left
     *            one's, worked out only when the item is reported (most are only counted)
     */
    public CategoryBuilder(Category category, Function<T, K> key, Comparator<K> order, CompareOptions options,
                    Fields<T> fields) {
        this.category = category;
        this.key = key;
        this.order = order;
        this.listUnchanged = options.includeUnchanged();
        this.fields = fields;
    }

    public void onlyLeft(T left) {
        differences.add(new Difference.OnlyLeft<>(key.apply(left), left));
    }

    public void onlyRight(T right) {
        differences.add(new Difference.OnlyRight<>(key.apply(right), right));
    }

    /** An item on both sides. */
    public void both(T left, T right) {
        List<FieldChange> changes = fields.diff(left, right);
        if (!changes.isEmpty()) {
            differences.add(new Difference.Changed<>(key.apply(left), left, right, changes));
        } else {
            unchangedCount++;
            if (listUnchanged) {
                unchanged.add(new Unchanged<>(key.apply(left), left, right));
            }
        }
    }

    public CategoryComparison<K, T> build() {
        differences.sort(Comparator.comparing(Difference::key, order));
        unchanged.sort(Comparator.comparing(Unchanged::key, order));
        return new CategoryComparison<>(category, true, differences, unchangedCount, unchanged);
    }
}
